import type {
  Agreement,
  Announcement,
  Area,
  AreaItem,
  Article,
  City,
  Image,
  Issue,
  LocalizedText,
  ParseOptions,
  PartialDate,
  Partnership,
  Result,
} from './types.js';

/*
 * Untrusted JSON → typed model. Rules (kept in step with schema/announcement.schema.json,
 * which a test checks against this parser):
 * - a required field that is missing or invalid makes its item invalid; an invalid list item
 *   is left out with a warning; an invalid top-level announcement is an error;
 * - an optional field that is invalid is left out with a warning;
 * - unknown fields are ignored.
 * Plain functions rather than a class, so that a widget's bundle keeps only the readers it uses.
 */

type Json = Record<string, unknown>;

/** Thrown inside the parser only; turned into a warning at the nearest list or optional field, or into the error at the top. */
class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

/** The state of one parse: the language of plain strings, the base of relative URLs, the warnings. */
export interface Context {
  readonly lang: string;
  readonly base?: string;
  readonly warnings: Issue[];
}

/** Reads one value at `path`; throws `Invalid` when it cannot. */
export type Reader<T> = (ctx: Context, value: unknown, path: string) => T;

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?)?)?$/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const CONTROL = /[\u0000-\u001f\u007f]/;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of the data's own, never one inherited from `Object.prototype` (which another script may have set). */
const own = (obj: Json, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);
const hasText = (v: unknown): v is string => typeof v === 'string' && /\S/.test(v);
const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const fail = (path: string, message: string): never => {
  throw new Invalid(path, message);
};

/**
 * Checks a URL against the policy: http, https, mailto and relative URLs pass; anything else
 * (`javascript:`, `data:`, `vbscript:`, control characters) does not. Returns the URL without
 * surrounding spaces, or `undefined`.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || CONTROL.test(value)) return undefined;
  const url = value.trim();
  const scheme = SCHEME.exec(url)?.[1].toLowerCase();
  return url && (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') ? url : undefined;
}

/** Parses a partial ISO 8601 date (`2000`, `2020-05`, `2019-09-11`, a date-time) or a year number. */
export function parseDate(value: unknown): PartialDate | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  const m = typeof text === 'string' ? DATE.exec(text.trim()) : null;
  if (!m) return undefined;
  const [, y, mo, d, time] = m;
  const year = +y;
  if (mo === undefined) return { precision: 'year', year, iso: y };
  const month = +mo;
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { precision: 'month', year, month, iso: `${y}-${mo}` };
  const day = +d;
  if (day < 1 || day > new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate()) return undefined;
  if (time === undefined) return { precision: 'day', year, month, day, iso: `${y}-${mo}-${d}` };
  const iso = (text as string).trim();
  const [h, min, s = 0] = time.slice(1, 9).split(':').map(Number);
  return h > 23 || min > 59 || s > 59 || Number.isNaN(Date.parse(iso)) ? undefined : { precision: 'datetime', year, month, day, iso };
}

function warn(ctx: Context, e: unknown) {
  if (!(e instanceof Invalid)) throw e;
  ctx.warnings.push({ path: e.path, message: e.message });
}

/** An optional field: absent → undefined; invalid → a warning, undefined. */
export function optional<T>(ctx: Context, obj: Json, key: string, path: string, read: Reader<T>): T | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  try {
    return read(ctx, value, at(path, key));
  } catch (e) {
    warn(ctx, e);
    return undefined;
  }
}

/** A required field: absent or invalid → the item is invalid. */
export function required<T>(ctx: Context, obj: Json, key: string, path: string, read: Reader<T>): T {
  const value = own(obj, key);
  return value === undefined ? fail(at(path, key), 'is required') : read(ctx, value, at(path, key));
}

/**
 * The limits of what is read, so that no input makes a widget block the page (see the README,
 * "Security and limits"); what is beyond them is left out with a warning.
 */
export const LIMITS = {
  /** Entries of any list (items of an area, tags, paragraphs, links, …). */
  list: 10000,
  /** Areas of cooperation. */
  areas: 1000,
  /** Cities on a map. */
  cities: 1000,
  /** Characters of `bodyHtml` (the sanitiser's work grows with it). */
  bodyHtml: 200000,
} as const;

