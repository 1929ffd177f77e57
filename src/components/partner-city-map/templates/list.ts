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
          (c) => html`<tr>
            <th scope="row">${words.content(c.name)}${c.role === 'home' ? html` <span class="role">(${t.home})</span>` : nothing}</th>
            <td data-label=${t.country}>${words.country(c.country)}</td>
            <td data-label=${t.since}>${c.since ? html`<time datetime=${c.since.iso}>${formatDate(c.since, words.lang)}</time>` : nothing}</td>
            <td data-label=${t.link}>${
              c.url
                ? html`<a part="list-link" href=${c.url} tabindex=${ifDefined(open ? undefined : -1)}>${t.website}<span class="visually-hidden">: ${words.text(c.name)}</span></a>`
                : nothing
            }</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}
