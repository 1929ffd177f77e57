import type { PartialDate } from '../model/types.js';
import { handWritten } from './format.js';

/*
 * Partial dates and ranges of them in the widget's language, as the timeline shows them: a
 * date at its precision without the weekday ("10. september 2019", "maj 2020", "2000"), and a
 * range as CLDR's interval formats write it ("10.–12. september 2019", "May – June 2020",
 * "2019–2021"). sl, en and ru are written by hand, as format.ts writes single dates, so that
 * the first render starts no ICU (partial-date.test.ts compares them with Chromium's Intl over
 * many centuries); other languages use Intl's `format` and `formatRange`.
 *
 * Dates without a time are calendar dates (never shifted by a time zone); date-times are shown
 * in the reader's time zone, as `formatDate` shows them.
 */

type Lang = 'en' | 'sl' | 'ru';
type Precision = PartialDate['precision'];

/** The parts of a date a pattern uses: year, month name (nominative, genitive), day, and the time. */
interface Fields {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly L: string;
  readonly G: string;
  readonly h: number;
  readonly min: number;
}

/** The Date a partial date stands for, and whether it is read in UTC (a calendar date) or local time (a date-time). */
function toDate(date: PartialDate): { value: Date; utc: boolean } {
  if (date.precision === 'datetime') return { value: new Date(date.iso), utc: false };
  const value = new Date(0);
  value.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return { value, utc: true };
}

function fields(date: PartialDate, months: string): Fields {
  const { value, utc } = toDate(date);
  const [y, m, d] = utc
    ? [value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()]
    : [value.getFullYear(), value.getMonth(), value.getDate()];
  const L = months.split(' ')[m];
  return {
    y: y < 1 ? 1 - y : y, // Intl writes the year 0 (1 BC) as 1, without the era
    m,
    d,
    L,
    G: L.replace(/[ьй]?$/, (end) => (end ? 'я' : 'а')), // 10 сентября
    h: value.getHours(),
    min: value.getMinutes(),
  };
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** CLDR's patterns of a date without weekday, and of its intervals, as Chromium writes them. */
const OWN: Record<
  Lang,
  {
    readonly day: (f: Fields) => string;
    readonly month: (f: Fields) => string;
    /** Between the two ends of a range written in full (and of a range of mixed precision). */
    readonly sep: string;
    /** Between the date and the time of a date-time; between the two times of one day. */
    readonly at: string;
    readonly timeSep: string;
    readonly years: (a: Fields, b: Fields) => string;
    readonly monthsInYear?: (a: Fields, b: Fields) => string;
    readonly daysInMonth: (a: Fields, b: Fields) => string;
    readonly daysInYear: (a: Fields, b: Fields) => string;
  }
> = {
  en: {
    day: (f) => `${f.L} ${f.d}, ${f.y}`,
    month: (f) => `${f.L} ${f.y}`,
    sep: ' – ',
    at: ' at ',
    timeSep: ' – ',
    years: (a, b) => `${a.y} – ${b.y}`,
    monthsInYear: (a, b) => `${a.L} – ${b.L} ${b.y}`,
    daysInMonth: (a, b) => `${a.L} ${a.d} – ${b.d}, ${b.y}`,
    daysInYear: (a, b) => `${a.L} ${a.d} – ${b.L} ${b.d}, ${b.y}`,
  },
  sl: {
    day: (f) => `${f.d}. ${f.L} ${f.y}`,
    month: (f) => `${f.L} ${f.y}`,
    sep: '–',
    at: ' ob ',
    timeSep: '–',
    years: (a, b) => `${a.y}–${b.y}`,
    monthsInYear: (a, b) => `${a.L}–${b.L} ${b.y}`,
    daysInMonth: (a, b) => `${a.d}.–${b.d}. ${b.L} ${b.y}`,
    daysInYear: (a, b) => `${a.d}. ${a.L}–${b.d}. ${b.L} ${b.y}`,
  },
  ru: {
    day: (f) => `${f.d} ${f.G} ${f.y} г.`,
    month: (f) => `${f.L} ${f.y} г.`,
    sep: ' – ',
    at: ' в ',
    timeSep: '–',
    years: (a, b) => `${a.y}–${b.y}`,
    // (Russian writes both months in full, with their years, even within one year.)
    daysInMonth: (a, b) => `${a.d}–${b.d} ${b.G} ${b.y} г.`,
    daysInYear: (a, b) => `${a.d} ${a.G} – ${b.d} ${b.G} ${b.y} г.`,
  },
};

/**
 * The time of a date-time; in English with AM/PM unless `bare` (the first time of a range
 * within one half-day). `twoDigits`: the hour as `09` (Slovene and Russian ranges, as CLDR has them).
 */
function time(lang: Lang, f: Fields, bare = false, twoDigits = false): string {
  const minutes = `:${pad(f.min)}`;
  if (lang !== 'en') return (twoDigits ? pad(f.h) : f.h) + minutes;
  return `${f.h % 12 || 12}${minutes}${bare ? '' : f.h < 12 ? ' AM' : ' PM'}`;
}

function own(lang: Lang, date: PartialDate, f: Fields, inRange = false): string {
  const o = OWN[lang];
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return o.month(f);
  const day = o.day(f);
  return date.precision === 'day' ? day : `${day}${o.at}${time(lang, f, false, inRange)}`;
}

const intlFormats = new Map<string, Intl.DateTimeFormat>();
/** Intl's options for a precision: the same fields as the hand-written patterns. */
function intl(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let format = intlFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric', month: 'long', day: 'numeric' };
    if (precision === 'datetime') Object.assign(options, { hour: 'numeric', minute: '2-digit' });
    else options.timeZone = 'UTC';
    intlFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  }
  return format;
}