/** A list: absent → []; not a list → a warning, []; each invalid item left out with a warning. */
export function list<T>(ctx: Context, obj: Json, key: string, path: string, read: Reader<T>, max: number = LIMITS.list): T[] {
  const value = own(obj, key);
  const p = at(path, key);
  const out: T[] = [];
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    ctx.warnings.push({ path: p, message: 'must be a list' });
    return out;
  }
  // The length as given, but no more than the limit: a Proxy can claim any length.
  const length = Math.min(Number(value.length) || 0, max);
  if (value.length > max) ctx.warnings.push({ path: p, message: `has ${value.length} entries; only the first ${max} are read` });
  for (let i = 0; i < length; i++) {
    try {
      out.push(read(ctx, value[i], at(p, i)));
    } catch (e) {
      warn(ctx, e);
    }
  }
  return out;
}

function anyText(ctx: Context, value: unknown, path: string, emptyOk: boolean): LocalizedText {
  const ok = (v: unknown): v is string => hasText(v) || (emptyOk && v === '');
  if (ok(value)) return { [ctx.lang]: value };
  if (!isObject(value)) fail(path, 'must be a text or a map of language to text');
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value as Json)) {
    if (!LANG_TAG.test(lang)) ctx.warnings.push({ path: at(path, lang), message: 'is not a language tag' });
    else if (!ok(text)) ctx.warnings.push({ path: at(path, lang), message: 'must be a non-empty text' });
    else out[lang] = text;
  }
  return Object.keys(out).length ? out : fail(path, 'has no text in any language');
}

/** A text: a plain string (in the data's `lang`) or a map of language to string. */
export const text: Reader<LocalizedText> = (ctx, value, path) => anyText(ctx, value, path, false);

/** Like `text`, but empty is allowed (an image's `alt`: empty means decorative). */
export const altText: Reader<LocalizedText> = (ctx, value, path) => anyText(ctx, value, path, true);

export const id: Reader<string> = (_, value, path) => (hasText(value) ? value.trim() : fail(path, 'must be a non-empty text'));

/**
 * A URL as the widgets use it: `safeUrl`'s policy, and one that a browser can parse (`//[`
 * cannot); relative URLs resolved against `base` (the data's own URL, when it came from `src`)
 * or, without one, kept relative (to the page). `undefined` for anything else.
 */
export function resolveUrl(value: unknown, base?: string): string | undefined {
  const safe = safeUrl(value);
  if (!safe) return undefined;
  try {
    const resolved = new URL(safe, base ?? 'https://x.invalid/').href;
    return base && !SCHEME.test(safe) ? resolved : safe;
  } catch {
    return undefined;
  }
}

export const url: Reader<string> = (ctx, value, path) => resolveUrl(value, ctx.base) ?? fail(path, 'must be an http, https, mailto or relative URL');

export const date: Reader<PartialDate> = (_, value, path) =>
  parseDate(value) ?? fail(path, 'must be an ISO 8601 date (2000, 2020-05, 2019-09-11 or a date-time)');

export const object = (value: unknown, path: string): Json => (isObject(value) ? value : fail(path, 'must be an object'));

export const numberIn =
  (min: number, max: number): Reader<number> =>
  (_, value, path) =>
    typeof value === 'number' && value >= min && value <= max ? value : fail(path, `must be a number between ${min} and ${max}`);

const size: Reader<number> = (_, value, path) => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : fail(path, 'must be a positive whole number'));

const image: Reader<Image> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    src: required(ctx, o, 'src', path, url),
    alt: optional(ctx, o, 'alt', path, altText) ?? { [ctx.lang]: '' },
    width: optional(ctx, o, 'width', path, size),
    height: optional(ctx, o, 'height', path, size),
  };
};

export const city: Reader<City> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    id: required(ctx, o, 'id', path, id),
    name: required(ctx, o, 'name', path, text),
    lat: required(ctx, o, 'lat', path, numberIn(-90, 90)),
    lon: required(ctx, o, 'lon', path, numberIn(-180, 180)),
    country: optional(ctx, o, 'country', path, (_, v, p) =>
      typeof v === 'string' && /^[a-zA-Z]{2}$/.test(v) ? v.toUpperCase() : fail(p, 'must be an ISO 3166-1 alpha-2 code'),
    ),
    role: optional(ctx, o, 'role', path, (_, v, p) => (v === 'home' || v === 'partner' ? v : fail(p, 'must be "home" or "partner"'))) ?? 'partner',
    since: optional(ctx, o, 'since', path, date),
    url: optional(ctx, o, 'url', path, url),
    description: optional(ctx, o, 'description', path, text),
  };
};

