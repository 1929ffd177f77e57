import type { Announcement, Issue } from '../types.js';
import { parseAnnouncement } from '../parse.js';
import { isObject, own } from '../read.js';

/*
 * What every format shares: an entry of any feed becomes an announcement-shaped object, which
 * goes through the one validator of the library (`parseAnnouncement`); an entry it refuses is
 * left out with a warning that names it; the rest are sorted newest first.
 */

/** The most entries a feed is read with (see `MAX_FEED_ITEMS` in index.ts). */
export const MAX_ENTRIES = 5000;

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/** A language tag as the model takes it (`en-us` from RSS stays as given), or `undefined`. */
export const langTag = (value: unknown): string | undefined =>
  typeof value === 'string' && LANG_TAG.test(value.trim()) ? value.trim() : undefined;

/** One entry, ready for the validator: an announcement-shaped object, its path, its base URL. */
export interface Entry {
  /** `items[3]`, `item[3]`, `entry[3]`, `[3]`. */
  readonly path: string;
  readonly json: unknown;
  /** The base of its relative URLs (its `xml:base`, or the feed's URL). */
  readonly base?: string;
}

/** The formats a feed is read from (see index.ts). */
export type FeedFormat = 'announcements' | 'items' | 'json-feed' | 'rss' | 'atom';

/** What a format's reader found: the entries read so far and the feed's own fields. */
export interface FeedParts {
  readonly format: FeedFormat;
  readonly g: Gathered;
  readonly title?: string;
  readonly link?: string;
  readonly lang?: string;
}

/** The state of one feed read: the warnings so far. */
export interface Gathered {
  readonly items: Announcement[];
  readonly warnings: Issue[];
  /** The first reasons entries were refused, for the error when none could be read. */
  readonly refused: string[];
  /** How many entries there were. */
  count: number;
}

export const gathered = (): Gathered => ({ items: [], warnings: [], refused: [], count: 0 });

/** A short name of an entry for a warning: its title or id, if it has one that is text. */
function nameOf(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  for (const key of ['title', 'id']) {
    let v: unknown;
    try {
      v = own(json, key);
    } catch {
      continue; // a getter that throws: no name
    }
    if (typeof v === 'string' && /\S/.test(v)) {
      const t = v.replace(/\s+/g, ' ').trim();
      return t.length > 60 ? `${t.slice(0, 59)}…` : t;
    }
  }
  return undefined;
}

const join = (prefix: string, path: string) => (!path ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`);

/** Reads one entry through `parseAnnouncement`: kept, or left out with a warning naming it. */
export function add(g: Gathered, entry: Entry): void {
  g.count++;
  const r = parseAnnouncement(entry.json, { base: entry.base });
  for (const w of r.warnings) g.warnings.push({ path: join(entry.path, w.path), message: w.message });
  if (r.ok) {
    g.items.push(r.value);
    return;
  }
  // The path names the entry; the message its title or id, and why (the controller adds "(left out)").
  const why = r.error.path ? r.error.message : r.error.message.replace(/^The data /, '');
  const name = nameOf(entry.json);
  const message = name === undefined ? why : `"${name}": ${why}`;
  g.warnings.push({ path: entry.path, message });
  if (g.refused.length < 3) g.refused.push(`${entry.path} ${message}`);
}

/** Runs `read` for one entry: an exception (a hostile object's getter, say) leaves out that entry only, with a warning. */
export function guarded(g: Gathered, path: string, read: () => void): void {
  const before = g.count;
  try {
    read();
  } catch (e) {
    g.count = before + 1;
    const message = `could not be read (${String(e).slice(0, 200)})`;
    g.warnings.push({ path, message });
    if (g.refused.length < 3) g.refused.push(`${path} ${message}`);
  }
}

/** The time of an announcement for sorting, or NaN when it has no date. */
function time(a: Announcement): number {
  const iso = a.published?.iso;
  if (!iso) return NaN;
  // A year or a month sorts as its first day (UTC); a date-time as the instant it names.
  return Date.parse(a.published.precision === 'year' ? `${iso}-01-01` : a.published.precision === 'month' ? `${iso}-01` : iso);
}

/** Newest first; equal dates keep the feed's order; entries without a date come last, in order. */
export function newestFirst(items: readonly Announcement[]): Announcement[] {
  const keyed = items.map((a, i) => ({ a, i, t: time(a) }));
  keyed.sort((x, y) => {
    const xd = !Number.isNaN(x.t);
    const yd = !Number.isNaN(y.t);
    if (xd !== yd) return xd ? -1 : 1;
    return (xd && y.t !== x.t ? y.t - x.t : 0) || x.i - y.i;
  });
  return keyed.map((k) => k.a);
}

/** A warning for the entries beyond the limit. */
export function limitWarning(path: string, count: number): Issue {
  return { path, message: `has ${count} entries; only the first ${MAX_ENTRIES} are read` };
}

/** Plain text, shortened at a word to about `max` characters (a title made from a text). */
export function shorten(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
