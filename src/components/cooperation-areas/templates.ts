import { html, nothing, type TemplateResult } from 'lit';
import type { AreasStrings } from '../../i18n/strings/areas.js';
import type { Range } from '../../internal/search.js';
import { NO_RANGES, type IndexedItem, type MatchedItem, type SearchText, type ShownArea } from './search-index.js';

// The pieces of the ready view of <cooperation-areas>, as plain functions of what they show.
// (The search field is shared with <city-news-feed>: src/internal/search-field.ts.)

/** How a text of the data shows: its matches marked, in a `<span lang>` when it is not in the widget's language. */
export type Mark = (text: SearchText, ranges: readonly Range[]) => unknown;

/** "Expand all" and "Collapse all". */
export function controls(t: AreasStrings, setAll: (open: boolean) => void): TemplateResult {
  return html`<div part="controls" class="controls">
    <button part="expand-all" type="button" @click=${() => setAll(true)}>${t.expandAll}</button>
    <button part="collapse-all" type="button" @click=${() => setAll(false)}>${t.collapseAll}</button>
  </div>`;
}

/** Stands for an area's items until it comes near the viewport (see `LazyItems`). */
export function placeholder(id: string): TemplateResult {
  return html`<div class="placeholder" data-area=${id}></div>`;
}

/** An area's items, with their matches (only the matching ones while searching, unless the title matches). */
export function itemList(shown: ShownArea, mark: Mark): TemplateResult {
  const items: readonly (IndexedItem & Partial<MatchedItem>)[] = shown.items ?? shown.entry.items;
  return html`<ul part="items" class="items">
    ${items.map(({ item, title, ranges = NO_RANGES, description, descriptionRanges = NO_RANGES }) => {
      const text = mark(title, ranges);
      return html`<li part="item">
        ${item.url ? html`<a part="item-link" href=${item.url}>${text}</a>` : text}
        ${description ? html`<span part="item-description" class="description">${mark(description, descriptionRanges)}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}
