import type { DatePrecision, LocalizedText, ParseOptions, PartialDate, Result } from './types.js';
import {
  date,
  fail,
  id,
  isObject,
  LIMITS,
  list,
  object,
  optional,
  own,
  required,
  run,
  text,
  url,
  withLang,
  type Context,
  type Json,
  type Reader,
} from './read.js';
import { dated } from './parse-partnership.js';
import { parseDate, parseDateRange } from './values.js';
import { endOf, startOf } from './timeline-time.js';
import { assemble, idText, type Draft } from './timeline-assemble.js';

/*
 * The model of `<partnership-timeline>`: agreements, events and news in time order, with partial
 * dates and ranges. Pure (no DOM): the element, the date formatting (i18n/partial-date.ts) and
 * the calendar files (internal/ics.ts) build on it.
 *
 * Dates are the model's `PartialDate` (types.ts): `precision` is `year`, `month`, `day` or
 * `datetime`; `iso` is the normalised ISO 8601 text for `<time datetime>`; a date-time also has
 * `hour`, `minute` and, when the data gave one, `offset` (`Z`, `+02:00`).
 */

export type { LocalizedText, PartialDate };
// Time on partial dates (the sort order, the "now" split): a module of its own.
export { endOf, isOngoing, isUpcoming, splitAtToday, startOf, todayIndex, upcomingEntries } from './timeline-time.js';

/** What an entry is: an agreement of the partnership, an event, or a news item (an announcement's publication). */
export type EntryKind = 'agreement' | 'event' | 'news';

/** How precise a date is (the model's `DatePrecision`). */
export type Precision = DatePrecision;

/** One entry of a timeline. */
export interface TimelineEntry {
  /**
   * Stable, unique within the timeline, fit for a URL fragment. An `id` in the data wins (letters,
   * digits, `.`, `_`, `~`, `-`); otherwise `<year>-<slug>`: the start's year, then the title
   * (in English when it has English, else in the data's language, else its first) in lower case,
   * without accents, words joined by `-`, cut at a word boundary to at most 32 characters
   * (`2019-programme-of-cooperation-between`). A second entry with the same id gets `-2`, then `-3`…
   */
  readonly id: string;
  readonly kind: EntryKind;
  /**
   * The sort key and the date shown: the start. For an agreement with both a `date` and a
   * period (`from`/`to`), the `date` (the signing: 10 September 2019), and the period is in `period`.
   */
  readonly date: PartialDate;
  /** The end of a range (`end`, `to`, or the second half of `2019–2021`); it begins after `date` begins (an end that does not is left out). */
  readonly end?: PartialDate;
  /**
   * The period an agreement covers (`from`/`to` of the data), when the data gives a `date` as
   * well: the programme signed on 10 September 2019 `date` for 2019–2021 `period`.
   */
  readonly period?: { readonly from?: PartialDate; readonly to?: PartialDate };
  readonly title: LocalizedText;
  readonly place?: LocalizedText;
  /** The description; for a news entry, the announcement's lead. */
  readonly description?: LocalizedText;
  /** A safe URL (http, https, mailto or relative, resolved against the data's URL). */
  readonly url?: string;
  /**
   * Events of the same calendar day as this agreement's `date` (a day or a date-time): the
   * signing itself, another event of the same visit. They are shown within the agreement, not
   * as entries of their own, so the seed gives three entries and loses nothing. Oldest first.
   */
  readonly related?: readonly TimelineEntry[];
}

/** Agreements, events and news of a partnership (or a network) in time order. */
export interface Timeline {
  /** Oldest first (by `date`; at the same start a coarser date first, then agreements, events, news; then as given). */
  readonly entries: readonly TimelineEntry[];
  /** The id of the data (an announcement's, or that of `{ "id", "entries" }`): the name of its calendar file. */
  readonly id?: string;
  /** The language of the data's plain strings (of the first announcement of a list), when it gave one. */
  readonly lang?: string;
}

/** A timeline with no entries: the widget shows its empty message. */
export const hasNoEntries = (t: Timeline): boolean => !t.entries.length;

/** Parses a partial ISO 8601 date: `2000`, `2020-05`, `2019-09-10`, `2019-09-10T10:00+03:00`. `undefined` when it is not one. */
export function parsePartialDate(text: string): PartialDate | undefined {
  return parseDate(text);
}

// ---------------------------------------------------------------------------------------------
// Reading