/** An event or an agreement: a title with optional date, place, description and link. */
const dated: Reader<Agreement> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    title: required(ctx, o, 'title', path, text),
    date: optional(ctx, o, 'date', path, date),
    from: optional(ctx, o, 'from', path, date),
    to: optional(ctx, o, 'to', path, date),
    place: optional(ctx, o, 'place', path, text),
    description: optional(ctx, o, 'description', path, text),
    url: optional(ctx, o, 'url', path, url),
  };
};

const areaItem: Reader<AreaItem> = (ctx, value, path) =>
  isObject(value) && value.title !== undefined
    ? {
        title: required(ctx, value, 'title', path, text),
        description: optional(ctx, value, 'description', path, text),
        url: optional(ctx, value, 'url', path, url),
      }
    : { title: text(ctx, value, path) };

export const area: Reader<Area> = (ctx, value, path) => {
  const o = object(value, path);
  const title = required(ctx, o, 'title', path, text);
  return {
    id: optional(ctx, o, 'id', path, id) ?? slug(Object.values(title)[0]),
    title,
    items: list(ctx, o, 'items', path, areaItem),
    description: optional(ctx, o, 'description', path, text),
    icon: optional(ctx, o, 'icon', path, id),
  };
};

const partnership: Reader<Partnership> = (ctx, value, path) => {
  const o = object(value, path);
  return { cities: list(ctx, o, 'cities', path, id), agreements: list(ctx, o, 'agreements', path, dated) };
};

/** `"Socialna zaščita"` → `"socialna-zascita"` (letters of any script are kept). */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'area'
  );
}

/**
 * Runs a reader over the top level of the data. Never throws: any JSON value gives a model
 * (with warnings for what was left out) or an error that names the path.
 */
export function run<T>(json: unknown, options: ParseOptions | undefined, read: (ctx: Context, obj: Json) => T): Result<T> {
  const given = isObject(json) ? own(json, 'lang') : undefined;
  const lang = typeof given === 'string' && LANG_TAG.test(given) ? given : 'und';
  const ctx: Context = { lang, base: options?.base, warnings: [] };
  if (given !== undefined && lang === 'und') ctx.warnings.push({ path: 'lang', message: 'is not a language tag' });
  try {
    return { ok: true, value: read(ctx, object(json, '')), warnings: ctx.warnings };
  } catch (e) {
    const error =
      e instanceof Invalid
        ? { path: e.path, message: e.path ? `${e.path} ${e.message}` : 'The data must be a JSON object (an announcement)' }
        : { path: '', message: `The data could not be read: ${String(e)}` };
    return { ok: false, error, warnings: ctx.warnings };
  }
}

/** The article fields of an announcement: what `<city-news-card>` shows. */
export function readArticle(ctx: Context, o: Json): Article {
  return {
    id: optional(ctx, o, 'id', '', id),
    lang: ctx.lang === 'und' ? undefined : ctx.lang,
    published: optional(ctx, o, 'published', '', date),
    title: required(ctx, o, 'title', '', text),
    lead: optional(ctx, o, 'lead', '', text),
    body: list(ctx, o, 'body', '', text),
    bodyHtml: optional(ctx, o, 'bodyHtml', '', (c, v, p) => {
      const value = text(c, v, p);
      const long = Object.values(value).some((t) => t.length > LIMITS.bodyHtml);
      return long ? fail(p, `is longer than ${LIMITS.bodyHtml} characters`) : value;
    }),
    url: optional(ctx, o, 'url', '', url),
    image: optional(ctx, o, 'image', '', image),
    tags: list(ctx, o, 'tags', '', text),
  };
}

/** Parses the article part of an announcement (the card's view); the partnership fields are not read. */
export function parseArticle(json: unknown, options?: ParseOptions): Result<Article> {
  return run(json, options, readArticle);
}

/**
 * Parses a whole announcement. Never throws: any JSON value gives a model (with warnings for
 * the items left out) or an error that names the path. With `base`, relative URLs become absolute.
 */
export function parseAnnouncement(json: unknown, options?: ParseOptions): Result<Announcement> {
  return run(json, options, (ctx, o) => ({
    ...readArticle(ctx, o),
    cities: list(ctx, o, 'cities', '', city, LIMITS.cities),
    partnership: optional(ctx, o, 'partnership', '', partnership),
    areas: list(ctx, o, 'areas', '', area, LIMITS.areas),
    events: list(ctx, o, 'events', '', dated),
  }));
}

