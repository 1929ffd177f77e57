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

/** Reads one value at `path`; throws `Invalid` when it cannot. */
export type Reader<T> = (ctx: Context, value: unknown, path: string) => T;

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

/** The context of a nested document with a `lang` of its own (an announcement in a list): its plain strings are in that language; the warnings are shared. */
export function withLang(ctx: Context, obj: Json): Context {
  const given = own(obj, 'lang');
  return typeof given === 'string' && LANG_TAG.test(given) ? { ...ctx, lang: given } : ctx;
}

/** A text: a plain string (in the data's `lang`) or a map of language to string. */
export const text: Reader<LocalizedText> = (ctx, value, path) => anyText(ctx, value, path, false);

/** Like `text`, but empty is allowed (an image's `alt`: empty means decorative). */
export const altText: Reader<LocalizedText> = (ctx, value, path) => anyText(ctx, value, path, true);

export const id: Reader<string> = (_, value, path) => (hasText(value) ? value.trim() : fail(path, 'must be a non-empty text'));

export const url: Reader<string> = (ctx, value, path) =>
  resolveUrl(value, ctx.base) ?? fail(path, 'must be an http, https, mailto or relative URL');

export const date: Reader<PartialDate> = (_, value, path) =>
  parseDate(value) ?? fail(path, 'must be an ISO 8601 date (2000, 2020-05, 2019-09-11 or a date-time)');

export const object = (value: unknown, path: string): Json => (isObject(value) ? value : fail(path, 'must be an object'));

export const numberIn =
  (min: number, max: number): Reader<number> =>
  (_, value, path) =>
    typeof value === 'number' && value >= min && value <= max ? value : fail(path, `must be a number between ${min} and ${max}`);

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
