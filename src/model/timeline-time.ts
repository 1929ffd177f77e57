import type { PartialDate } from './types.js';
import type { EntryKind, Precision, Timeline, TimelineEntry } from './timeline.js';

/*
 * Time on the timeline's partial dates (timeline.ts): the first and last instants of a date's
 * period, the sort order of entries, and the "now" split (what is upcoming, where the today
 * marker goes). Pure; timeline.ts re-exports the public functions.
 */

/** Less precise dates first among entries of the same start (a year before a day of it). */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, datetime: 3 };
const KIND_RANK: Record<EntryKind, number> = { agreement: 0, event: 1, news: 2 };

/** Milliseconds of a calendar time, in UTC or in the reader's zone; years below 100 are not 19xx. */
function ms(zone: 'utc' | 'local', y: number, m = 0, d = 1, h = 0, min = 0): number {
  const value = new Date(0);
  if (zone === 'utc') {
    value.setUTCFullYear(y, m, d);
    value.setUTCHours(h, min, 0, 0);
  } else {
    value.setFullYear(y, m, d);
    value.setHours(h, min, 0, 0);
  }
  return value.getTime();
}

/**
 * The first instant of a date's period. A date-time with an offset is that instant; dates and
 * floating date-times are calendar times, read in UTC (`zone: 'utc'`, the sort order, the same
 * everywhere) or in the reader's time zone (`'local'`, the "now" split).
 */
export function startOf(d: PartialDate, zone: 'utc' | 'local' = 'local'): number {
  if (d.precision === 'datetime' && d.offset) return Date.parse(d.iso);
  return ms(zone, d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
}

/** The first instant after a date's period (a year: 1 January of the next; a date-time: the instant itself). */
export function endOf(d: PartialDate, zone: 'utc' | 'local' = 'local'): number {
  if (d.precision === 'datetime') return startOf(d, zone);
  const m = (d.month ?? 1) - 1;
  return d.precision === 'year'
    ? ms(zone, d.year + 1)
    : d.precision === 'month'
      ? ms(zone, d.year, m + 1)
      : ms(zone, d.year, m, d.day! + 1);
}

/**
 * Whether an entry is still to come at `now`: until its period is over. A day counts until the
 * day ends, a month until the month ends, a year until the year ends, a range until its end's
 * period ends (so an entry under way is upcoming), a date-time until that time; dates are
 * calendar dates in the reader's time zone, date-times with an offset are instants.
 */
export function isUpcoming(entry: TimelineEntry, now: Date): boolean {
  return now.getTime() < endOf(entry.end ?? entry.date);
}

/** Whether an entry is under way at `now`: it has begun and is still upcoming (see `isUpcoming`). */
export function isOngoing(entry: TimelineEntry, now: Date): boolean {
  return startOf(entry.date) <= now.getTime() && isUpcoming(entry, now);
}

/**
 * Where the "today" marker goes in entries that are oldest first: after the last entry that is
 * over (`!isUpcoming`). Every entry from that index on is upcoming; the entries before it are
 * over, or began before them and are still under way (a programme for 2019–2021 in 2020).
 * 0: everything is upcoming; `entries.length`: everything is over.
 */
export function todayIndex(entries: readonly TimelineEntry[], now: Date): number {
  for (let i = entries.length - 1; i >= 0; i--) if (!isUpcoming(entries[i], now)) return i + 1;
  return 0;
}

/** The entries of a timeline split at the "today" marker (see `todayIndex`): `past` before it, `upcoming` from it. */
export function splitAtToday(
  t: Timeline,
  now: Date,
): { readonly past: readonly TimelineEntry[]; readonly upcoming: readonly TimelineEntry[] } {
  const i = todayIndex(t.entries, now);
  return { past: t.entries.slice(0, i), upcoming: t.entries.slice(i) };
}

/** Every upcoming entry of a timeline, those shown within an agreement (`related`) included, oldest first: what "all upcoming events" puts in one calendar file. */
export function upcomingEntries(t: Timeline, now: Date): TimelineEntry[] {
  const all = t.entries.flatMap((e) => [e, ...(e.related ?? [])]);
  return all.filter((e) => isUpcoming(e, now)).sort(byTime);
}

type Timed = Pick<TimelineEntry, 'date' | 'kind'>;

/** The order of entries: by start (in UTC), the less precise date first, then agreement, event, news. */
export function byTime(a: Timed, b: Timed): number {
  return (
    startOf(a.date, 'utc') - startOf(b.date, 'utc') ||
    PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind]
  );
}