/** The areas of cooperation, from an announcement (its `areas`) or a bare array of areas. */
export interface AreaList {
  /** Language of the plain-string texts (from the announcement). */
  readonly lang?: string;
  readonly areas: readonly Area[];
}

/**
 * Parses the areas of cooperation: an announcement (only `areas` is read) or a bare array of
 * areas. Ids are made unique (`culture`, `culture-2`) so that each can be a URL hash.
 */
export function parseAreas(json: unknown, options?: ParseOptions): Result<AreaList> {
  const bare = Array.isArray(json);
  return run(bare ? { '': json } : json, options, (ctx, o) => {
    const seen = new Set<string>();
    // The next number to try per id: a thousand areas with one title stay linear.
    const next = new Map<string, number>();
    const areas = list(ctx, o, bare ? '' : 'areas', '', area, LIMITS.areas).map((a) => {
      let unique = a.id;
      if (seen.has(unique)) {
        let n = next.get(a.id) ?? 2;
        do unique = `${a.id}-${n++}`;
        while (seen.has(unique));
        next.set(a.id, n);
      }
      seen.add(unique);
      return unique === a.id ? a : { ...a, id: unique };
    });
    return { lang: ctx.lang === 'und' ? undefined : ctx.lang, areas };
  });
}

/** The cities of a partnership or a network, and the links to draw between them. */
export interface CityNetwork {
  readonly lang?: string;
  readonly cities: readonly City[];
  /** Pairs of city ids. Without `links` in the data: the home city to every other city. */
  readonly links: readonly (readonly [string, string])[];
}

/**
 * Parses the cities to map: an announcement (its `cities`), `{ cities, links? }`, or a bare
 * array of cities. A city with invalid coordinates, or a second city with the same id, is left
 * out with a warning; so is a link that names a city that is not there.
 */
export function parseCities(json: unknown, options?: ParseOptions): Result<CityNetwork> {
  const bare = Array.isArray(json);
  return run(bare ? { '': json } : json, options, (ctx, o) => {
    const ids = new Set<string>();
    let homes = 0;
    const readCity: Reader<City> = (c, v, p) => {
      const read = city(c, v, p);
      if (ids.has(read.id)) return fail(`${p}.id`, `repeats "${read.id}"`);
      ids.add(read.id);
      if (read.role !== 'home' || !homes++) return read;
      // One home city: a second one is drawn as a partner.
      c.warnings.push({ path: `${p}.role`, message: 'is a second "home"; this city is shown as a partner' });
      return { ...read, role: 'partner' as const };
    };
    const cities = list(ctx, o, bare ? '' : 'cities', '', readCity, LIMITS.cities);
    const link: Reader<[string, string]> = (c, v, p) => {
      const pair = Array.isArray(v) && v.length === 2 ? v.map((x, i) => id(c, x, `${p}[${i}]`)) : fail(p, 'must be a pair of city ids');
      const unknown = pair.find((x) => !ids.has(x));
      if (unknown !== undefined) return fail(p, `names "${unknown}", which is not among the cities`);
      return pair[0] === pair[1] ? fail(p, 'links a city to itself') : [pair[0], pair[1]];
    };
    const home = cities.find((c) => c.role === 'home');
    // An announcement's partnership names the cities it links: its home city (or the first
    // one named) with each of the others, partners since its first agreement unless said.
    const pact = bare || own(o, 'links') !== undefined ? undefined : optional(ctx, o, 'partnership', '', partnership);
    const named = (pact?.cities ?? []).filter((id, i) => ids.has(id) || (ctx.warnings.push({ path: `partnership.cities[${i}]`, message: `names "${id}", which is not among the cities` }), false));
    const hub = named.length > 1 ? (named.find((id) => id === home?.id) ?? named[0]) : home?.id;
    const first = pact?.agreements.flatMap((a) => (a.date ?? a.from ? [(a.date ?? a.from)!] : [])).sort((a, b) => (a.iso < b.iso ? -1 : 1))[0];
    const links =
      !bare && own(o, 'links') !== undefined
        ? list(ctx, o, 'links', '', link)
        : (named.length > 1 ? named : [...ids]).filter((id) => hub && id !== hub).map((id): [string, string] => [hub!, id]);
    return {
      lang: ctx.lang === 'und' ? undefined : ctx.lang,
      cities: first ? cities.map((c) => (c.since || c.id === hub || !named.includes(c.id) ? c : { ...c, since: first })) : cities,
      links,
    };
  });
}
