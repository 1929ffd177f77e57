import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../i18n/format.js';
import type { FeedStrings } from '../../i18n/strings/feed.js';
import { inLang } from '../../internal/lang-span.js';
import { searchField } from '../../internal/search-field.js';
import type { Feed } from '../../model/feed/index.js';
import type { Announcement } from '../../model/types.js';
import type { CityNewsCard } from '../city-news-card/city-news-card.js';
import { itemText, type TagChoice } from './feed-view.js';

/*
 * The templates of <city-news-feed>'s controls and of an item, as functions of what they show:
 * the element keeps the state and passes its handlers.
 */

declare global {
  interface HTMLElementTagNameMap {
    // The items render <city-news-card>. This module does not define it, nor does the feed's
    // class (`classes` defines nothing): city-news-feed.ts imports the card's definition with
    // the feed's. The same declaration as the card's, so that lit-analyzer's no-missing-import
    // knows the tag is available here (a type-only import does not tell it).
    'city-news-card': CityNewsCard;
  }
}

/** The nested card's parts, re-exported with a `card-` prefix. */
const CARD_PARTS = ['base', 'image', 'content', 'date', 'title', 'link', 'lead', 'body', 'paragraph', 'read-more', 'tags', 'tag']
  .map((p) => `${p}:card-${p}`)
  .join(', ');

/** Each item as the card takes it (JSON-shaped: the date as its ISO text), made once per item. */
const cardData = new WeakMap<Announcement, object>();
const asCardData = (item: Announcement): object => {
  let data = cardData.get(item);
  if (!data) cardData.set(item, (data = { ...item, published: item.published?.iso }));
  return data;
};

/** The feed's layout. */
export type FeedLayout = 'list' | 'grid' | 'compact';

/**
 * The search and the tag buttons. Escape in the search field clears it.
 * @param query The search's text.
 * @param chosen The key of the chosen tag (`''`: none).
 * @param onSearch Called with the search's new text.
 * @param onTag Called with the text of the tag button pressed.
 */
export function controlsView(
  t: FeedStrings,
  query: string,
  tags: readonly TagChoice[],
  chosen: string,
  onSearch: (value: string) => void,
  onTag: (tag: string) => void,
): TemplateResult {
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !query) return;
    e.preventDefault();
    (e.target as HTMLInputElement).value = '';
    onSearch('');
  };
  return html`<div part="controls" class="controls">
    ${searchField(t.search, query, onSearch, onSearchKey)}
    ${
      tags.length
        ? html`<div part="tags" class="tags" role="group" aria-label=${t.tags}>
          ${tags.map(
            (tag) =>
              html`<button part="tag" class="tag" type="button" aria-pressed=${tag.key === chosen ? 'true' : 'false'} @click=${() => onTag(tag.text)}>
                ${tag.text} <span part="tag-count" class="tag-count">(${tag.count})</span>
              </button>`,
          )}
        </div>`
        : nothing
    }
  </div>`;
}

/** How the items show: the feed's properties of the same names. */
export interface ItemOptions {
  readonly layout: FeedLayout;
  readonly itemVariant: 'compact' | 'full';
  readonly headingLevel: number;
  readonly theme?: 'light' | 'dark' | 'auto';
}

/** An item: a `<city-news-card>` (`list` and `grid` layouts), or its date and headline (`compact`) in `lang` (the widget's). */
export function itemView(item: Announcement, feed: Feed, o: ItemOptions, lang: string): TemplateResult {
  if (o.layout !== 'compact') {
    return html`<li part="item" class="item" tabindex="-1">
      <city-news-card
        part="card"
        exportparts=${CARD_PARTS}
        .data=${asCardData(item)}
        variant=${o.itemVariant}
        heading-level=${o.headingLevel}
        theme=${ifDefined(o.theme)}
      ></city-news-card>
    </li>`;
  }
  const title = itemText(item.title, item, lang, feed.lang);
  const text = inLang(title.text, title.lang, lang);
  return html`<li part="item" class="item headline-row" tabindex="-1">
    ${item.published ? html`<time part="item-date" class="item-date" datetime=${item.published.iso}>${formatDate(item.published, lang)}</time>` : nothing}
    ${item.url ? html`<a part="headline" class="headline" href=${item.url}>${text}</a>` : html`<span part="headline" class="headline">${text}</span>`}
  </li>`;
}
