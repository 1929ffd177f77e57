import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toCsv } from '../../internal/csv.js';
import { DataLink } from '../../internal/data-link.js';
import type { CityNetwork } from '../../model/parse-cities.js';
import type { City, LocalizedText } from '../../model/types.js';

/** The map's "Get the data" links (with `downloadable`): their object URLs, made once per model and language. */
export class CityDownloads {
  private readonly csvLink: DataLink;
  private readonly geoLink: DataLink;

  constructor(host: ReactiveControllerHost) {
    this.csvLink = new DataLink(host);
    this.geoLink = new DataLink(host);
  }

  /** The "Get the data" links: every city as CSV and as GeoJSON, texts in the map's language. */
  render(
    model: CityNetwork,
    { lang, common }: { readonly lang: string; readonly common: { readonly download?: string } },
    text: (value: LocalizedText | undefined) => string,
  ): TemplateResult {
    const label = common.download ?? 'Get the data';
    const name = `${model.id ? `${model.id}-` : ''}cities`;
    const fields = (c: City) => ({
      id: c.id,
      name: text(c.name),
      country: c.country ?? '',
      role: c.role,
      since: c.since?.iso ?? '',
      url: c.url ?? '',
      description: text(c.description),
    });
    const csv = this.csvLink.url(
      model,
      () => {
        const rows = model.cities.map((c) => {
          const f = fields(c);
          return [f.id, f.name, f.country, String(c.lat), String(c.lon), f.role, f.since, f.url, f.description];
        });
        // A byte order mark, so that spreadsheets read the file as UTF-8.
        return new Blob(['\ufeff', toCsv([['id', 'name', 'country', 'lat', 'lon', 'role', 'since', 'url', 'description'], ...rows])], {
          type: 'text/csv;charset=utf-8',
        });
      },
      lang,
    );
    const geo = this.geoLink.url(
      model,
      () => {
        const features = model.cities.map((c) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
          properties: fields(c),
        }));
        return new Blob([JSON.stringify({ type: 'FeatureCollection', features }, null, 1)], { type: 'application/geo+json' });
      },
      lang,
    );
    return html`<a part="download" class="download" href=${ifDefined(csv)} download=${`${name}.csv`} type="text/csv">${label} (CSV)</a>
      <a part="download" class="download" href=${ifDefined(geo)} download=${`${name}.geojson`} type="application/geo+json">${label} (GeoJSON)</a>`;
  }
}