const ownLang = (lang: string): Lang | undefined => {
  const table = handWritten(lang);
  return table && (['en', 'sl', 'ru'] as const).find((l) => handWritten(l) === table);
};

/**
 * A date at its precision without the weekday, as the timeline writes it: a year `2000`; a
 * month `maj 2020` / `May 2020` / `май 2020 г.`; a day `10. september 2019` /
 * `September 10, 2019` / `10 сентября 2019 г.`; a date-time with its time in the reader's time
 * zone (`10. september 2019 ob 10:00`). (`formatDate` of format.ts writes a day with its weekday.)
 */
export function formatPartialDate(date: PartialDate, lang: string): string {
  if (date.precision === 'year') return String(date.year);
  const l = ownLang(lang);
  if (l) return own(l, date, fields(date, handWritten(l)![0]));
  return intl(lang, date.precision).format(toDate(date).value);
}

/**
 * A range of partial dates (`start` before `end`), as CLDR's interval formats write it: the
 * shared fields once (`10.–12. september 2019`, `September 10 – 12, 2019`, `10–12 сентября
 * 2019 г.`; `maj–junij 2020`; `2019–2021`). Two ends of different precision (a programme
 * signed on 10 September 2019, running to 2021) are both written in full, joined by the
 * language's dash (`10. september 2019–2021`). Ends that fall in the same period at their
 * precision give the single date. Languages other than sl, en and ru use Intl's `formatRange`.
 */
export function formatDateRange(start: PartialDate, end: PartialDate, lang: string): string {
  const l = ownLang(lang);
  if (start.precision !== end.precision) {
    const sep = l ? OWN[l].sep : ' – ';
    return `${formatPartialDate(start, lang)}${sep}${formatPartialDate(end, lang)}`;
  }
  if (!l) {
    const format = intl(lang, start.precision);
    const [a, b] = [toDate(start).value, toDate(end).value];
    return b < a ? format.format(a) : format.formatRange(a, b);
  }
  const o = OWN[l];
  const months = handWritten(l)![0];
  const [a, b] = [fields(start, months), fields(end, months)];
  const sameYear = a.y === b.y;
  const sameMonth = sameYear && a.m === b.m;
  const sameDay = sameMonth && a.d === b.d;
  switch (start.precision) {
    case 'year':
      return start.year === end.year ? String(start.year) : o.years({ ...a, y: start.year }, { ...b, y: end.year });
    case 'month':
      if (sameMonth) return o.month(a);
      return sameYear && o.monthsInYear ? o.monthsInYear(a, b) : `${o.month(a)}${o.sep}${o.month(b)}`;
    case 'day':
      if (sameDay) return o.day(a);
      return sameMonth ? o.daysInMonth(a, b) : sameYear ? o.daysInYear(a, b) : `${o.day(a)}${o.sep}${o.day(b)}`;
    default: {
      if (!sameDay) return `${own(l, start, a, true)}${o.sep}${own(l, end, b, true)}`;
      if (a.h === b.h && a.min === b.min) return own(l, start, a);
      // Within one day: the date once, then the two times (in English one AM/PM when both share it).
      const half = l === 'en' && a.h < 12 === b.h < 12;
      const two = l === 'ru'; // (Slovene writes the hour with one digit here, and with two between days)
      return `${o.day(a)}, ${time(l, a, half, two)}${o.timeSep}${time(l, b, false, two)}`;
    }
  }
}
