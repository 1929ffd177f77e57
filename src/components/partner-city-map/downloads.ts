import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataLink } from '../../internal/data-link.js';
import type { CityNetwork } from '../../model/parse-cities.js';
import type { LocalizedText } from '../../model/types.js';

/**
 * The map's "Get the data" links (with `downloadable`): every city as CSV and as GeoJSON, texts
 * in the map's language. The files are written by src/internal/data-files.ts, a chunk `link`
 * loads apart: until it has come the links have no address.
 */
export function cityDownloads(
  link: DataLink,
  model: CityNetwork,
  { lang, common }: { readonly lang: string; readonly common: { readonly download?: string } },
  text: (value: LocalizedText | undefined) => string,
): TemplateResult {
  const label = common.download ?? 'Get the data';
  const name = `${model.id ? `${model.id}-` : ''}cities`;
  const csv = link.url(model, (files) => files.citiesCsv(model.cities, text), lang, 'csv');
  const geo = link.url(model, (files) => files.citiesGeoJson(model.cities, text), lang, 'geojson');
  return html`<a part="download" class="download" href=${ifDefined(csv)} download=${`${name}.csv`} type="text/csv">${label} (CSV)</a>
    <a part="download" class="download" href=${ifDefined(geo)} download=${`${name}.geojson`} type="application/geo+json">${label} (GeoJSON)</a>`;
}
