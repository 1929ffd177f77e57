import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate } from '../../i18n/partial-date.js';
import { startOf } from '../../model/timeline-time.js';
import { parseDate } from '../../model/values.js';
import type { TimelineEntry } from '../../model/timeline.js';
import type { PartialDate } from '../../model/types.js';

// The timeline's view of its dates: "now", today as a calendar day, how long a period is (for
// the bar of the horizontal layout), and dates as `<time>` elements. Parsing and formatting are
// the model's and i18n's; this only places dates against each other and renders them.

/** A date's text at its precision in `lang`, without the weekday (`2000`, `maj 2020`, `10. september 2019`). */
export const dateText = (date: PartialDate, lang: string): string => formatPartialDate(date, lang);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant that separates past from upcoming: the `now` attribute's date (a date is the start
 * of that day in the reader's time zone, as the entries' calendar dates are; a date-time is its
 * instant), else the present moment.
 */
export function parseNow(value: string | undefined): Date {
  const given = value ? parseDate(value) : undefined;
  return given ? new Date(startOf(given, 'local')) : new Date();
}

/** The reader's calendar day of `now`, as a day-precision date. */
export function dayOf(now: Date): PartialDate {
  const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  return { precision: 'day', year, month, day, iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

/** How many months a period covers, both ends included (`2019`–`2021`: 36; `2020-05`–`2020-06`: 2); at least 1. */
export function months(from: PartialDate, to: PartialDate): number {
  const first = from.year * 12 + (from.month ?? 1);
  const last = to.year * 12 + (to.month ?? 12);
  return Math.max(1, last - first + 1);
}

/** Whether an entry has begun at `now` (its start's first instant, in the reader's time zone). */
export const started = (entry: TimelineEntry, now: Date): boolean => startOf(entry.date) <= now.getTime();

/** A date, or a range of two, as `<time>` elements, in `lang`. */
export function renderRange(from: PartialDate | undefined, to: PartialDate | undefined, lang: string): TemplateResult {
  const time = (d: PartialDate) => html`<time datetime=${d.iso}>${dateText(d, lang)}</time>`;
  return html`${from ? time(from) : nothing}${from && to ? '–' : nothing}${to ? time(to) : nothing}`;
}

/** An entry's date (or range), and the period an agreement covers when it has a signing date too. */
export function renderDate(entry: TimelineEntry, lang: string): TemplateResult {
  const period = entry.period;
  // With a period, the date is the signing and the period's end is not the entry's.
  return html`<span part="date" class="date">${renderRange(entry.date, period ? undefined : entry.end, lang)}</span>${
    period ? html` <span part="period" class="period">(${renderRange(period.from, period.to, lang)})</span>` : nothing
  }`;
}

/** The "today" marker (`label` and the day of `now`) between past and upcoming entries. */
export function renderToday(label: string, now: Date, lang: string): TemplateResult {
  return html`<li part="today" class="today">
    <span class="today-label">${label}</span>
    <time datetime=${dayOf(now).iso}>${dateText(dayOf(now), lang)}</time>
  </li>`;
}
