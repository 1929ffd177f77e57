import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { noDom } from '../../internal/env.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { integer, oneOf } from '../../internal/converters.js';
import { hasNoEntries, isUpcoming, parseTimeline, upcomingEntries, type Timeline, type TimelineEntry } from '../../model/timeline.js';
import { timelineStrings } from '../../i18n/strings/timeline.js';
import { heading } from '../../internal/heading.js';
import { HashController, scrollToView } from '../../internal/hash.js';
import { hasCalendarDate, icsFor } from '../../internal/ics.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './partnership-timeline.styles.js';
import { CalendarLinks, HASH } from './calendar-links.js';
import { months, parseNow, renderDate, renderRange, renderToday, started } from './dates.js';
import { scrollAxis } from './axis.js';
import { yearRows, type Item } from './years.js';

/** The `PRODID` of the calendar files. */
const PROD_ID = '-//partner-city-widgets//partnership-timeline//EN';

/**
 * A partnership's agreements and events in time: an ordered list grouped by year, with a
 * "today" marker between the past and the upcoming, and calendar files (.ics) for upcoming events.
 *
 * Data: an announcement (its `partnership.agreements` and `events`; given a list of
 * announcements, also their publication dates as news), or a bare array of entries
 * `{ date, end?, title, place?, description?, url?, kind? }`, from the `data` property, the
 * `data` attribute, a child `<script type="application/json">` or `src`. Dates may be partial
 * (`2000`, `2020-05`) and are shown at their precision; `from`/`to` (or `date`/`end`) make a range,
 * shown as text ("2019–2021") and, in the horizontal layout, as a bar as long as the period.
 *
 * Each upcoming event has an "Add to calendar" link, and the widget one for all upcoming events:
 * RFC 5545 calendar files (`.ics`) written in the browser when a link is used (Blob URLs,
 * revoked when the data, the language or `now` changes or the widget leaves the page). Until
 * then a link's address is its entry (`#timeline-<entry id>`). Past entries have none.
 *
 * A URL hash `#timeline-<entry id>` selects that entry and scrolls it into view (on load and
 * whenever the hash changes; this fires no `pcw-entry-select`).
 *
 * @summary Agreements and events of a partnership in time order, with calendar files.
 *
 * @slot - Fallback content (e.g. the entries as a plain HTML list), shown until the widget has data to render, and under the error message when the data cannot be shown.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 *
 * @csspart base - The wrapper of the ready view.
 * @csspart calendar-all - The "Add all upcoming events" link (a calendar file), when there are upcoming events.
 * @csspart axis - The box of the list: in the horizontal layout the scrollable axis (a focusable region).
 * @csspart years - The list of years.
 * @csspart year - Each year.
 * @csspart year-heading - Each year's heading.
 * @csspart entries - A year's list of entries.
 * @csspart entry - Each entry (`aria-current="true"` when selected).
 * @csspart date - An entry's date or period (`<time>` elements inside).
 * @csspart period - The period an agreement covers, after its date (`<time>` elements inside).
 * @csspart kind - An entry's kind as text: agreement, event or news.
 * @csspart upcoming - The "Upcoming" label of an entry after today.
 * @csspart entry-title - An entry's heading.
 * @csspart entry-link - An entry's title link, when it has a `url`.
 * @csspart entry-button - An entry's title button (selects it), when it has no `url`.
 * @csspart span - The bar of a period (horizontal layout).
 * @csspart place - An entry's place.
 * @csspart description - An entry's description.
 * @csspart related - The list of the other items of an entry's day.
 * @csspart calendar - An upcoming event's "Add to calendar" link.
 * @csspart today - The "today" marker between past and upcoming entries.
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
 * @cssprop [--pcw-color-text-muted=#4f5965] - Secondary text (dates, places, kinds).
 * @cssprop [--pcw-color-surface=#ffffff] - Background of the entries.
 * @cssprop [--pcw-color-surface-subtle=#f1f4f7] - Skeleton background and the selected entry.
 * @cssprop [--pcw-color-border=#c9d1d9] - Borders and the axis line.
 * @cssprop [--pcw-color-accent=#0b5cad] - Links, the dots of the axis, the today marker.
 * @cssprop [--pcw-color-on-accent=#ffffff] - Text on accent-coloured buttons (the retry button).
 * @cssprop [--pcw-color-danger=#b42318] - Error border and headline.
 * @cssprop [--pcw-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--pcw-radius=0.5rem] - Corner radius.
 * @cssprop [--pcw-space=min(1rem, 6vw)] - Base spacing (1rem; less on a phone with large text).
 * @cssprop [--pcw-partnership-timeline-gap=0.75rem] - Space between entries.
 * @cssprop [--pcw-partnership-timeline-entry-width=16rem] - Narrowest entry of the horizontal layout.
 * @cssprop [--pcw-partnership-timeline-year-size=1.25rem] - Font size of the year headings.
 * @cssprop [--pcw-partnership-timeline-title-size=1rem] - Font size of the entry titles.
 *
 * @attr {number} heading-level - Level of the year headings (1–6; entry titles one level below, at most 6); the `headingLevel` property.
 * @attr {'vertical' | 'horizontal'} layout - The `layout` property.
 * @attr {'oldest' | 'newest'} order - The `order` property.
 * @attr {string} now - The `now` property: the date that separates past from upcoming.
 * @attr {string} data - The entries as JSON text (an announcement, a list of them or an array of entries); the `data` property takes the object (or the same text).
 *
 * @fires {CustomEvent<PcwLoadDetail<Timeline>>} pcw-load - The data was loaded and is shown. `detail`: `{ data, source, warnings }` (`data.entries.length` is the count).
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The data could not be loaded or used. `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ id: string; entry: TimelineEntry }>} pcw-entry-select - The reader activated an entry (its title or the entry itself); not fired for the URL hash.
 */
