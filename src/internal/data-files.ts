import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AreaList } from '../model/parse-areas.js';
import type { Article, City, LocalizedText } from '../model/types.js';
import { toCsv } from './csv.js';

// The files behind the "Get the data" links (`downloadable`) and their object URLs: the card's
// JSON, the areas' CSV, the map's CSV and GeoJSON. A chunk of its own (#15 bytes): DataLink
// (data-link.ts) imports it when a widget first has `downloadable`, so a page without one never
// downloads it. It imports no package (Lit's types only).

/**
 * The object URLs of a widget's links: made once per model, language and link name, revoked
 * when the model changes or the widget leaves the page (made again when it comes back).
 */
export class Links implements ReactiveController {
  private readonly current = new Map<string, { key: object; lang: string; url: string }>();
  private revoked = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The URL of the file `make` writes (with `files`) for `key` in `lang` (the link `name`, for a widget with several). */
  url(key: object, make: (writers: Files) => Blob, lang: string, name: string): string {
    const c = this.current.get(name);
    if (c?.key === key && c.lang === lang) return c.url;
    if (c) URL.revokeObjectURL(c.url);
    const url = URL.createObjectURL(make(files));
    this.current.set(name, { key, lang, url });
    return url;
  }

  hostConnected() {
    if (this.revoked) this.host.requestUpdate();
    this.revoked = false;
  }

  hostDisconnected() {
    this.revoked = this.current.size > 0;
    for (const c of this.current.values()) URL.revokeObjectURL(c.url);
    this.current.clear();
  }
}

/** A text of the data in the widget's language. */
type Text = (value: LocalizedText | undefined) => string;

/** CSV with a byte order mark, so that spreadsheets read the file as UTF-8. */
const csvFile = (rows: readonly (readonly string[])[]) => new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' });

/** The card's announcement as the card read it (its article fields, the date as ISO text), as JSON. */
export const articleJson = (a: Article): Blob =>
  new Blob([JSON.stringify({ ...a, published: a.published?.iso }, null, 2)], { type: 'application/json' });

/**
 * Every area and item of the model as CSV (columns `id`, `area`, `item`, `description`, `url`;
 * one row per item, one for an area without items), each text as `text` gives it.
 */
export function areasCsv(model: AreaList, text: Text): Blob {
  const rows = [['id', 'area', 'item', 'description', 'url']];
  for (const area of model.areas) {
    const title = text(area.title);
    if (!area.items.length) rows.push([area.id, title, '', '', '']);
    for (const item of area.items) rows.push([area.id, title, text(item.title), text(item.description), item.url ?? '']);
  }
  return csvFile(rows);
}

/** A city's fields for the map's files (GeoJSON properties; the CSV adds `lat` and `lon`). */
const cityFields = (c: City, text: Text) => ({
  id: c.id,
  name: text(c.name),
  country: c.country ?? '',
  role: c.role,
  since: c.since?.iso ?? '',
  url: c.url ?? '',
  description: text(c.description),
});

/** The cities as CSV: `id`, `name`, `country`, `lat`, `lon`, `role`, `since`, `url`, `description`. */
export function citiesCsv(cities: readonly City[], text: Text): Blob {
  const rows = cities.map((c) => {
    const f = cityFields(c, text);
    return [f.id, f.name, f.country, String(c.lat), String(c.lon), f.role, f.since, f.url, f.description];
  });
  return csvFile([['id', 'name', 'country', 'lat', 'lon', 'role', 'since', 'url', 'description'], ...rows]);
}

/** The cities as GeoJSON: a point per city, its fields as properties. */
export function citiesGeoJson(cities: readonly City[], text: Text): Blob {
  const features = cities.map((c) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    properties: cityFields(c, text),
  }));
  return new Blob([JSON.stringify({ type: 'FeatureCollection', features }, null, 1)], { type: 'application/geo+json' });
}

/** The writers of the files, one per link. */
export const files = { articleJson, areasCsv, citiesCsv, citiesGeoJson };

/** The writers of the files, as `Links.url` hands them to a widget's `make`. */
export type Files = typeof files;
