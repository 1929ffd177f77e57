import type { Issue, LocalizedText, ParseOptions, PartialDate, Result } from './types.js';
import { parseDate, resolveUrl } from './values.js';

/*
 * The generic readers of untrusted JSON, which parse.ts builds the model with. Rules (kept in
 * step with schema/announcement.schema.json, which a test checks against the parser):
 * - a required field that is missing or invalid makes its item invalid; an invalid list item
 *   is left out with a warning; an invalid top-level announcement is an error;
 * - an optional field that is invalid is left out with a warning;
 * - unknown fields are ignored, and only the data's own fields are read;
 * - every list is read up to a limit (LIMITS).
 */

export type Json = Record<string, unknown>;

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

/** What a reader gives for a value that needs no path (no warning, no error); `undefined` for any other value. */
export type Quick<T> = (ctx: Context, value: unknown) => T | undefined;

/**
 * Reads one value at `path`; throws `Invalid` when it cannot. A reader with `quick` is first
 * asked through it, and the value's path is built only when `quick` gives `undefined`: a path
 * string for every field was the parser's largest cost on a page's first parse (#15,
 * bench/parse-micro.mjs).
 */
export type Reader<T> = ((ctx: Context, value: unknown, path: string) => T) & { quick?: Quick<T> };

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Data with nothing in it (`null`, `[]`, `{}`): every widget shows its empty message for it, not an error. */
export const isEmptyJson = (json: unknown): boolean =>
  json === null || (Array.isArray(json) && !json.length) || (isObject(json) && !Object.keys(json).length);
/** A field of the data's own, never one inherited from `Object.prototype` (which another script may have set). */
export const own = (obj: Json, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);
const hasText = (v: unknown): v is string => typeof v === 'string' && /\S/.test(v);
const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
export const fail = (path: string, message: string): never => {
  throw new Invalid(path, message);
};

/** A reader of one plain value: `check` reads it (`undefined` when it is invalid: then `message`, at the path). */
export const leaf = <T>(check: Quick<T>, message: string): Reader<T> =>
  Object.assign((ctx: Context, value: unknown, path: string) => check(ctx, value) ?? fail(path, message), { quick: check });

/** `read` on the value of `key` (or index) under `path`, through its `quick` when it has one. */
const readAt = <T>(ctx: Context, value: unknown, path: string, key: string | number, read: Reader<T>): T =>
  read.quick?.(ctx, value) ?? read(ctx, value, at(path, key));

function warn(ctx: Context, e: unknown) {
  if (!(e instanceof Invalid)) throw e;
  ctx.warnings.push({ path: e.path, message: e.message });
}

/** An optional field: absent → undefined; invalid → a warning, undefined. */
export function optional<T>(ctx: Context, obj: Json, key: string, path: string, read: Reader<T>): T | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  try {
    return readAt(ctx, value, path, key, read);
  } catch (e) {
    warn(ctx, e);
    return undefined;
  }
}

/** A required field: absent or invalid → the item is invalid. */
export function required<T>(ctx: Context, obj: Json, key: string, path: string, read: Reader<T>): T {
  const value = own(obj, key);
  return value === undefined ? fail(at(path, key), 'is required') : readAt(ctx, value, path, key, read);
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
      out.push(readAt(ctx, value[i], p, i, read));
    } catch (e) {
      warn(ctx, e);
    }
  }
  return out;
}

// A function of its own, not a closure made in every call of anyText (which runs for every text of the data).
const textOk = (v: unknown, emptyOk: boolean): v is string => hasText(v) || (emptyOk && v === '');

function anyText(ctx: Context, value: unknown, path: string, emptyOk: boolean): LocalizedText {
  if (textOk(value, emptyOk)) return { [ctx.lang]: value };
  if (!isObject(value)) fail(path, 'must be a text or a map of language to text');
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value as Json)) {
    if (!LANG_TAG.test(lang)) ctx.warnings.push({ path: at(path, lang), message: 'is not a language tag' });
    else if (!textOk(text, emptyOk)) ctx.warnings.push({ path: at(path, lang), message: 'must be a non-empty text' });
    else out[lang] = text;
  }
  return Object.keys(out).length ? out : fail(path, 'has no text in any language');
}

/** The context of a nested document with a `lang` of its own (an announcement in a list): its plain strings are in that language; the warnings are shared. */
export function withLang(ctx: Context, obj: Json): Context {
  const given = own(obj, 'lang');
  return typeof given === 'string' && LANG_TAG.test(given) ? { ...ctx, lang: given } : ctx;
}

/** A text: a plain string (in the data's `lang`) or a map of language to string. */
export const text: Reader<LocalizedText> = /* @__PURE__ */ Object.assign(
  (ctx: Context, value: unknown, path: string) => anyText(ctx, value, path, false),
  {
    quick: (ctx: Context, value: unknown) => (hasText(value) ? { [ctx.lang]: value } : undefined),
  },
);

/** Like `text`, but empty is allowed (an image's `alt`: empty means decorative). */
export const altText: Reader<LocalizedText> = (ctx, value, path) => anyText(ctx, value, path, true);

export const id = /* @__PURE__ */ leaf((_, value) => (hasText(value) ? value.trim() : undefined), 'must be a non-empty text');

export const url = /* @__PURE__ */ leaf((ctx, value) => resolveUrl(value, ctx.base), 'must be an http, https, mailto or relative URL');

export const date: Reader<PartialDate> = /* @__PURE__ */ leaf(
  (_, value) => parseDate(value),
  'must be an ISO 8601 date (2000, 2020-05, 2019-09-11 or a date-time)',
);

export const object = (value: unknown, path: string): Json => (isObject(value) ? value : fail(path, 'must be an object'));

export const numberIn = (min: number, max: number): Reader<number> =>
  leaf(
    (_, value) => (typeof value === 'number' && value >= min && value <= max ? value : undefined),
    `must be a number between ${min} and ${max}`,
  );

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
