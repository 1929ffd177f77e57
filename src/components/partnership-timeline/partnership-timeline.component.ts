import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { integer, oneOf } from '../../internal/converters.js';
import {
  hasNoEntries,
  isUpcoming,
  parseTimeline,
  startOf,
  upcomingEntries,
  type Timeline,
  type TimelineEntry,
} from '../../model/timeline.js';
import type { PartialDate } from '../../model/types.js';
import { timelineStrings } from '../../i18n/strings/timeline.js';
import { heading } from '../../internal/heading.js';
import { HashController } from '../../internal/hash.js';
import { hasCalendarDate, icsFor } from '../../internal/ics.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './partnership-timeline.styles.js';
import { CalendarLinks } from './calendar-links.js';
import { dateText, dayOf, months, parseNow } from './dates.js';

/** Whether an entry has begun at `now` (its start's first instant, in the reader's time zone). */
const started = (entry: TimelineEntry, now: Date) => startOf(entry.date) <= now.getTime();

/** The prefix of an entry's URL hash: `#timeline-<entry id>`. */
const HASH = 'timeline-';

/** The `PRODID` of the calendar files. */
const PROD_ID = '-//partner-city-widgets//partnership-timeline//EN';

/** How far one arrow key scrolls the horizontal axis, in CSS pixels. */
const STEP = 120;

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
 * RFC 5545 calendar files (`.ics`) built in the browser (Blob URLs, revoked when the data
 * changes or the widget leaves the page). Past entries have none.
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
 * @cssprop [--pcw-space=1rem] - Base spacing.
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
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.shadowRoot!.getElementById(`entry-${index}`)?.scrollIntoView({
      block: 'nearest',
      inline: 'center',
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  private select(e: Event, entry: TimelineEntry) {
    // The calendar link is a download, not a choice of the entry.
    if ((e.target as Element).closest?.('[part~="calendar"]')) return;
    this.selected = entry.id;
    this.emit('pcw-entry-select', { id: entry.id, entry });
  }

  /** Arrow keys, Home and End scroll the horizontal axis while it has the focus itself. */
  private onAxisKey(e: KeyboardEvent) {
    const axis = e.currentTarget as HTMLElement;
    if (this.layout !== 'horizontal' || e.target !== axis || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = getComputedStyle(axis).direction === 'rtl' ? -1 : 1;
    const by: Record<string, number> = { ArrowRight: STEP * rtl, ArrowLeft: -STEP * rtl };
    const smooth = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    if (e.key in by) axis.scrollBy({ left: by[e.key], behavior: smooth });
    else if (e.key === 'Home' || e.key === 'End')
      axis.scrollTo({ left: (e.key === 'End' ? 1 : 0) * rtl * axis.scrollWidth, behavior: smooth });
    else return;
    e.preventDefault();
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

  /** A date, or a range of two, as `<time>` elements. */
  private renderRange(from: PartialDate | undefined, to: PartialDate | undefined): TemplateResult {
    const lang = this.i18n.lang;
    const time = (d: PartialDate) => html`<time datetime=${d.iso}>${dateText(d, lang)}</time>`;
    return html`${from ? time(from) : nothing}${from && to ? '–' : nothing}${to ? time(to) : nothing}`;
  }

  /** An entry's date (or range), and the period an agreement covers when it has a signing date too. */
  private renderDate(entry: TimelineEntry): TemplateResult {
    const period = entry.period;
    // With a period, the date is the signing and the period's end is not the entry's.
    return html`<span part="date" class="date">${this.renderRange(entry.date, period ? undefined : entry.end)}</span>${
      period ? html` <span part="period" class="period">(${this.renderRange(period.from, period.to)})</span>` : nothing
    }`;
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
    const calendar = this.calendarLink(entry, now);
    return html`<li
      part="entry"
      class="entry ${entry.kind}${upcoming ? ' upcoming' : ''}"
      id=${`entry-${index}`}
      aria-current=${ifDefined(this.selected === entry.id ? 'true' : undefined)}
      @click=${(e: Event) => this.select(e, entry)}
    >
      <p class="meta">${this.renderDate(entry)} <span part="kind" class="kind">${t[entry.kind]}</span>${
        upcoming ? html` <span part="upcoming" class="badge">${t.upcoming}</span>` : nothing
      }</p>
      ${heading(
        level,
        'entry-title',
        entry.url
          ? html`<a part="entry-link" href=${entry.url}>${title}</a>`
          : html`<button part="entry-button" type="button">${title}</button>`,
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
                ${r.date.precision === 'datetime' ? html`<span>${this.renderRange(r.date, r.end)}</span>` : nothing}
                ${r.url ? html`<a href=${r.url}>${this.content(r.title)}</a>` : this.content(r.title)}
                ${this.renderCalendar(r, this.calendarLink(r, now))}
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${this.renderCalendar(entry, calendar)}
    </li>`;
  }

  /** The URL of an upcoming event's calendar file; none for other entries. */
  private calendarLink(entry: TimelineEntry, now: Date): string | undefined {
    return !this.hydrating && entry.kind === 'event' && hasCalendarDate(entry) && isUpcoming(entry, now)
      ? this.calendar.url(entry.id, () => this.ics([entry], now))
      : undefined;
  }

  /** An upcoming event's "Add to calendar" link (its accessible name says which event). */
  private renderCalendar(entry: TimelineEntry, href: string | undefined): TemplateResult | typeof nothing {
    if (!href) return nothing;
    return html`<a part="calendar" class="calendar" href=${href} download=${`${entry.id}.ics`} type="text/calendar"
      >${this.i18n.t(timelineStrings).addToCalendar}<span class="visually-hidden">: ${this.text(entry.title)}</span> (.ics)</a
    >`;
  }

  private renderToday(now: Date): TemplateResult {
    return html`<li part="today" class="today">
      <span class="today-label">${this.i18n.t(timelineStrings).today}</span>
      <time datetime=${dayOf(now).iso}>${dateText(dayOf(now), this.i18n.lang)}</time>
    </li>`;
  }

  protected renderReady(model: Timeline): TemplateResult {
    const t = this.i18n.t(timelineStrings);
    const now = this.currentNow();
    const upcoming = upcomingEntries(model, now).filter((e) => e.kind === 'event' && hasCalendarDate(e));
    // The files change with what they hold (the present moment moves; their DTSTAMP may stay).
    this.calendar.begin([model, this.i18n.lang, this.now, upcoming.map((e) => e.id).join(' ')]);
    const newest = this.order === 'newest';
    // Today stands after every entry that has begun (entries are oldest first by their start):
    // an entry under way stays before it, where its start puts it among the years.
    const begun = model.entries.findIndex((e) => !started(e, now));
    const past = begun < 0 ? model.entries.length : begun;
    const rows: (TemplateResult | { year: number; items: TemplateResult[] })[] = [];
    const groups: { year: number; items: TemplateResult[] }[] = [];
    const indexed = model.entries.map((entry, index) => ({ entry, index }));
    const items: ({ entry: TimelineEntry; index: number } | 'today')[] = [...indexed.slice(0, past), 'today', ...indexed.slice(past)];
    if (newest) items.reverse();
    // Years in order; today's marker inside the year of its neighbours when they share it, else between the years.
    const todayYear = now.getFullYear();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === 'today') {
        const group = groups.at(-1);
        const next = items[i + 1];
        if (group && group.year === todayYear && (next === undefined || next === 'today' || next.entry.date.year === todayYear)) {
          group.items.push(this.renderToday(now));
        } else if (next && next !== 'today' && next.entry.date.year === todayYear) {
          const fresh = { year: todayYear, items: [this.renderToday(now)] };
          groups.push(fresh);
          rows.push(fresh);
        } else rows.push(this.renderToday(now));
        continue;
      }
      let group = groups.at(-1);
      if (!group || group.year !== item.entry.date.year || rows.at(-1) !== group) {
        group = { year: item.entry.date.year, items: [] };
        groups.push(group);
        rows.push(group);
      }
      group.items.push(this.renderEntry(item.entry, item.index, now));
    }
    const all = upcoming.length && !this.hydrating ? this.calendar.url('', () => this.ics(upcoming, now)) : undefined;
    const horizontal = this.layout === 'horizontal';
    return html`<div part="base" class="base ${this.layout}">
      ${
        all
          ? html`<a part="calendar-all" class="calendar-all" href=${all} download=${`${model.id ? `${model.id}-` : ''}upcoming.ics`} type="text/calendar"
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
          ${rows.map((row) =>
            'year' in row
              ? html`<li part="year" class="year">
                ${heading(this.headingLevel, 'year-heading', String(row.year))}
                <ol part="entries" class="entries">
                  ${row.items}
                </ol>
              </li>`
              : row,
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
