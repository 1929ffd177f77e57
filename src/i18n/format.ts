import type { LocalizedText, PartialDate } from '../model/types.js';

// The first Intl.DateTimeFormat (or NumberFormat) of a page costs ~25 ms of ICU start-up. The
// languages of every bundle (en, sl, ru) are written here without Intl: plural rules and date
// patterns from CLDR, identical to what Chromium's Intl writes (format.test.ts compares them for
// every month, day, precision and century, and the plural rules for 0…1000). Other languages,
// and what the hand-written rules do not cover, use Intl: one object per language and kind, shared.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, create: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = create()));
  return value;
}

type PluralRule = (i: number) => Intl.LDMLPluralRule;
// CLDR's rules for integers (i ≥ 0; v = 0).
const PLURALS: Record<string, PluralRule> = {
  en: (i) => (i === 1 ? 'one' : 'other'),
  sl: (i) => ((i %= 100) === 1 ? 'one' : i === 2 ? 'two' : i === 3 || i === 4 ? 'few' : 'other'),
  ru: (i) => {
    const [a, b] = [i % 10, i % 100];
    return a === 1 && b !== 11 ? 'one' : a > 1 && a < 5 && (b < 12 || b > 14) ? 'few' : 'many';
  },
};

/** Picks the plural form of `n` for `lang` (Slovene has one/two/few/other, Russian one/few/many). */
export function plural(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const own = Number.isSafeInteger(n) ? PLURALS[lang.toLowerCase().split('-')[0]] : undefined;
  const rule = own ? own(Math.abs(n)) : cached(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(n);
  // Russian "many" (5 абзацев) reads like "other"; tables may give either.
  return forms[rule] ?? forms.other;
}

/** How a full date is written: `numeric` as city sites do ("sreda, 11. 9. 2019"), `long` with the month name. */
export type DateStyle = 'numeric' | 'long';

/*
 * CLDR's gregorian patterns of en, sl and ru, as Chromium's Intl writes them: the month names,
 * the weekday names, then the patterns of a month, a numeric day and a long day (L a month's name,
 * G its genitive, M its number, N two digits of it, d the day, D two digits of it, E the
 * weekday, y the year), and what stands before the time of a long day (a numeric day's is ", ").
 * A plain literal, so that a widget without dates drops it.
 */
const DATES: Record<string, readonly string[]> = {
  en: [
    'January February March April May June July August September October November December',
    'Sunday Monday Tuesday Wednesday Thursday Friday Saturday',
    'L y',
    'E, M/d/y',
    'E, L d, y',
    ' at ',
  ],
  sl: [
    'januar februar marec april maj junij julij avgust september oktober november december',
    'nedelja ponedeljek torek sreda četrtek petek sobota',
    'L y',
    'E, d. M. y',
    'E, d. L y',
    ' ob ',
  ],
  ru: [
    'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
    'воскресенье понедельник вторник среда четверг пятница суббота',
    'L y г.',
    'E, D.N.y',
    'E, d G y г.',
    ' в ',
  ],
};
const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** The hand-written date patterns of `lang` (en, sl, ru; en-US, sl-SI and ru-RU are written as their language), or `undefined`: Intl's. */
export const handWritten = (lang: string): readonly string[] | undefined =>
  DATES[lang.toLowerCase().replace(/^(en-us|sl-si|ru-ru)$/, (tag) => tag.slice(0, 2))];

/**
 * Formats a date at the precision it was given: a year as `2000`, a month as `maj 2020` /
 * `May 2020` / `май 2020 г.`, a day per `style`, a date-time with the time as well (in the
 * reader's time zone).
 */
export function formatDate(date: PartialDate, lang: string, style: DateStyle = 'numeric'): string {
  if (date.precision === 'year') return String(date.year);
  const utc = date.precision !== 'datetime';
  const value = utc ? new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)) : new Date(date.iso);
  if (utc) value.setUTCFullYear(date.year); // years below 100 are not 19xx
  const long = style === 'long';
  const own = handWritten(lang);
  if (own) {
    const get = (field: 'FullYear' | 'Month' | 'Date' | 'Day') => value[`get${utc ? 'UTC' : ''}${field}`]();
    const [y, m, d, h] = [get('FullYear'), get('Month'), get('Date'), value.getHours()];
    const month = own[0].split(' ')[m];
    const fields: Record<string, string | number> = {
      L: month,
      G: month.replace(/[ьй]?$/, (end) => (end ? 'я' : 'а')), // 11 сентября
      M: m + 1,
      N: pad(m + 1),
      d,
      D: pad(d),
      E: own[1].split(' ')[get('Day')],
      y: y < 1 ? 1 - y : y, // Intl writes the year 0 (1 BC) as 1, without the era
    };
    const text = own[date.precision === 'month' ? 2 : long ? 4 : 3].replace(/[LGMNdDEy]/g, (c) => String(fields[c]));
    if (utc) return text;
    const minutes = `:${pad(value.getMinutes())}`;
    return `${text}${long ? own[5] : ', '}${own === DATES.en ? `${h % 12 || 12}${minutes} ${h < 12 ? 'AM' : 'PM'}` : h + minutes}`;
  }
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { year: 'numeric', month: 'long' }
      : { weekday: 'long', year: 'numeric', month: long ? 'long' : 'numeric', day: 'numeric' };
  if (date.precision === 'datetime') Object.assign(options, { hour: 'numeric', minute: '2-digit' });
  else options.timeZone = 'UTC';
  return cached(
    `date ${lang} ${date.precision === 'month' ? 'month' : date.precision + style}`,
    () => new Intl.DateTimeFormat(lang, options),
  ).format(value);
}

/**
 * The text of a localised value in `lang`: the exact tag, then its base language, then the
 * announcement's language, then the first one given; with the language it is in (`und` for a
 * plain string of data without `lang`).
 */
export function pick(text: LocalizedText | undefined, lang: string, fallback?: string): { text: string; lang: string } {
  if (!text) return { text: '', lang };
  // The common case first: the exact tag is there.
  if (Object.hasOwn(text, lang)) return { text: text[lang], lang };
  const base = lang.split('-')[0];
  const keys = Object.keys(text);
  const match = (tag: string) => keys.find((k) => k.toLowerCase() === tag.toLowerCase());
  const key =
    match(lang) ??
    match(base) ??
    keys.find((k) => k.split('-')[0].toLowerCase() === base.toLowerCase()) ??
    (fallback !== undefined ? match(fallback) : undefined) ??
    keys[0];
  return key === undefined ? { text: '', lang } : { text: text[key], lang: key };
}

/** The text of a localised value in `lang` (see `pick`). */
export function localize(text: LocalizedText | undefined, lang: string, fallback?: string): string {
  return pick(text, lang, fallback).text;
}

/** Whether two language tags name the same language (`sl` and `sl-SI`); `und` is no language. */
export function sameLanguage(a: string, b: string): boolean {
  return a === 'und' || a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();
}
