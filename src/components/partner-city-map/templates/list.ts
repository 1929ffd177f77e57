import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../../i18n/format.js';
import type { City } from '../../../model/types.js';
import type { Words } from './words.js';

/**
 * The table of the cities: always there for screen readers, shown on demand ("Show as list").
 * While it is hidden, its links are out of the tab order. Without `rows` (the map's first frame),
 * only its empty box.
 */
export function cityList(cities: readonly City[], open: boolean, rows: boolean, words: Words): TemplateResult {
  return html`<div part="list" id="list" class=${open ? 'list' : 'list visually-hidden'}>${rows ? table(cities, open, words) : nothing}</div>`;
}

function table(cities: readonly City[], open: boolean, words: Words): TemplateResult {
  const { t } = words;
  return html`<table>
      <caption class="visually-hidden">${t.summary(cities.map((c) => words.text(c.name)))}</caption>
      <thead>
        <tr>
          <th scope="col">${t.city}</th>
          <th scope="col">${t.country}</th>
          <th scope="col">${t.since}</th>
          <th scope="col">${t.link}</th>
        </tr>
      </thead>
      <tbody>
        ${cities.map(
          // No white space between the cells, one binding per cell: 300 rows are 300 × 6 elements, 3 texts and 5 markers (not 20 nodes).
          (c) =>
            html`<tr><th scope="row">${name(c, words)}</th><td data-label=${t.country}>${words.country(c.country)}</td><td data-label=${t.since}>${
              c.since ? html`<time datetime=${c.since.iso}>${formatDate(c.since, words.lang)}</time>` : nothing
            }</td><td data-label=${t.link}>${
              c.url
                ? html`<a part="list-link" href=${c.url} tabindex=${ifDefined(open ? undefined : -1)}>${t.website}<span class="visually-hidden">: ${words.text(c.name)}</span></a>`
                : nothing
            }</td></tr>`,
        )}
      </tbody>
    </table>`;
}

/** The city's name in the list, the home city's with "(home city)". */
function name(c: City, words: Words) {
  return c.role === 'home' ? html`${words.content(c.name)} <span class="role">(${words.t.home})</span>` : words.content(c.name);
}