const KINDS: readonly EntryKind[] = ['agreement', 'event', 'news'];
const kind: Reader<EntryKind> = (_, value, path) =>
  KINDS.includes(value as EntryKind) ? (value as EntryKind) : fail(path, 'must be "agreement", "event" or "news"');
const entryId: Reader<string> = (ctx, value, path) => {
  const given = id(ctx, value, path);
  return /^[\p{L}\p{N}._~-]+$/u.test(given) ? given : fail(path, 'must be letters, digits, ".", "_", "~" or "-"');
};

const nameOf = (title: LocalizedText, lang: string) => {
  const t = idText(title, lang);
  return `"${t.length > 60 ? `${t.slice(0, 59)}…` : t}"`;
};

/** The fields of an agreement, an event or a bare entry that `dated` reads. */
const DATED_FIELDS = ['title', 'date', 'from', 'to', 'place', 'description', 'url'] as const;

/**
 * One agreement, event or bare entry: `dated`'s fields, plus `end`, `kind` and `id`, and a
 * `date` that may be a range (`2019–2021`). Without any valid date it is left out.
 */
const entry =
  (fixed?: EntryKind): Reader<Draft> =>
  (ctx, value, path) => {
    const o = object(value, path);
    const fields: Json = {};
    let range: ReturnType<typeof parseDateRange>;
    for (const key of DATED_FIELDS) {
      const v = own(o, key);
      if (key === 'date' && parseDate(v) === undefined && (range = parseDateRange(v))) continue;
      if (v !== undefined) fields[key] = v;
    }
    const d = dated(ctx, fields, path);
    const end = optional(ctx, o, 'end', path, date) ?? d.to ?? range?.end;
    const start =
      range?.start ??
      d.date ??
      d.from ??
      fail(path, `${nameOf(d.title, ctx.lang)} has no date (date or from): it cannot be placed in time`);
    let keep = end;
    if (end && endOf(end, 'utc') <= startOf(start, 'utc')) {
      ctx.warnings.push({
        path,
        message: `${nameOf(d.title, ctx.lang)} ends (${end.iso}) before it begins (${start.iso}): the end is left out`,
      });
      keep = undefined;
    } else if (end && startOf(end, 'utc') <= startOf(start, 'utc')) {
      // An end that begins with the start (`2020-05-01` to `2020-05`) adds nothing: no range.
      keep = undefined;
    }
    const period = d.date && (d.from || d.to) ? { ...(d.from && { from: d.from }), ...(d.to && { to: d.to }) } : undefined;
    return {
      kind: fixed ?? optional(ctx, o, 'kind', path, kind) ?? 'event',
      date: start,
      ...(keep && { end: keep }),
      ...(period && { period }),
      title: d.title,
      ...(d.place && { place: d.place }),
      ...(d.description && { description: d.description }),
      ...(d.url && { url: d.url }),
      given: optional(ctx, o, 'id', path, entryId),
      slugOf: idText(d.title, ctx.lang),
    };
  };

/** An announcement's publication as a news entry (in a list of announcements); `undefined` when it has no date. */
function news(ctx: Context, o: Json, path: string): Draft | undefined {
  const title = required(ctx, o, 'title', path, text);
  const published = optional(ctx, o, 'published', path, date);
  if (!published) {
    ctx.warnings.push({ path, message: `${nameOf(title, ctx.lang)} has no date of publication: it is not on the timeline as news` });
    return undefined;
  }
  const lead = optional(ctx, o, 'lead', path, text);
  const link = optional(ctx, o, 'url', path, url);
  return {
    kind: 'news',
    date: published,
    title,
    ...(lead && { description: lead }),
    ...(link && { url: link }),
    given: optional(ctx, o, 'id', path, entryId),
    slugOf: idText(title, ctx.lang),
  };
}

const looksLikeAnnouncement = (o: Json) =>
  own(o, 'date') === undefined &&
  own(o, 'from') === undefined &&
  ['published', 'partnership', 'events', 'areas', 'cities', 'body', 'lead'].some((k) => own(o, k) !== undefined);

/** Counts what was tried, so that "every entry was bad" can be told from "there were none". */
interface Tally {
  tried: number;
  /** Announcements read so far: the source of each one's entries. */
  announcements: number;
  /** The language of the first announcement of a list. */
  lang?: string;
}

