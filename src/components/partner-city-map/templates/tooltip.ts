import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../../i18n/format.js';
import type { City } from '../../../model/types.js';
import type { Words } from './words.js';

/**
 * The tooltip of the active city: name, country, since, description and website. Placed after
 * rendering, when its size is known. It follows the map in the tab order: Tab from the map
 * reaches its link.
 */
export function tooltip(
  city: City,
  words: Words,
  onPointerLeave: (e: PointerEvent) => void,
  onFocusOut: (e: FocusEvent) => void,
): TemplateResult {
  const { t } = words;
  return html`<div part="tooltip" class="tooltip" id="tooltip" @pointerleave=${onPointerLeave} @focusout=${onFocusOut}>
    <strong>${words.content(city.name)}</strong>
    ${city.country ? html`<span>${words.country(city.country)}</span>` : nothing}
    ${city.since ? html`<span>${t.partnerSince(formatDate(city.since, words.lang))}</span>` : nothing}
    ${city.description ? html`<span class="description">${words.content(city.description)}</span>` : nothing}
    ${city.url ? html`<a part="tooltip-link" href=${city.url}>${t.website}</a>` : nothing}
  </div>`;
}
