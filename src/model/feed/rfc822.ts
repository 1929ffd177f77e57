/*
 * RSS dates: RFC 822 as updated by RFC 2822 and RFC 5322 (`Wed, 11 Sep 2019 10:00:00 +0200`),
 * as feeds really write them: no weekday, no seconds, two-digit years, named zones, one-digit
 * days, any case. A date that is already ISO 8601 (some feeds write one) is taken as it is.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Named zones of RFC 822 (hours from UTC); the one-letter military zones count as unknown (-0000), as RFC 2822 says. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?)?$/i;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Turns an RSS date (RFC 822/2822: `Wed, 11 Sep 2019 10:00:00 +0200`, `11 Sep 19 10:00 GMT`,
 * `Sun, 1 Dec 2019 08:00:00 EST`) into ISO 8601 (`2019-09-11T10:00:00+02:00`), the form the
 * model's dates take; a date without a time gives a day (`2019-09-11`). Two-digit years are
 * 19xx from 50 on and 20xx below, as RFC 2822 says; a weekday is not checked; an unknown zone
 * is read as UTC. Returns `undefined` for anything it cannot read or for a date that does not
 * exist (31 April, 25:00).
 */
export function parseRfc822Date(value: string): string | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  if (ISO.test(text)) {
    // Some feeds write ISO 8601 in pubDate; the model's own check decides on it.
    const [date, time] = text.split(/[T ]/i);
    if (!time) return date;
    const m = /^(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(z|[+-]\d{2}:?\d{2})?$/i.exec(time);
    if (!m) return undefined;
    const zone = m[2] ? (m[2].toUpperCase() === 'Z' ? 'Z' : m[2].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${date}T${m[1]}${zone}`;
  }
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const [, d, mon, y, h, min, s, zone] = m;
  const month = MONTHS.indexOf(mon.toLowerCase()) + 1;
  if (!month) return undefined;
  const year = y.length === 2 ? (+y < 50 ? 2000 + +y : 1900 + +y) : +y;
  const day = +d;
  if (day < 1 || day > new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate()) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (h === undefined) return date;
  if (+h > 23 || +min > 59 || (s !== undefined && +s > 60)) return undefined;
  let offset = 'Z';
  if (zone && /^[+-]/.test(zone)) {
    const hh = +zone.slice(1, 3);
    const mm = +zone.slice(3, 5);
    if (hh > 23 || mm > 59) return undefined;
    offset = hh || mm ? `${zone[0]}${zone.slice(1, 3)}:${zone.slice(3, 5)}` : 'Z';
  } else if (zone) {
    const hours = ZONES[zone.toLowerCase()];
    if (hours) offset = `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
  }
  // A leap second (60) is kept within the minute.
  return `${date}T${pad(+h)}:${min}:${pad(Math.min(+(s ?? 0), 59))}${offset}`;
}
