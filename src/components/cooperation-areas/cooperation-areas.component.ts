import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { integer, oneOf } from '../../internal/converters.js';
import { hasNoAreas, parseAreas, type AreaList } from '../../model/parse-areas.js';
import type { Area } from '../../model/types.js';
import { areasStrings } from '../../i18n/strings/areas.js';
import { heading } from '../../internal/heading.js';
import { noDom } from '../../internal/env.js';
import { inLang } from '../../internal/lang-span.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { highlight } from './highlight.js';
import { countResults, indexAreas, searchAreas, type IndexedArea, type ShownArea } from './search-index.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './cooperation-areas.styles.js';
import { icon } from './icons.js';
import { ShadowResizeController } from '../../controllers/shadow-resize.controller.js';
import { HashController, scrollToView } from '../../internal/hash.js';
import { LazyItems } from './lazy-items.js';
import { searchField } from '../../internal/search-field.js';
import { controls, itemList, placeholder, type Mark } from './templates.js';
import { PrintController } from '../../internal/print.js';
import { DataLink } from '../../internal/data-link.js';
import { downloadLink } from './download.js';

/**
 * The areas of a partnership's cooperation, each with its items: as an accordion, an open list
 * or a grid of cards, optionally searchable.
 *
 * Data: an announcement (only its `areas` are read) or a bare array of areas, from the `data`
 * property, the `data` attribute, a child `<script type="application/json">` or `src`. An area:
 * `id` (derived from the title when absent), `title`, `items` (texts or `{ title, description?,
 * url? }`), optional `description` and `icon` (`city`, `science`, `culture`, `tourism`,
 * `sport`, `education`, `social`).
 *
 * A URL hash `#<area-id>` opens that area and scrolls it into view (on load and whenever the
 * hash changes; this fires no `pcw-area-toggle`). With more than 300 items in all, the items
 * of open areas are rendered only when they come near the viewport.
 *
 * An area narrower than 13 times its title's font size (a phone with large text, a narrow
 * sidebar) puts its icon and chevron in a row above the title, which has the area's whole width.
 *
 * @summary Areas of cooperation with their items: accordion, list or grid, searchable.
 *
 * @slot - Fallback content (e.g. the areas as a plain HTML list), shown until the widget has data to render, and under the error message when the data cannot be shown.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 *
 * @csspart base - The wrapper of the ready view.
 * @csspart search - The search field's wrapper.
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart controls - The wrapper of "Expand all" and "Collapse all".
 * @csspart expand-all - The "Expand all" button.
 * @csspart collapse-all - The "Collapse all" button.
 * @csspart no-match - The message shown when the search finds nothing.
 * @csspart area-list - The list of areas.
 * @csspart area - Each area.
 * @csspart area-heading - Each area's heading.
 * @csspart area-toggle - The button that opens and closes an area (accordion layout).
 * @csspart icon - An area's icon.
 * @csspart area-title - An area's title.
 * @csspart count - An area's item count ("6 items"; while searching, the items that match).
 * @csspart panel - The part of an area that opens and closes: description and items.
 * @csspart area-description - An area's description.
 * @csspart items - An area's list of items.
 * @csspart item - Each item.
 * @csspart item-link - An item's link, when it has a `url`.
 * @csspart item-description - An item's description.
 * @csspart mark - A search match.
 * @csspart download - The "Get the data" link (with `downloadable`).
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
 * @cssprop [--pcw-color-text-muted=#4f5965] - Secondary text (counts, descriptions).
 * @cssprop [--pcw-color-surface=#ffffff] - Background of the areas.
 * @cssprop [--pcw-color-surface-subtle=#f1f4f7] - Skeleton and hover background.
 * @cssprop [--pcw-color-border=#c9d1d9] - Borders.
 * @cssprop [--pcw-color-accent=#0b5cad] - Icons, links and buttons.
 * @cssprop [--pcw-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--pcw-color-danger=#b42318] - Error border and headline.
 * @cssprop [--pcw-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--pcw-color-mark=#ffe27a] - Background of search matches.
 * @cssprop [--pcw-radius=0.5rem] - Corner radius.
 * @cssprop [--pcw-space=min(1rem, 6vw)] - Base spacing (1rem; less on a phone with large text).
 * @cssprop [--pcw-duration=200ms] - How long the chevron takes to turn when an area opens or closes (no motion when the visitor asks for reduced motion).
 * @cssprop [--pcw-cooperation-areas-gap=0.75rem] - Space between areas.
 * @cssprop [--pcw-cooperation-areas-column-min=18rem] - Narrowest column of the grid layout; the grid has as many columns as fit the widget's width.
 * @cssprop [--pcw-cooperation-areas-title-size=1.125rem] - Font size of the area titles.
 * @cssprop [--pcw-areas-gap=0.75rem] - Deprecated alias of `--pcw-cooperation-areas-gap` (until 0.3).
 * @cssprop [--pcw-areas-column-min=18rem] - Deprecated alias of `--pcw-cooperation-areas-column-min` (until 0.3).
 * @cssprop [--pcw-areas-title-size=1.125rem] - Deprecated alias of `--pcw-cooperation-areas-title-size` (until 0.3).
 *
 * @attr {number} heading-level - Level of the area headings (1–6); the `headingLevel` property.
 * @attr {string} data - The areas as JSON text (an announcement or an array of areas); the `data` property takes the object (or the same text).
 * @attr {boolean} downloadable - Adds a "Get the data" link: the areas and their items as CSV; the `downloadable` property.
 *
 * @fires {CustomEvent<PcwLoadDetail<AreaList>>} pcw-load - The data was loaded and is shown. `detail`: `{ data, source, warnings }`.
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The data could not be loaded or used. `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ id: string; open: boolean }>} pcw-area-toggle - The reader opened or closed an area (not fired when the page sets `open`).
 */
