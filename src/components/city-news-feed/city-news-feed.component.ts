import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { noDom } from '../../internal/env.js';
import { repeat } from 'lit/directives/repeat.js';
import { integer, oneOf } from '../../internal/converters.js';
import { FEED } from '../../model/feed/accept.js';
import { hasNoItems, parseFeed, type Feed } from '../../model/feed/index.js';
import type { Announcement } from '../../model/types.js';
import { feedStrings } from '../../i18n/strings/feed.js';
import { HashController } from '../../internal/hash.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { searchStyles } from '../../styles/search.js';
import { styles } from './city-news-feed.styles.js';
import { controlsView, itemView } from './feed-render.js';
import { filterItems, searchIndex, tagChoices, tagKey, type TagChoice } from './feed-view.js';
import { tagOfHash, writeTagHash } from './tag-hash.js';

/**
 * A city's news from its own feed: many announcements, newest first, each a
 * `<city-news-card>`, with tag buttons, a search, and "Load more".
 *
 * Data: a JSON list of announcements, `{ "items": [...] }`, a JSON Feed 1.1, RSS 2.0 or Atom
 * 1.0 — from the `data` property, the `data` (or `json`) attribute, a child
 * `<script type="application/json">` (or `application/rss+xml`, `application/atom+xml`,
 * `application/feed+json`), or `src`. The format is read from the content. Items keep their
 * own language (each card's texts), the controls are in the widget's language.
 *
 * Only the visible page is rendered: `page-size` items (10 by default), then "Load more" adds
 * as many, moves the focus to the first new item and announces how many were added. The tag
 * buttons (the 24 most frequent tags of the items) and the search (case- and diacritic-blind,
 * in the titles, leads and tags) filter the list; a live region tells how many match. The
 * chosen tag is written to the URL hash as `#tag=<tag>`, and a page opened with such a hash
 * shows that tag (as do later hash changes). With `limit` the widget shows that many items and
 * no controls (a sidebar); `tag` still filters them.
 *
 * Importing `city-news-feed.js` defines `<city-news-card>` too; with the classes alone, define
 * both.
 *
 * @summary A city's partnership news from any feed: filterable, searchable, paged.
 *
 * @slot - Fallback content (e.g. the news as a plain HTML list), shown until the widget has data to render, and under the error message when the data cannot be shown.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 *
 * @csspart base - The wrapper of the ready view.
 * @csspart controls - The wrapper of the search and the tag buttons.
 * @csspart search - The search field's wrapper.
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart tags - The group of tag buttons.
 * @csspart tag - Each tag button (`aria-pressed` tells whether it filters).
 * @csspart tag-count - A tag button's count of items.
 * @csspart count - The visible result count ("4 announcements") while a filter is on.
 * @csspart no-match - The box shown when no item matches the filters.
 * @csspart clear - The "Clear filters" button.
 * @csspart list - The list of items.
 * @csspart item - Each item (`<li>`; the focus moves to the first new one after "Load more").
 * @csspart card - Each item's `<city-news-card>` (`list` and `grid` layouts).
 * @csspart headline - Each item's title in the `compact` layout (a link when it has a `url`).
 * @csspart item-date - Each item's `<time>` in the `compact` layout.
 * @csspart more - The "Load more" button.
 * @csspart card-base - Each card's `base` part: the `<article>` wrapper.
 * @csspart card-image - Each card's `image` part: the image (full cards).
 * @csspart card-content - Each card's `content` part: the text column.
 * @csspart card-date - Each card's `date` part: the `<time>`.
 * @csspart card-title - Each card's `title` part: the heading.
 * @csspart card-link - Each card's `link` part: the title's link.
 * @csspart card-lead - Each card's `lead` part: the lead.
 * @csspart card-body - Each card's `body` part: the body (full cards).
 * @csspart card-paragraph - Each card's `paragraph` part: each body paragraph.
 * @csspart card-read-more - Each card's `read-more` part: the "Read more" button.
 * @csspart card-tags - Each card's `tags` part: the list of tags (full cards).
 * @csspart card-tag - Each card's `tag` part: each tag (full cards).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-message - The error's headline.
 * @csspart error-details - The `<details>` with the technical message.
 * @csspart retry-button - The "Try again" button (only for `src`).
 * @csspart empty - The empty message.
 * @csspart warnings - The list of data problems (with `debug`).
 *
 * @cssprop [--pcw-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--pcw-color-text=#1d232a] - Text colour.
 * @cssprop [--pcw-color-text-muted=#4f5965] - Secondary text (dates, counts).
 * @cssprop [--pcw-color-surface=#ffffff] - Background of the controls and items.
 * @cssprop [--pcw-color-surface-subtle=#f1f4f7] - Skeleton background.
 * @cssprop [--pcw-color-border=#c9d1d9] - Borders.
 * @cssprop [--pcw-color-accent=#0b5cad] - Links, buttons, the pressed tag.
 * @cssprop [--pcw-color-on-accent=#ffffff] - Text on the pressed tag and "Load more".
 * @cssprop [--pcw-color-danger=#b42318] - Error border and headline.
 * @cssprop [--pcw-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--pcw-radius=0.5rem] - Corner radius.
 * @cssprop [--pcw-space=min(1rem, 6vw)] - Base spacing (1rem; less on a phone with large text).
 * @cssprop [--pcw-city-news-feed-gap=1rem] - Space between items and between the controls.
 * @cssprop [--pcw-city-news-feed-column-min=18rem] - Narrowest column of the `grid` layout.
 *
 * @attr {string} data - The feed as JSON text (any of the JSON formats); the `data` property takes the object (or the text).
 * @attr {number} page-size - Items per page (1–100, default 10); the `pageSize` property.
 * @attr {number} limit - Shows this many items and no controls (0, the default: no limit); the `limit` property.
 * @attr {'compact' | 'full'} item-variant - The cards' variant (default `compact`); the `itemVariant` property.
 * @attr {number} heading-level - Level of the items' title headings (1–6); the `headingLevel` property.
 *
 * @fires {CustomEvent<PcwLoadDetail<Feed>>} pcw-load - The feed was loaded and is shown. `detail`: `{ data, source, warnings }`; `data.items.length` is the number of items.
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The feed could not be loaded or used (also when every item is invalid). `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ tag: string | null }>} pcw-tag-select - The reader pressed a tag button (`tag`), or pressed the pressed one again or "Clear filters" (`null`).
 * @fires {CustomEvent<{ shown: number }>} pcw-feed-more - The reader pressed "Load more"; `shown` items are shown now.
 */
