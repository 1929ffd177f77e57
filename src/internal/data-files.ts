import type { AreaList } from '../model/parse-areas.js';
import type { Article, City, LocalizedText } from '../model/types.js';
import { toCsv } from './csv.js';

// The files behind the "Get the data" links (`downloadable`): the card's JSON, the areas' CSV,
// the map's CSV and GeoJSON. A chunk of its own (#15 bytes): DataLink (data-link.ts) imports it
// when a widget first has `downloadable`, so a page without one never downloads it. It imports
// no package, so each standalone build names it alike. Pure: Blobs from the models, no Lit.

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
