import type {
  Agreement,
  Announcement,
  Area,
  AreaItem,
  City,
  Image,
  Issue,
  LocalizedText,
  ParseOptions,
  PartialDate,
  PartnershipEvent,
  Result,
} from './types.js';

/*
 * Untrusted JSON → typed model. Rules (kept in step with schema/announcement.schema.json,
 * which a test checks against this parser):
 * - a required field that is missing or invalid makes its item invalid; an invalid list item
 *   is left out with a warning; an invalid top-level announcement is an error;
 * - an optional field that is invalid is left out with a warning;
 * - unknown fields are ignored.
 */

type Json = Record<string, unknown>;

/** Thrown inside the parser only; turned into a warning or an error at the nearest list or at the top. */
class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?)?)?$/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const SAFE_SCHEMES = ['http', 'https', 'mailto'];
const CONTROL = /[\u0000-\u001f\u007f]/;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasText = (v: unknown): v is string => typeof v === 'string' && /\S/.test(v);
const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Checks a URL against the policy: http, https, mailto and relative URLs pass; anything else
 * (`javascript:`, `data:`, `vbscript:`, control characters) does not. Returns the URL without
 * surrounding spaces, or `undefined`.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || CONTROL.test(value)) return undefined;
  const url = value.trim();
  if (!url) return undefined;
  const scheme = SCHEME.exec(url)?.[1].toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.includes(scheme) ? url : undefined;
}

/** Parses a partial ISO 8601 date (`2000`, `2020-05`, `2019-09-11`, a date-time) or a year number. */
export function parseDate(value: unknown): PartialDate | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', year, iso: m[1] };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { precision: 'month', year, month, iso: `${m[1]}-${m[2]}` };
  const day = Number(m[3]);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (m[4] === undefined) return { precision: 'day', year, month, day, iso: `${m[1]}-${m[2]}-${m[3]}` };
  const iso = text.trim();
  const [h, min, s] = m[4].slice(1, 9).split(':').map(Number);
  if (h > 23 || min > 59 || (s ?? 0) > 59 || Number.isNaN(Date.parse(iso))) return undefined;
  return { precision: 'datetime', year, month, day, iso };
}

class Parsing {
  readonly warnings: Issue[] = [];

  constructor(
    readonly lang: string,
    readonly base?: string,
  ) {}

  warn(path: string, message: string) {
    this.warnings.push({ path, message });
  }