export class CityNewsFeed extends PcwDataElement<Feed> {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      query: { state: true, attribute: false },
      chosenTag: { state: true, attribute: false },
      shownCount: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
      layout: { reflect: true, useDefault: true, converter: oneOf(['list', 'grid', 'compact'], 'list') },
      itemVariant: { attribute: 'item-variant', converter: oneOf(['compact', 'full'], 'compact') },
      pageSize: { type: Number, attribute: 'page-size', converter: integer(1, 100, 10) },
      limit: { type: Number, converter: integer(0, 1000, 0) },
      tag: {},
      headingLevel: { type: Number, attribute: 'heading-level', converter: integer(1, 6, 2) },
    };
  }

  static override styles = [...hostStyles, searchStyles, styles];

  /** @internal */
  static override parse = parseFeed;

  /** @internal */
  static override isEmpty = hasNoItems;

  /** @internal */
  static override accepts = FEED;

  private query = '';

  /** The tag that filters the list (from `tag`, the hash or a button), or `''`. */
  private chosenTag = '';

  /** How many of the matching items show (pages loaded × page size). */
  private shownCount = 0;

  /** What the live region says. */
  private announcement = '';

  /** `list`: cards one under another; `grid`: cards in as many columns as fit; `compact`: dated headlines, no cards. */
  layout: 'list' | 'grid' | 'compact' = 'list';

  /** The cards' variant: `compact` (date, title, lead; the default) or `full` (with image, body and tags). */
  itemVariant: 'compact' | 'full' = 'compact';

  /** How many items show at first and how many more each "Load more" adds (1–100). */
  pageSize = 10;

  /** Shows this many items (newest first) and no controls: no search, tag buttons or "Load more". 0: no limit. */
  limit = 0;

  /** Shows only the items with this tag (compared without case and diacritics); the reader can change it. */
  tag?: string;

  /** Level of the items' title headings (1–6), so the feed fits the outline of the page. */
  headingLevel = 2;

  /** @internal */
  private indexed?: { feed: Feed; lang: string; index?: string[] };
  /** @internal */
  private tagsFor?: { feed: Feed; lang: string; value: TagChoice[] };
  /** @internal */
  private readonly hash = new HashController(this, (id) => this.tagFromHash(id));

  /** The items of the feed (newest first), once it is ready. */
  get items(): readonly Announcement[] {
    return this.model?.items ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('tag')) this.chosenTag = this.tag?.trim() ?? '';
    if (changed.has('pageSize') || !this.shownCount) this.shownCount = this.pageSize;
    const feed = this.model;
    if (feed && (feed !== this.indexed?.feed || this.i18n.lang !== this.indexed.lang)) {
      if (feed !== this.indexed?.feed) this.shownCount = this.pageSize;
      this.indexed = { feed, lang: this.i18n.lang };
    }
    // A tag named by the hash applies in this update, before the render (not in a second one);
    // while hydrating the first render must be the server's: then after it (in `updated`).
    if (!noDom && !this.hydrating && !this.limit) this.hash.check(feed);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (!this.limit) this.hash.check(this.model);
  }

  /** The search index, made at the first search (a feed nobody searches is never folded). */
  private searchIndex(): string[] {
    const indexed = this.indexed!;
    return (indexed.index ??= searchIndex(indexed.feed.items, indexed.lang, indexed.feed.lang));
  }

  private tagChoices(feed: Feed): TagChoice[] {
    const lang = this.i18n.lang;
    if (this.tagsFor?.feed !== feed || this.tagsFor.lang !== lang)
      this.tagsFor = { feed, lang, value: tagChoices(feed.items, lang, feed.lang) };
    return this.tagsFor.value;
  }

  /** A hash `#tag=<tag>` chooses that tag; any other hash is not the feed's. */
  private tagFromHash(id: string) {
    const tag = tagOfHash(id);
    if (this.limit || tag === undefined || tagKey(tag) === tagKey(this.chosenTag)) return;
    this.chosenTag = tag;
    this.filtered();
  }

  private chooseTag(tag: string) {
    const next = tagKey(tag) === tagKey(this.chosenTag) ? '' : tag;
    this.chosenTag = next;
    writeTagHash(next);
    this.filtered();
    this.emit('pcw-tag-select', { tag: next || null });
  }

  private onSearch(value: string) {
    this.query = value;
    this.filtered();
  }

  private async clearFilters() {
    const hadTag = !!this.chosenTag;
    this.query = '';
    this.chosenTag = '';
    if (hadTag) {
      writeTagHash('');
      this.emit('pcw-tag-select', { tag: null });
    }
    this.filtered();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
  }

  /** After a filter changed: back to the first page, and the live region tells how many match. */
  private filtered() {
    this.shownCount = this.pageSize;
    const t = this.i18n.t(feedStrings);
    this.announcement = this.filtering() ? t.results(this.matching().length) : '';
  }

  private filtering(): boolean {
    return !!(this.chosenTag || this.query.trim());
  }

  /** The items that match the tag and the search. */
  private matching(): readonly Announcement[] {
    const feed = this.model;
    if (!feed) return [];
    return filterItems(feed.items, {
      tag: this.chosenTag,
      query: this.limit ? '' : this.query,
      lang: this.i18n.lang,
      feedLang: feed.lang,
      index: () => this.searchIndex(),
    });
  }

  private async loadMore(total: number) {
    const before = Math.min(this.shownCount, total);
    this.shownCount = before + this.pageSize;
    const shown = Math.min(this.shownCount, total);
    this.announcement = this.i18n.t(feedStrings).moreShown(shown - before, shown, total);
    this.emit('pcw-feed-more', { shown });
    await this.updateComplete;
    this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="item"]')[before]?.focus();
  }

  /** Keeps the nested cards' own load and error events inside the feed (the feed fires its own). */
  private stopCardEvent(e: Event) {
    if (e.target !== this) e.stopPropagation();
  }

  /** The loading placeholder: three items' worth of lines (cards, or headlines in the `compact` layout). */
  protected renderSkeleton() {
    const compact = this.layout === 'compact';
    return html`<div part="skeleton" class="base ${this.layout}" aria-busy="true">
      <span class="visually-hidden">${this.i18n.common.loading}</span>
      <span class="items">
        ${[0, 1, 2].map(
          () =>
            html`<span class="item ${compact ? 'headline-row' : 'card-box'}"
              ><span class="skeleton short"></span>${compact ? nothing : html`<span class="skeleton"></span><span class="skeleton"></span>`}</span
            >`,
        )}
      </span>
    </div>`;
  }

  protected renderReady(feed: Feed): TemplateResult {
    const t = this.i18n.t(feedStrings);
    const matching = this.matching();
    const controls = !this.limit;
    const visible = matching.slice(0, this.limit || this.shownCount);
    const noMatch = controls && this.filtering() && !matching.length;
    const lang = this.i18n.lang;
    return html`<div part="base" class="base ${this.layout}">
      ${
        controls
          ? controlsView(
              t,
              this.query,
              this.tagChoices(feed),
              tagKey(this.chosenTag),
              (value) => this.onSearch(value),
              (tag) => this.chooseTag(tag),
            )
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${controls && this.filtering() && matching.length ? html`<p part="count" class="count">${t.results(matching.length)}</p>` : nothing}
      ${
        noMatch
          ? html`<div part="no-match" class="no-match">
            <p>${t.noMatch}</p>
            <button part="clear" class="clear" type="button" @click=${this.clearFilters}>${t.clear}</button>
          </div>`
          : nothing
      }
      ${
        visible.length
          ? html`<ul part="list" class="items" aria-label=${t.label} @pcw-load=${this.stopCardEvent} @pcw-error=${this.stopCardEvent}>
            ${repeat(
              visible,
              (item) => item,
              (item) => itemView(item, feed, this, lang),
            )}
          </ul>`
          : nothing
      }
      ${
        controls && visible.length < matching.length
          ? html`<button part="more" class="more" type="button" @click=${() => this.loadMore(matching.length)}>${t.more}</button>`
          : nothing
      }
    </div>`;
  }

  protected emptyMessage() {
    return this.i18n.t(feedStrings).empty;
  }
}