function readAnnouncement(ctx: Context, o: Json, path: string, inList: boolean, tally: Tally): Draft[] {
  const c = withLang(ctx, o);
  const out: Draft[] = [];
  if (inList) {
    tally.lang ??= c.lang;
    tally.tried++;
    const n = news(c, o, path);
    if (n) out.push(n);
  }
  // The lists of every announcement share one limit (LIMITS.list entries in all), so that a list of announcements cannot multiply it.
  const read = (cc: Context, obj: Json, key: 'agreements' | 'events', pp: string, kind: EntryKind) => {
    const raw = own(obj, key);
    const max = Math.max(0, LIMITS.list - tally.tried);
    if (Array.isArray(raw)) tally.tried += Math.min(Number(raw.length) || 0, max);
    return list(cc, obj, key, pp, entry(kind), max);
  };
  const agreementsOf = optional(c, o, 'partnership', path, (cc, v, pp) => read(cc, object(v, pp), 'agreements', pp, 'agreement'));
  const events = read(c, o, 'events', path, 'event');
  const all = [...out, ...(agreementsOf ?? []), ...events];
  if (inList) for (const d of all) d.source = tally.announcements;
  tally.announcements++;
  return all;
}

function readItem(tally: Tally): Reader<Draft[]> {
  return (ctx, value, path) => {
    const o = object(value, path);
    if (looksLikeAnnouncement(o)) return readAnnouncement(ctx, o, path, true, tally);
    tally.tried++;
    return [entry()(withLang(ctx, o), o, path)];
  };
}

const NOT_A_TIMELINE = 'The data must be an announcement, a list of announcements or a list of timeline entries';

/**
 * Parses the data of `<partnership-timeline>`. Never throws. The data may be:
 * - an announcement: its `partnership.agreements` (kind `agreement`) and `events` (kind `event`);
 * - a list of announcements: the same, plus each one's publication (`published`, `title`,
 *   `lead`, `url`) as a `news` entry; an entry repeated by several announcements is kept once;
 * - a list of entries, or `{ "entries": [...] }`: `{ date, end?, from?, to?, title, place?,
 *   description?, url?, kind?, id? }` (kind `event` unless given). An item of a list with
 *   `published`, `partnership` or `events` and no `date` is read as an announcement;
 * - one entry (an object with `date` or `from` and none of an announcement's fields).
 *
 * Every date may be partial (`2000`, `2020-05`, `2019-09-10`, a date-time). A range is `from`
 * and `to`, `date` and `end`, or a `date` written as a range (`2019–2021`, `2019-2021`,
 * `2019-09-10/2019-09-12`). An entry without a usable date or title is left out with a warning
 * that names it; an end before the start is left out with a warning. When there were entries
 * and every one of them was left out, the result is an error; data with no entries at all gives
 * an empty timeline (`hasNoEntries`).
 */
export function parseTimeline(json: unknown, options?: ParseOptions): Result<Timeline> {
  const bare = Array.isArray(json);
  if (!bare && !isObject(json)) return { ok: false, error: { path: '', message: NOT_A_TIMELINE }, warnings: [] };
  const tally: Tally = { tried: 0, announcements: 0 };
  let firstLang: string | undefined;
  let ownId: string | undefined;
  const result = run(bare ? { '': json } : json, options, (ctx, o) => {
    let drafts: Draft[];
    if (bare || (Array.isArray(own(o, 'entries')) && !looksLikeAnnouncement(o))) {
      drafts = list(ctx, o, bare ? '' : 'entries', '', readItem(tally)).flat();
      firstLang = tally.lang ?? ctx.lang;
    } else if (!looksLikeAnnouncement(o) && (own(o, 'date') !== undefined || own(o, 'from') !== undefined)) {
      // One bare entry.
      tally.tried++;
      drafts = [entry()(ctx, o, '')];
      firstLang = ctx.lang;
    } else {
      drafts = readAnnouncement(ctx, o, '', false, tally);
      firstLang = ctx.lang;
    }
    const given = bare ? undefined : own(o, 'id');
    // (The data's id names its calendar file; an id unfit for a file name is not an error of the timeline.)
    if (typeof given === 'string' && /^[\p{L}\p{N}._~-]+$/u.test(given.trim())) ownId = given.trim();
    return drafts;
  });
  if (!result.ok) return result;
  const entries = assemble(result.value);
  if (!entries.length && tally.tried)
    return {
      ok: false,
      error: { path: '', message: `No entry of the timeline could be read (${tally.tried} tried; the warnings say why)` },
      warnings: result.warnings,
    };
  const lang = firstLang && firstLang !== 'und' ? firstLang : undefined;
  return { ok: true, value: { entries, ...(ownId && { id: ownId }), ...(lang && { lang }) }, warnings: result.warnings };
}
