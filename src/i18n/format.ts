import type { LocalizedText, PartialDate } from '../model/types.js';

// Intl objects are costly to create; a page with many widgets shares them.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.PluralRules>(key: string, create: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = create()));
  return value;
}

/** Picks the plural form of `n` for `lang` (Slovene has one/two/few/other, Russian one/few/many). */
export function plural(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = cached(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(n);
  // Russian "many" (5 абзацев) reads like "other"; tables may give either.
  return forms[rule] ?? forms.other;
}

/** How a full date is written: `numeric` as city sites do ("sreda, 11. 9. 2019"), `long` with the month name. */
export type DateStyle = 'numeric' | 'long';

/**
 * Formats a date at the precision it was given: a year as `2000`, a month as `maj 2020` /
 * `May 2020` / `май 2020 г.`, a day per `style`, a date-time with the time as well.
 */
export function formatDate(date: PartialDate, lang: string, style: DateStyle = 'numeric'): string {
  if (date.precision === 'year') return String(date.year);
  const utc = date.precision !== 'datetime';
  const value = utc ? new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)) : new Date(date.iso);
  if (utc) value.setUTCFullYear(date.year); // years below 100 are not 19xx
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { year: 'numeric', month: 'long' }
      : { weekday: 'long', year: 'numeric', month: style === 'long' ? 'long' : 'numeric', day: 'numeric' };
  if (date.precision === 'datetime') Object.assign(options, { hour: 'numeric', minute: '2-digit' });
  else options.timeZone = 'UTC';
  return cached(`date ${lang} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options)).format(value);
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
