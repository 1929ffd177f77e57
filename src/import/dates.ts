/*
 * Dates as city articles write them, in Slovene, English and Russian: the date line above an
 * article ("sreda, 11. 9. 2019", "Wednesday, 11 September 2019", "среда, 11 сентября 2019 г.",
 * with or without a time "ob 13:54") and the dates inside its sentences ("10. septembra 2019",
 * "maja prihodnje leto"). Plain TypeScript: no DOM.
 */

/** A date read from the text: ISO 8601 at the precision the text gives. */
export interface FoundDate {
  /** `2019-09-11`, `2019-09-11T13:54`, `2020-05`. */
  readonly iso: string;
  /** A problem worth the editor's eye (a weekday that does not match the date). */
  readonly warning?: string;
}

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['januar', 'januarja', 'januarju', 'january', 'jan', 'январь', 'января', 'январе'],
  ['februar', 'februarja', 'februarju', 'february', 'feb', 'февраль', 'февраля', 'феврале'],
  ['marec', 'marca', 'marcu', 'march', 'mar', 'март', 'марта', 'марте'],
  ['april', 'aprila', 'aprilu', 'apr', 'апрель', 'апреля', 'апреле'],
  ['maj', 'maja', 'maju', 'may', 'май', 'мая', 'мае'],
  ['junij', 'junija', 'juniju', 'june', 'jun', 'июнь', 'июня', 'июне'],
  ['julij', 'julija', 'juliju', 'july', 'jul', 'июль', 'июля', 'июле'],
  ['avgust', 'avgusta', 'avgustu', 'august', 'aug', 'август', 'августа', 'августе'],
  ['september', 'septembra', 'septembru', 'sept', 'sep', 'сентябрь', 'сентября', 'сентябре'],
  ['oktober', 'oktobra', 'oktobru', 'october', 'oct', 'октябрь', 'октября', 'октябре'],
  ['november', 'novembra', 'novembru', 'nov', 'ноябрь', 'ноября', 'ноябре'],
  ['december', 'decembra', 'decembru', 'dec', 'декабрь', 'декабря', 'декабре'],
];
/** Abbreviations: accepted in a date line, not inside sentences (`mar`, `dec` may be words). */
const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);
const MONTHS = new Map<string, number>(MONTH_FORMS.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));

/** Weekdays, Sunday first (as `Date#getUTCDay`). */
const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  ['nedelja', 'sunday', 'sun', 'воскресенье'],
  ['ponedeljek', 'monday', 'mon', 'понедельник'],
  ['torek', 'tuesday', 'tue', 'tues', 'вторник'],
  ['sreda', 'wednesday', 'wed', 'среда'],
  ['četrtek', 'thursday', 'thu', 'thurs', 'четверг'],
  ['petek', 'friday', 'fri', 'пятница'],
  ['sobota', 'saturday', 'sat', 'суббота'],
];
const WEEKDAYS = new Map<string, number>(WEEKDAY_FORMS.flatMap((forms, i) => forms.map((f) => [f, i] as const)));

/** The month (1–12) a word names, or undefined; `inline` refuses abbreviations. */
export function monthOf(word: string, inline = false): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (inline && ABBREVIATIONS.has(w)) return undefined;
  return MONTHS.get(w);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the day exists in that month, else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const WORD = String.raw`\p{L}+\.?`;
const LABEL = String.raw`(?:(?:objavljeno|datum|published|date|posted|опубликовано|дата)\s*:\s*)?`;
const TIME = String.raw`(?:,?\s*(?:ob|at|в|um|kl\.)?\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(?:h|uri|ч\.?))?)?`;
const YEAR_TAIL = String.raw`(?:\s*(?:г\.|года|г|leta))?`;
// The date line's date: numeric (11. 9. 2019, 11.09.2019), ISO, day-month-year, month-day-year.
const HEADER_DATE = [
  String.raw`(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})`,
  String.raw`(\d{4})-(\d{2})-(\d{2})`,
  String.raw`(\d{1,2})\.?\s+(${WORD}),?\s+(\d{4})`,
  String.raw`(${WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`,
];
const HEADER = new RegExp(String.raw`^${LABEL}(?:(\p{L}+)\s*,?\s+)?(?:${HEADER_DATE.join('|')})${YEAR_TAIL}\.?${TIME}\.?$`, 'iu');

/**
 * Reads a whole line as a date line ("sreda, 11. 9. 2019", "Wednesday, 11 September 2019, at
 * 13:54", "среда, 11 сентября 2019 г."). Undefined when the line is anything else, or names a
 * day that does not exist.
 */