  /** Runs `read` on an optional field: absent → undefined; invalid → warning, undefined. */
  optional<T>(obj: Json, key: string, path: string, read: (v: unknown, p: string) => T): T | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    try {
      return read(value, at(path, key));
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      this.warn(e.path, e.message);
      return undefined;
    }
  }

  required<T>(obj: Json, key: string, path: string, read: (v: unknown, p: string) => T): T {
    const value = obj[key];
    if (value === undefined) throw new Invalid(at(path, key), 'is required');
    return read(value, at(path, key));
  }

  /** A list: absent → []; not a list → warning, []; each invalid item left out with a warning. */
  list<T>(obj: Json, key: string, path: string, read: (v: unknown, p: string) => T): T[] {
    const value = obj[key];
    if (value === undefined) return [];
    const p = at(path, key);
    if (!Array.isArray(value)) {
      this.warn(p, 'must be a list');
      return [];
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      try {
        out.push(read(item, at(p, i)));
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        this.warn(e.path, e.message);
      }
    });
    return out;
  }

  text = (value: unknown, path: string): LocalizedText => this.anyText(value, path, false);

  /** Like `text`, but the empty string is allowed (an image's `alt`: empty means decorative). */
  altText = (value: unknown, path: string): LocalizedText => this.anyText(value, path, true);

  private anyText(value: unknown, path: string, emptyOk: boolean): LocalizedText {
    const ok = (v: unknown): v is string => hasText(v) || (emptyOk && v === '');
    if (ok(value)) return { [this.lang]: value };
    if (!isObject(value)) throw new Invalid(path, 'must be a text or a map of language to text');
    const out: Record<string, string> = {};
    for (const [lang, text] of Object.entries(value)) {
      if (!LANG_TAG.test(lang)) this.warn(at(path, lang), 'is not a language tag');
      else if (!ok(text)) this.warn(at(path, lang), 'must be a non-empty text');
      else out[lang] = text;
    }
    if (!Object.keys(out).length) throw new Invalid(path, 'has no text in any language');
    return out;
  }

  id = (value: unknown, path: string): string => {
    if (!hasText(value)) throw new Invalid(path, 'must be a non-empty text');
    return value.trim();
  };

  url = (value: unknown, path: string): string => {
    const url = safeUrl(value);
    if (url === undefined) throw new Invalid(path, 'must be an http, https, mailto or relative URL');
    return this.base && !SCHEME.test(url) ? new URL(url, this.base).href : url;
  };

  date = (value: unknown, path: string): PartialDate => {
    const date = parseDate(value);
    if (!date) throw new Invalid(path, 'must be an ISO 8601 date (2000, 2020-05, 2019-09-11 or a date-time)');
    return date;
  };

  object(value: unknown, path: string): Json {
    if (!isObject(value)) throw new Invalid(path, 'must be an object');
    return value;
  }

  number(min: number, max: number) {
    return (value: unknown, path: string): number => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        throw new Invalid(path, `must be a number between ${min} and ${max}`);
      }
      return value;
    };
  }

  size = (value: unknown, path: string): number => {
    if (!Number.isInteger(value) || (value as number) < 1) throw new Invalid(path, 'must be a positive whole number');
    return value as number;
  };

  image = (value: unknown, path: string): Image => {
    const o = this.object(value, path);
    return {
      src: this.required(o, 'src', path, this.url),
      alt: this.optional(o, 'alt', path, this.altText) ?? { [this.lang]: '' },
      width: this.optional(o, 'width', path, this.size),
      height: this.optional(o, 'height', path, this.size),
    };
  };

  city = (value: unknown, path: string): City => {
    const o = this.object(value, path);
    const role = this.optional(o, 'role', path, (v, p) => {
      if (v !== 'home' && v !== 'partner') throw new Invalid(p, 'must be "home" or "partner"');
      return v;
    });
    return {
      id: this.required(o, 'id', path, this.id),
      name: this.required(o, 'name', path, this.text),
      lat: this.required(o, 'lat', path, this.number(-90, 90)),
      lon: this.required(o, 'lon', path, this.number(-180, 180)),
      country: this.optional(o, 'country', path, (v, p) => {
        if (typeof v !== 'string' || !/^[a-zA-Z]{2}$/.test(v)) throw new Invalid(p, 'must be an ISO 3166-1 alpha-2 code');
        return v.toUpperCase();
      }),
      role: role ?? 'partner',
      since: this.optional(o, 'since', path, this.date),
      url: this.optional(o, 'url', path, this.url),
      description: this.optional(o, 'description', path, this.text),
    };
  };

  agreement = (value: unknown, path: string): Agreement => {
    const o = this.object(value, path);
    return {
      title: this.required(o, 'title', path, this.text),
      date: this.optional(o, 'date', path, this.date),
      from: this.optional(o, 'from', path, this.date),
      to: this.optional(o, 'to', path, this.date),
      place: this.optional(o, 'place', path, this.text),
      url: this.optional(o, 'url', path, this.url),
    };
  };

  areaItem = (value: unknown, path: string): AreaItem => {
    if (!isObject(value) || value.title === undefined) return { title: this.text(value, path) };
    return {
      title: this.required(value, 'title', path, this.text),
      description: this.optional(value, 'description', path, this.text),
      url: this.optional(value, 'url', path, this.url),
    };
  };

  area = (value: unknown, path: string): Area => {
    const o = this.object(value, path);
    const title = this.required(o, 'title', path, this.text);
    return {
      id: this.optional(o, 'id', path, this.id) ?? slug(Object.values(title)[0]),
      title,
      items: this.list(o, 'items', path, this.areaItem),
      description: this.optional(o, 'description', path, this.text),
      icon: this.optional(o, 'icon', path, this.id),
    };
  };

  event = (value: unknown, path: string): PartnershipEvent => {
    const o = this.object(value, path);
    return {
      title: this.required(o, 'title', path, this.text),
      date: this.optional(o, 'date', path, this.date),
      place: this.optional(o, 'place', path, this.text),
      description: this.optional(o, 'description', path, this.text),
      url: this.optional(o, 'url', path, this.url),
    };
  };

  announcement = (o: Json): Announcement => ({
    id: this.optional(o, 'id', '', this.id),
    lang: this.lang === 'und' ? undefined : this.lang,
    published: this.optional(o, 'published', '', this.date),
    title: this.required(o, 'title', '', this.text),
    lead: this.optional(o, 'lead', '', this.text),
    body: this.list(o, 'body', '', this.text),
    bodyHtml: this.optional(o, 'bodyHtml', '', this.text),
    url: this.optional(o, 'url', '', this.url),
    image: this.optional(o, 'image', '', this.image),
    tags: this.list(o, 'tags', '', this.text),
    cities: this.list(o, 'cities', '', this.city),
    partnership: this.optional(o, 'partnership', '', (v, p) => {
      const po = this.object(v, p);
      return {
        cities: this.list(po, 'cities', p, this.id),
        agreements: this.list(po, 'agreements', p, this.agreement),
      };
    }),
    areas: this.list(o, 'areas', '', this.area),
    events: this.list(o, 'events', '', this.event),
  });
}

/** `"Mestno upravljanje in gospodarstvo"` → `"mestno-upravljanje-in-gospodarstvo"` (letters of any script kept). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'area'
  );
}

function run<T>(json: unknown, options: ParseOptions | undefined, read: (p: Parsing, o: Json) => T): Result<T> {
  const lang = isObject(json) && typeof json.lang === 'string' && LANG_TAG.test(json.lang) ? json.lang : 'und';
  const parsing = new Parsing(lang, options?.base);
  if (isObject(json) && json.lang !== undefined && lang === 'und') parsing.warn('lang', 'is not a language tag');
  try {
    if (!isObject(json)) throw new Invalid('', 'The data must be a JSON object (an announcement)');
    return { ok: true, value: read(parsing, json), warnings: parsing.warnings };
  } catch (e) {
    if (!(e instanceof Invalid)) {
      return { ok: false, error: { path: '', message: `The data could not be read: ${String(e)}` }, warnings: parsing.warnings };
    }
    return { ok: false, error: { path: e.path, message: e.path ? `${e.path} ${e.message}` : e.message }, warnings: parsing.warnings };
  }
}

/**
 * Parses an announcement. Never throws: any JSON value gives a model (with warnings for the
 * items left out) or an error that names the path. With `base`, relative URLs become absolute.
 */
export function parseAnnouncement(json: unknown, options?: ParseOptions): Result<Announcement> {
  return run(json, options, (p, o) => p.announcement(o));
}