export class CooperationAreas extends PcwDataElement<AreaList> {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      query: { state: true, attribute: false },
      opened: { state: true, attribute: false },
      layout: { reflect: true, useDefault: true, converter: oneOf(['accordion', 'list', 'grid'], 'accordion') },
      open: { type: Boolean, reflect: true, useDefault: true },
      searchable: { type: Boolean, reflect: true, useDefault: true },
      headingLevel: { type: Number, attribute: 'heading-level', converter: integer(1, 6, 2) },
      downloadable: { type: Boolean },
    };
  }

  static override styles = [...hostStyles, ...styles];

  /** @internal */
  static override parse = parseAreas;

  /** @internal */
  static override isEmpty = hasNoAreas;

  private query = '';

  private opened = new Set<string>();

  /** `accordion`: each area opens and closes; `list`: everything open; `grid`: cards in as many columns as fit. */
  layout: 'accordion' | 'list' | 'grid' = 'accordion';

  /** Opens every area of the accordion (setting it fires no `pcw-area-toggle`). */
  open = false;

  /** Shows a search field that filters the areas and items as the reader types. */
  searchable = false;

  /** Level of the area headings (1–6), so the widget fits the outline of the page. */
  headingLevel = 2;

  /**
   * Adds a "Get the data" link: the areas and their items as CSV (columns `id`, `area`, `item`,
   * `description`, `url`; texts in the widget's language), named after the announcement's id,
   * built in the browser. The code that writes the file loads when the widget first has
   * `downloadable`; until then the link shows without an address, and `updateComplete` resolves
   * once it has one.
   */
  downloadable = false;

  /** @internal */
  private readonly print = new PrintController(this);
  /** @internal */
  private readonly dataLink = new DataLink(this);

  /** @internal */
  private index: IndexedArea[] = [];
  /** @internal */
  private indexed?: { model: AreaList; lang: string };
  /** @internal */
  private openedBeforeSearch?: Set<string>;
  /** @internal */
  private shownFor?: { q: string; index: IndexedArea[]; value: ShownArea[] };
  /** A text of the data, highlighted, in a `<span lang>` when it is not in the widget's language. @internal */
  private readonly mark: Mark = (text, ranges) => inLang(highlight(text.text, ranges), text.lang, this.i18n.lang);
  /** @internal */
  private readonly lazyItems = new LazyItems(this);
  /** @internal */
  private readonly hash = new HashController(this, (id) => void this.openFromHash(id));
  /** The width of the ready view and the size of an area's title, once laid out. @internal */
  private measured?: DOMRectReadOnly;

  constructor() {
    super();
    // A hidden box as wide as the view and as tall as a title's font size: it reports a change of
    // either (a narrower page, larger text). An area's own box would change height with the class
    // that fitHeadings sets, and observing it would report a ResizeObserver loop to the page.
    new ShadowResizeController(this, '.measure', (box) => {
      this.measured = box;
      this.fitHeadings();
    });
  }

  /** The areas shown, once the data is ready. */
  get areas(): readonly Area[] {
    return this.model?.areas ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.downloadable) this.dataLink.load();
    const model = this.model;
    const lang = this.i18n.lang;
    const fresh = model !== this.indexed?.model;
    if (model && (fresh || lang !== this.indexed?.lang)) {
      this.indexed = { model, lang };
      this.index = indexAreas(model.areas, lang, model.lang);
    }
    if (model && (fresh || changed.has('open'))) {
      this.opened = new Set(this.open ? model.areas.map((a) => a.id) : []);
      if (fresh) this.lazyItems.reset(model.areas);
    }
    // An area the hash names opens in this update, before the render (not in a second one);
    // while hydrating the first render must be the server's: then after it (in `updated`).
    if (!noDom && !this.hydrating) this.hash.check(model);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.hash.check(this.model);
    if (changed.has('layout')) this.fitHeadings();
  }

  /**
   * An area narrower than 13 times its title's size (a phone with large text, a sidebar) puts its
   * icon and chevron in a row of their own above the title, which has the whole width below: its
   * words break only when wider than that. A class on the list, outside Lit's bindings: no update.
   */
  private fitHeadings() {
    const list = this.shadowRoot?.querySelector('.areas');
    const box = this.measured;
    if (!list || !box) return;
    // A grid's columns as laid out ("288px 288px"); a list's areas are as wide as the view.
    const area = this.layout === 'grid' ? parseFloat(getComputedStyle(list).gridTemplateColumns) : box.width;
    if (area >= 0) list.classList.toggle('narrow', area < 13 * box.height);
  }

  /** With `downloadable`, also waits for the "Get the data" link's address (its code loads apart). */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.dataLink.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  /** Every area is open while the page prints. */
  private isOpen(id: string): boolean {
    return this.layout !== 'accordion' || this.opened.has(id) || this.print.printing;
  }

  /** Opens the area `id` names (if any) and scrolls it into view. */
  private async openFromHash(id: string) {
    if (!id || !this.areas.some((a) => a.id === id)) return;
    this.opened = new Set(this.opened).add(id);
    this.lazyItems.show(id);
    await this.updateComplete;
    scrollToView(this.shadowRoot!.getElementById(`area-${this.areas.findIndex((a) => a.id === id)}`), { block: 'start' });
  }

  private setOpen(ids: readonly string[], open: boolean) {
    const next = new Set(this.opened);
    for (const id of ids) {
      if (next.has(id) === open) continue;
      if (open) next.add(id);
      else next.delete(id);
      this.emit('pcw-area-toggle', { id, open });
    }
    this.opened = next;
  }

  private onSearch(value: string) {
    const searching = value.trim() !== '';
    if (searching && !this.openedBeforeSearch) this.openedBeforeSearch = this.opened;
    this.query = value;
    if (searching) {
      this.opened = new Set(this.shown().map((s) => s.entry.area.id));
    } else if (this.openedBeforeSearch) {
      this.opened = this.openedBeforeSearch;
      this.openedBeforeSearch = undefined;
    }
  }

  private onSearchKey(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !this.query) return;
    e.preventDefault();
    (e.target as HTMLInputElement).value = '';
    this.onSearch('');
  }

  /** The areas that match the search (all of them without one); worked out once per search and data. */
  private shown(): ShownArea[] {
    // Printed in full, whatever the search.
    const q = this.print.printing ? '' : this.query.trim();
    if (this.shownFor?.q !== q || this.shownFor.index !== this.index)
      this.shownFor = { q, index: this.index, value: searchAreas(this.index, q) };
    return this.shownFor.value;
  }

  /**
   * The loading placeholder, close to the size of the ready view: the search field's box when
   * `searchable`, the expand/collapse buttons' row (accordion), and one row per area as tall as
   * a closed accordion row. The number of areas is not known before the data: it is the number
   * of items of the fallback list (`<ul>` or `<ol>` child), else 4.
   */
  protected renderSkeleton() {
    const listed = this.querySelectorAll(':scope > ul > li, :scope > ol > li').length;
    const n = listed || 4;
    return html`<div part="skeleton" class="base ${this.layout}" aria-busy="true">
      <span class="visually-hidden">${this.i18n.common.loading}</span>
      ${this.searchable ? html`<span class="search"><span class="line">\u00a0</span><span class="input-box">\u00a0</span></span>` : nothing}
      ${this.layout === 'accordion' && n > 3 ? html`<span class="controls"><span class="button-box">\u00a0</span></span>` : nothing}
      <span class="areas">
        ${Array.from({ length: n }, () => html`<span class="area"><span class="toggle row"><span class="skeleton"></span>\u00a0</span></span>`)}
      </span>
    </div>`;
  }

  private renderArea(shown: ShownArea, regions: boolean): TemplateResult {
    const { area, title, n } = shown.entry;
    const open = this.isOpen(area.id);
    const label = html`${icon(area.icon)}<span class="label"
        ><span part="area-title" class="title">${this.mark(title, shown.titleRanges)}</span>
        <span part="count" class="count">${this.i18n.t(areasStrings).items(shown.items && !shown.titleRanges.length ? shown.items.length : area.items.length)}</span></span
      >`;
    const accordion = this.layout === 'accordion';
    const headingContent = accordion
      ? html`<button
          part="area-toggle"
          class="toggle"
          type="button"
          id=${`toggle-${n}`}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`panel-${n}`}
          @click=${() => this.setOpen([area.id], !open)}
        >
          ${label}<span class="chevron" aria-hidden="true"></span>
        </button>`
      : label;
    return html`<li part="area" class="area" id=${`area-${n}`}>
      ${heading(this.headingLevel, 'area-heading', headingContent)}
      <div
        part="panel"
        class="panel"
        id=${`panel-${n}`}
        role=${ifDefined(accordion && regions ? 'region' : undefined)}
        aria-labelledby=${ifDefined(accordion && regions ? `toggle-${n}` : undefined)}
        ?hidden=${!open}
      >
        ${area.description ? html`<p part="area-description" class="description">${this.content(area.description)}</p>` : nothing}
        ${open ? (this.lazyItems.shows(area.id) || this.print.printing ? itemList(shown, this.mark) : placeholder(area.id)) : nothing}
      </div>
    </li>`;
  }

  protected renderReady(): TemplateResult {
    const t = this.i18n.t(areasStrings);
    const shown = this.shown();
    const q = this.query.trim();
    const ids = this.areas.map((a) => a.id);
    return html`<div part="base" class="base ${this.layout}">
        ${
          this.searchable
            ? searchField(
                t.search,
                this.query,
                (value) => this.onSearch(value),
                (e) => this.onSearchKey(e),
              )
            : nothing
        }
        ${this.layout === 'accordion' && ids.length > 3 && !(q && !shown.length) ? controls(t, (open) => this.setOpen(ids, open)) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${q ? t.results(countResults(shown)) : ''}</div>
        ${q && !shown.length ? html`<p part="no-match" class="no-match">${t.noMatch(q)}</p>` : nothing}
        <div class="measure" aria-hidden="true"></div>
        <ul part="area-list" class="areas" aria-label=${t.label}>
          ${shown.map((s) => this.renderArea(s, ids.length <= 6))}
        </ul>
        ${this.downloadable ? this.renderDownload() : nothing}
      </div>`;
  }

  /** The "Get the data" link: every area and item (not only the search's) as CSV, in the widget's language. */
  private renderDownload(): TemplateResult {
    const model = this.model!;
    const href = this.dataLink.url(model, (files) => files.areasCsv(model, (value) => this.text(value)), this.i18n.lang);
    return downloadLink(href, model.id, this.i18n.common.download ?? 'Get the data');
  }

  protected emptyMessage() {
    return this.i18n.t(areasStrings).empty;
  }
}