export function parseDateLine(line: string): FoundDate | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 80) return undefined;
  const m = HEADER.exec(text);
  if (!m) return undefined;
  const [, weekday, nd, nm, ny, iy, im, id, wd, wm, wy, mm, md, my, hour, minute] = m;
  let year: number;
  let month: number | undefined;
  let day: number;
  if (ny) [day, month, year] = [+nd, +nm, +ny];
  else if (iy) [year, month, day] = [+iy, +im, +id];
  else if (wy) [day, month, year] = [+wd, monthOf(wm), +wy] as [number, number | undefined, number];
  else [month, day, year] = [monthOf(mm), +md, +my] as [number | undefined, number, number];
  if (month === undefined) return undefined;
  const iso = isoDay(year, month, day);
  if (!iso) return undefined;
  let warning: string | undefined;
  if (weekday !== undefined) {
    const named = WEEKDAYS.get(weekday.toLowerCase());
    if (named === undefined) return undefined;
    const actual = new Date(`${iso}T12:00:00Z`).getUTCDay();
    if (named !== actual) warning = `"${weekday}" is not the weekday of ${iso}`;
  }
  const time = hour !== undefined ? `T${pad(+hour)}:${minute}` : '';
  return { iso: iso + time, warning };
}

/** A date named inside a sentence. */
export interface DateMention {
  /** The words as written ("10. septembra 2019", "maja prihodnje leto"). */
  readonly text: string;
  readonly index: number;
  /** The date when the words name one without doubt; undefined when they do not (no year, a relative year without a publication date). */
  readonly iso?: string;
  /** Why it is not a date without doubt. */
  readonly reason?: string;
}

const NEXT_YEAR = String.raw`prihodnje leto|prihodnjega leta|naslednje leto|naslednjega leta|next year|в следующем году|следующего года|в будущем году`;
const THIS_YEAR = String.raw`letos|this year|в этом году|этого года|tega leta`;
// A month name with what may stand around it: a day before (10. / 10 / the 10th), a year or a
// relative year after, or an English "September 10, 2019".
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2})\.?\s+)?(\p{L}+)(?:\s+(\d{1,2})(?:st|nd|rd|th)?,)?(?:\s+(\d{4})(?!\d)${YEAR_TAIL}|\s+(${NEXT_YEAR}|${THIS_YEAR}))?(?![\p{L}\d])`,
  'giu',
);
const NUMERIC = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g;
const NEXT = new RegExp(`^(?:${NEXT_YEAR})$`, 'i');
const ENGLISH = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Month names that are also common words in lower case. */
const VERBS = new Set(['may', 'march']);
const EN_MONTH_CUE = /\b(?:in|on|by|until|till|from|since|during|early|late|mid|before|after)\s+$/i;

/**
 * The dates named in a sentence or paragraph. `published` (an ISO date) resolves "next year" and
 * "this year". Without a year, or with a relative one and no publication date, a mention has no
 * `iso` and a `reason`: the caller reports it rather than guess.
 */
export function findDates(text: string, published?: string): DateMention[] {
  const found: DateMention[] = [];
  const pubYear = published ? +published.slice(0, 4) : undefined;
  for (const m of text.matchAll(NUMERIC)) {
    const iso = isoDay(+m[3], +m[2], +m[1]);
    if (iso) found.push({ text: m[0], index: m.index, iso });
  }
  for (const m of text.matchAll(MENTION)) {
    const [all, before, word, after, year, relative] = m;
    const month = monthOf(word, true);
    if (month === undefined) continue;
    const day = before ?? after;
    if (day === undefined && year === undefined && relative === undefined) {
      // A month alone: lower case in Slovene and Russian ("maja"); in English only after a cue
      // ("in May"); "may" and "march" are also words, a capitalised "Maja" may be a name.
      const lower = word === word.toLowerCase();
      const cue = EN_MONTH_CUE.test(text.slice(Math.max(0, m.index - 12), m.index)) && ENGLISH.has(word.toLowerCase());
      if (lower ? VERBS.has(word) : !cue) continue;
    }
    let resolvedYear: number | undefined = year !== undefined ? +year : undefined;
    let reason: string | undefined;
    if (relative !== undefined) {
      if (pubYear === undefined) reason = 'a relative year, and no date of publication to count from';
      else resolvedYear = NEXT.test(relative) ? pubYear + 1 : pubYear;
    } else if (resolvedYear === undefined) reason = 'no year';
    let iso: string | undefined;
    if (resolvedYear !== undefined) {
      iso = day !== undefined ? isoDay(resolvedYear, month, +day) : `${resolvedYear}-${pad(month)}`;
      if (!iso) reason = 'no such day';
    }
    found.push({ text: all.trim(), index: m.index, iso, reason });
  }
  return found.sort((a, b) => a.index - b.index);
}
