import type { PartialDate } from './types.js';

/*
 * Single values of untrusted data, with no model around them: the URL policy and partial
 * ISO 8601 dates. The readers in parse.ts build on them; the card uses them for its links.
 */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?)?)?$/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const PLAIN = /^https?:\/\/([a-z\d]+(-[a-z\d]+)*\.)*[a-z][a-z\d]*(-[a-z\d]+)*(:\d{1,4})?([/?#][!-~]*)?$/i;
const CONTROL = /[\u0000-\u001f\u007f]/;

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
  const [h, min, s = 0] = /^T(\d\d):(\d\d)(?::(\d\d))?/.exec(time)!.slice(1).filter(Boolean).map(Number);
  const offset = /(Z|[+-]\d\d:\d\d)$/.exec(time)?.[1];
  return h > 23 || min > 59 || s > 59 || Number.isNaN(Date.parse(iso))
    ? undefined
    : { precision: 'datetime', year, month, day, hour: h, minute: min, ...(offset && { offset }), iso };
}

/**
 * Parses a range of partial dates written as one text: `2019–2021` (en or em dash, spaces
 * allowed), `2019-2021` (a hyphen between two years only), or an ISO 8601 interval
 * `2019-09-10/2019-09-12`. Each side is a partial date (see `parseDate`); whether the end comes
 * after the start is for the caller to check. `undefined` for anything else.
 */
export function parseDateRange(value: unknown): { readonly start: PartialDate; readonly end: PartialDate } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(text) ?? /^([^–—/]+?)\s*[–—/]\s*([^–—/]+)$/.exec(text);
  const [start, end] = m ? [parseDate(m[1]), parseDate(m[2])] : [];
  return start && end ? { start, end } : undefined;
}

/**
 * A URL as the widgets use it: `safeUrl`'s policy, and one that a browser can parse (`//[`
 * cannot); relative URLs resolved against `base` (the data's own URL, when it came from `src`)
 * or, without one, kept relative (to the page). `undefined` for anything else.
 */
export function resolveUrl(value: unknown, base?: string): string | undefined {
  const safe = safeUrl(value);
  if (!safe) return undefined;
  // An absolute http(s) URL with a plain host name (its last label not a number, so not an IPv4
  // address; no `--`, so no IDNA label), a port of four digits at most and printable ASCII after
  // it is one any browser parses, and is kept as written: no `new URL` for it.
  if (PLAIN.test(safe)) return safe;
  try {
    const resolved = new URL(safe, base ?? 'https://x.invalid/').href;
    return base && !SCHEME.test(safe) ? resolved : safe;
  } catch {
    return undefined;
  }
}