export class PartnershipTimeline extends PcwDataElement<Timeline> {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      selected: { state: true, attribute: false },
      layout: { reflect: true, useDefault: true, converter: oneOf(['vertical', 'horizontal'], 'vertical') },
      order: { reflect: true, useDefault: true, converter: oneOf(['oldest', 'newest'], 'oldest') },
      now: {},
      headingLevel: { type: Number, attribute: 'heading-level', converter: integer(1, 6, 2) },
    };
  }

  static override styles = [...hostStyles, styles];

  /** @internal */
  static override parse = parseTimeline;

  /** @internal */
  static override isEmpty = hasNoEntries;

  /** The id of the selected entry (`''`: none). */
  private selected = '';

  /** `vertical` (the default): a list down the page; `horizontal`: a scrollable axis (arrow keys scroll it when it has focus). */
  layout: 'vertical' | 'horizontal' = 'vertical';

  /** `oldest` (the default) lists the oldest entry first; `newest` the newest first. */
  order: 'oldest' | 'newest' = 'oldest';

  /**
   * The date that separates the past from the upcoming (ISO 8601, `2020-01-15`): where the
   * "today" marker stands and which events get calendar files. Today's date when absent or invalid.
   */
  now?: string;

  /** Level of the year headings (1–6), so the widget fits the outline of the page; entry titles are one level below. */
  headingLevel = 2;

  /** @internal */
  private readonly calendar = new CalendarLinks(this);
  /** @internal */
  private readonly hash = new HashController(this, (id) => void this.selectFromHash(id));

  /** The entries shown, oldest first, once the data is ready. */
  get entries(): readonly TimelineEntry[] {
    return this.model?.entries ?? [];
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    const hydrated = this.hydrating;
    super.firstUpdated(changed);
    // Hydrated with the server's "now" and without calendar links: now the reader's.
    if (hydrated) void this.updateComplete.then(() => this.requestUpdate());
  }

  /**
   * The "now" of this render: the `now` property, else the present; while hydrating a
   * server-rendered timeline without `now`, the server's today (its marker's date), so that the
   * first render matches the server's markup (a page rendered last month hydrates, then updates).
   */
  private currentNow(): Date {
    const server = this.hydrating && !this.now ? this.shadowRoot?.querySelector('[part~="today"] time')?.getAttribute('datetime') : null;
    return parseNow(this.now ?? server ?? undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // The entry the hash names is selected in this update, before the render (not in a second
    // one); while hydrating the first render must be the server's: then after it (in `updated`).
    if (!noDom && !this.hydrating) this.hash.check(this.model);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.hash.check(this.model);
  }

  /** Selects the entry `#timeline-<id>` names (if any) and scrolls it into view. */
  private async selectFromHash(hash: string) {
    const id = hash.startsWith(HASH) ? hash.slice(HASH.length) : '';
    const index = this.entries.findIndex((e) => e.id === id);
    if (index < 0) return;
    this.selected = id;
    await this.updateComplete;
    scrollToView(this.shadowRoot!.getElementById(`entry-${index}`), { block: 'nearest', inline: 'center' });
  }

  private select(e: Event, entry: TimelineEntry) {
    // The calendar link is a download, not a choice of the entry.
    if ((e.target as Element).closest?.('[part~="calendar"]')) return;
    this.selected = entry.id;
    this.emit('pcw-entry-select', { id: entry.id, entry });
  }

  /** Arrow keys, Home and End scroll the horizontal axis while it has the focus itself. */
  private onAxisKey(e: KeyboardEvent) {
    if (this.layout === 'horizontal') scrollAxis(e);
  }

  /** The calendar file of `entries` (one event or all upcoming ones). */
  private ics(entries: readonly TimelineEntry[], now: Date): Blob {
    const text = icsFor(entries, {
      lang: this.i18n.lang,
      fallback: this.model?.lang,
      now,
      prodId: PROD_ID,
      base: this.ownerDocument.baseURI,
      ...(this.model?.id && { uidDomain: `${this.model.id}.partner-city-widgets` }),
    });
    return new Blob([text], { type: 'text/calendar;charset=utf-8' });
  }

  /**
   * The loading placeholder, close to the size of the ready view: a year heading and as many
   * entries as the fallback list has items (`<ol>` or `<ul>` child), else 3.
   */
  protected renderSkeleton() {
    const listed = this.querySelectorAll(':scope > ol > li, :scope > ul > li').length;
    return html`<div part="skeleton" class="base ${this.layout}" aria-busy="true">
      <span class="visually-hidden">${this.i18n.common.loading}</span>
      <span class="skeleton year-line"></span>
      ${Array.from({ length: listed || 3 }, () => html`<span class="skeleton entry-line"></span>`)}
    </div>`;
  }

  private renderEntry(entry: TimelineEntry, index: number, now: Date): TemplateResult {
    const t = this.i18n.t(timelineStrings);
    const title = this.content(entry.title);
    // Upcoming: not begun yet (an entry under way, a programme for 2019–2021 in 2020, is not).
    const upcoming = !started(entry, now);
    const level = Math.min(this.headingLevel + 1, 6);
    const range = entry.period ?? (entry.end && { from: entry.date, to: entry.end });
    const period = range?.from && range.to ? months(range.from, range.to) : 0;
    const place = entry.place && this.localized(entry.place);
    const description = entry.description && this.localized(entry.description);
    return html`<li
      part="entry"
      class="entry ${entry.kind}${upcoming ? ' upcoming' : ''}"
      id=${`entry-${index}`}
      aria-current=${ifDefined(this.selected === entry.id ? 'true' : undefined)}
      @click=${(e: Event) => this.select(e, entry)}
    >
      <p class="meta">${renderDate(entry, this.i18n.lang)} <span part="kind" class="kind">${t[entry.kind]}</span>${
        upcoming ? html` <span part="upcoming" class="badge">${t.upcoming}</span>` : nothing
      }</p>
      ${heading(
        level,
        'entry-title',
        entry.url
          ? html`<a part="entry-link" href=${entry.url}>${title}</a>`
          : html`<button part="entry-button" class="entry-button" type="button">${title}</button>`,
      )}
      ${
        period
          ? html`<svg part="span" class="span" aria-hidden="true" focusable="false" width=${`${(period / 12) * 3}em`} height="6">
            <rect width="100%" height="6" rx="3"></rect>
          </svg>`
          : nothing
      }
      ${place?.text ? html`<p part="place" class="place"><span class="visually-hidden">${t.place}: </span><span lang=${ifDefined(place.lang)}>${place.text}</span></p>` : nothing}
      ${description?.text ? html`<p part="description" class="description" lang=${ifDefined(description.lang)}>${description.text}</p>` : nothing}
      ${
        entry.related?.length
          ? html`<ul part="related" class="related" aria-label=${t.related}>
            ${entry.related.map(
              (r) => html`<li>
                <span class="kind">${t[r.kind]}</span>
                ${r.date.precision === 'datetime' ? html`<span>${renderRange(r.date, r.end, this.i18n.lang)}</span>` : nothing}
                ${r.url ? html`<a href=${r.url}>${this.content(r.title)}</a>` : this.content(r.title)}
                ${this.renderCalendar(r, now)}
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${this.renderCalendar(entry, now)}
    </li>`;
  }

  /**
   * An upcoming event's "Add to calendar" link (its accessible name says which event): a link to
   * its entry until it is used, when it gets its file (calendar-links.ts). None on the server
   * and while hydrating: the server's "now" is not the reader's.
   */
  private renderCalendar(entry: TimelineEntry, now: Date): TemplateResult | typeof nothing {
    if (noDom || this.hydrating || entry.kind !== 'event' || !hasCalendarDate(entry) || !isUpcoming(entry, now)) return nothing;
    return html`<a part="calendar" class="calendar" href=${`#${HASH}${entry.id}`} data-ics=${entry.id} download=${`${entry.id}.ics`} type="text/calendar"
      >${this.i18n.t(timelineStrings).addToCalendar}<span class="visually-hidden">: ${this.text(entry.title)}</span> (.ics)</a
    >`;
  }

  protected renderReady(model: Timeline): TemplateResult {
    const t = this.i18n.t(timelineStrings);
    const now = this.currentNow();
    const upcoming = upcomingEntries(model, now).filter((e) => e.kind === 'event' && hasCalendarDate(e));
    // The files change with what they hold (the present moment moves; their DTSTAMP may stay).
    // Each is written when its link is used: an event's (its id the key) or all upcoming ('').
    this.calendar.begin([model, this.i18n.lang, this.now, upcoming.map((e) => e.id).join(' ')], (key) =>
      this.ics(key ? upcoming.filter((e) => e.id === key) : upcoming, now),
    );
    const item = (i: Item | 'today') =>
      i === 'today' ? renderToday(t.today, now, this.i18n.lang) : this.renderEntry(i.entry, i.index, now);
    const horizontal = this.layout === 'horizontal';
    const use = this.calendar.listener;
    return html`<div part="base" class="base ${this.layout}" @click=${use} @auxclick=${use} @contextmenu=${use}>
      ${
        upcoming.length && !noDom && !this.hydrating
          ? html`<a part="calendar-all" class="calendar-all" href=${`#${HASH}`} data-ics="" download=${`${model.id ? `${model.id}-` : ''}upcoming.ics`} type="text/calendar"
              >${t.allUpcoming} (.ics)</a
            >`
          : nothing
      }
      <div
        part="axis"
        class="axis"
        role=${ifDefined(horizontal ? 'region' : undefined)}
        aria-label=${ifDefined(horizontal ? t.label : undefined)}
        aria-describedby=${ifDefined(horizontal ? 'hint' : undefined)}
        tabindex=${ifDefined(horizontal ? '0' : undefined)}
        @keydown=${this.onAxisKey}
      >
        <ol part="years" class="years" aria-label=${t.label}>
          ${yearRows(model.entries, now, this.order === 'newest').map((row) =>
            row === 'today'
              ? item(row)
              : html`<li part="year" class="year">
                ${heading(this.headingLevel, 'year-heading', String(row.year))}
                <ol part="entries" class="entries">
                  ${row.items.map(item)}
                </ol>
              </li>`,
          )}
        </ol>
      </div>
      ${horizontal ? html`<p id="hint" class="visually-hidden">${t.scrollHint}</p>` : nothing}
    </div>`;
  }

  protected emptyMessage() {
    return this.i18n.t(timelineStrings).empty;
  }
}
