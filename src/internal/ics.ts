import type { PartialDate } from '../model/types.js';
import type { TimelineEntry } from '../model/timeline.js';
import { pick } from '../i18n/format.js';

/*
 * Calendar files (iCalendar, RFC 5545) for the timeline's upcoming entries, built in the
 * browser: no server, no third party. This module writes the text; the element wraps it in a
 * Blob (`text/calendar;charset=utf-8`) and a Blob URL, which it revokes itself.
 */

/** Options of `icsFor`. */
export interface IcsOptions {
  /** The language of the texts (SUMMARY, LOCATION, DESCRIPTION): the widget's language, with the usual fallbacks. */
  readonly lang: string;
  /** The language of the data's plain strings, tried after `lang` (the timeline's `lang`). */
  readonly fallback?: string;
  /** When the file is made: its DTSTAMP (written in UTC). */
  readonly now: Date;
  /** The PRODID: who made the file (`-//partner-city-widgets//timeline//EN`). */
  readonly prodId: string;
  /** The calendar's name, written as NAME (RFC 7986) and X-WR-CALNAME. */
  readonly calendarName?: string;
  /** What follows `@` in each UID (default `partner-city-widgets`): a host name, or the data's id, makes UIDs unique beyond one page. */
  readonly uidDomain?: string;
  /** The base of relative entry URLs (the page's URL); without one, a relative URL is not written (URL needs an absolute URI). */
  readonly base?: string;
}

/**
 * Whether an entry can be put in a calendar: its start is a month, a day or a date-time. A
 * year-precision entry (a protocol of 2000, a programme for 2019–2021) gets no calendar file:
 * an all-day event a year long would fill a reader's calendar with a span they cannot act on.
 */
export const hasCalendarDate = (entry: TimelineEntry): boolean => entry.date.precision !== 'year';

const CRLF = '\r\n';
const p2 = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDD` of a calendar day (`month` 1–12; a day past the month's end rolls over, as the next day after the last does). */
function day(year: number, month: number, dayOfMonth: number): string {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, dayOfMonth);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}`;
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utc(ms: number): string {
  const d = new Date(ms);
  return `${day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T${p2(d.getUTCHours())}${p2(d.getUTCMinutes())}${p2(d.getUTCSeconds())}Z`;
}

/** A date-time as iCalendar writes it: in UTC when it has an offset, floating (the reader's local time) when it has none. */
function dateTime(d: PartialDate): string {
  if (d.offset) return utc(Date.parse(d.iso));
  const seconds = /T\d\d:\d\d:(\d\d)/.exec(d.iso)?.[1] ?? '00';
  return `${day(d.year, d.month!, d.day!)}T${p2(d.hour ?? 0)}${p2(d.minute ?? 0)}${seconds}`;
}

/** The first day of a date's period, and the first day after it (DTEND of an all-day event is exclusive). */
const firstDay = (d: PartialDate) => day(d.year, d.month ?? 1, d.day ?? 1);
const dayAfter = (d: PartialDate) =>
  d.precision === 'year'
    ? day(d.year + 1, 1, 1)
    : d.precision === 'month'
      ? day(d.year, d.month! + 1, 1)
      : day(d.year, d.month!, d.day! + 1);

/** Escapes a TEXT value (RFC 5545 3.3.11): `\`, `;`, `,` and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line (RFC 5545 3.1): lines longer than 75 octets of UTF-8 are broken with
 * CRLF and a space, never inside a character; each continuation line, its leading space
 * included, is at most 75 octets too.
 */
export function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out += `${CRLF} `;
      size = 1;
    }
    out += ch;
    size += n;
  }
  return out;
}

function text(name: string, value: { text: string; lang: string }): string {
  const lang = value.lang !== 'und' && /^[A-Za-z0-9-]+$/.test(value.lang) ? `;LANGUAGE=${value.lang}` : '';
  return `${name}${lang}:${escapeText(value.text)}`;
}

function absolute(url: string, base?: string): string | undefined {
  try {
    const u = new URL(url, base);
    return /^(https?|mailto):$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function vevent(entry: TimelineEntry, o: IcsOptions, stamp: string): string[] {
  const { date, end } = entry;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${entry.id}@${o.uidDomain ?? 'partner-city-widgets'}`)}`, `DTSTAMP:${stamp}`];
  if (date.precision === 'datetime') {
    lines.push(`DTSTART:${dateTime(date)}`);
    // DTEND has DTSTART's value type: a date-time end only (a start with no end lasts no time).
    if (end?.precision === 'datetime') lines.push(`DTEND:${dateTime(end)}`);
  } else {
    // A day, a month or a range of them: all-day, from its first day to the day after its end.
    lines.push(`DTSTART;VALUE=DATE:${firstDay(date)}`, `DTEND;VALUE=DATE:${dayAfter(end && end.precision !== 'datetime' ? end : date)}`);
    lines.push('TRANSP:TRANSPARENT');
  }
  lines.push(text('SUMMARY', pick(entry.title, o.lang, o.fallback)));
  if (entry.place) lines.push(text('LOCATION', pick(entry.place, o.lang, o.fallback)));
  if (entry.description) lines.push(text('DESCRIPTION', pick(entry.description, o.lang, o.fallback)));
  const url = entry.url && absolute(entry.url, o.base);
  if (url) lines.push(`URL:${url}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An iCalendar file (RFC 5545) of one or many entries: a VCALENDAR (VERSION 2.0, PRODID,
 * CALSCALE GREGORIAN, METHOD PUBLISH, the name when given) with a VEVENT per entry that
 * `hasCalendarDate` (year-precision entries are left out; an entry given twice, by id, once):
 * UID `<entry id>@<uidDomain>`, DTSTAMP `now` in UTC; a day as an all-day DTSTART;VALUE=DATE
 * with DTEND the next day, a month as all-day from its first day to the first of the next, a
 * range from its start's first day to the day after its end; a date-time in UTC (from its
 * offset) or floating when it has none; SUMMARY, LOCATION, DESCRIPTION in `lang` (escaped, with
 * their LANGUAGE), URL when absolute. Lines end with CRLF and are folded at 75 octets.
 */
export function icsFor(entries: readonly TimelineEntry[], options: IcsOptions): string {
  const stamp = utc(options.now.getTime());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) {
    const name = escapeText(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!hasCalendarDate(entry) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    lines.push(...vevent(entry, options, stamp));
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
