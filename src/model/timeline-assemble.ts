import type { LocalizedText, PartialDate } from './types.js';
import type { TimelineEntry } from './timeline.js';
import { slug } from './parse-areas.js';
import { byTime, PRECISION_RANK } from './timeline-time.js';

/*
 * The last step of parseTimeline (timeline.ts): the entries read from the data (drafts) become
 * the timeline's entries: duplicates of a list of announcements dropped, sorted, given their ids,
 * and the events of an agreement's day put within it.
 */

/** An entry before its id is made. */
export type Draft = Omit<TimelineEntry, 'id' | 'related'> & { readonly given?: string; readonly slugOf: string; source?: number };

/** The text an id is made from: English when there is English, else the data's language, else the first. */
export function idText(title: LocalizedText, lang: string): string {
  const keys = Object.keys(title);
  const key = keys.find((k) => /^en\b/i.test(k)) ?? keys.find((k) => k === lang) ?? keys[0];
  return title[key] ?? '';
}

function shortSlug(title: string): string {
  if (!/[\p{L}\p{N}]/u.test(title)) return 'entry';
  const words = slug(title).split('-');
  let out = words[0];
  for (const w of words.slice(1)) {
    if (out.length + 1 + w.length > 32) break;
    out += `-${w}`;
  }
  return out;
}

/** Ids, nesting, duplicates and order: the drafts of the whole input → the timeline's entries. */
export function assemble(drafts: readonly Draft[]): TimelineEntry[] {
  // The same entry repeated by another announcement of a list is kept once.
  const seen = new Map<string, number | undefined>();
  const unique = drafts.filter((d) => {
    if (d.source === undefined) return true;
    const key = JSON.stringify([d.kind, d.date.iso, d.end?.iso, d.slugOf]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, d.source);
    return first === undefined || first === d.source;
  });
  const sorted = [...unique].sort(byTime);
  const ids = new Set<string>();
  const next = new Map<string, number>();
  const made = new Map<Draft, string>();
  // Given ids first, so that a derived id never takes one the data gave.
  for (const d of sorted) {
    if (!d.given || ids.has(d.given)) continue;
    ids.add(d.given);
    made.set(d, d.given);
  }
  for (const d of sorted) {
    if (made.has(d)) continue;
    const base = d.given ?? `${String(d.date.year).padStart(4, '0')}-${shortSlug(d.slugOf)}`;
    let free = base;
    let n = next.get(base) ?? 2;
    while (ids.has(free)) free = `${base}-${n++}`;
    next.set(base, n);
    ids.add(free);
    made.set(d, free);
  }
  const finish = (d: Draft, related?: TimelineEntry[]): TimelineEntry => {
    const { kind, date, end, period, title, place, description, url } = d;
    return {
      id: made.get(d)!,
      kind,
      date,
      ...(end && { end }),
      ...(period && { period }),
      title,
      ...(place && { place }),
      ...(description && { description }),
      ...(url && { url }),
      ...(related?.length && { related }),
    };
  };
  // Events of the same day as an agreement's date go within the first such agreement.
  const within = new Map<Draft, TimelineEntry[]>();
  const top: Draft[] = [];
  const dayKey = (d: PartialDate) => (PRECISION_RANK[d.precision] >= 2 ? `${d.year}-${d.month}-${d.day}` : undefined);
  const hosts = new Map<string, Draft>();
  for (const d of sorted) {
    const key = d.kind === 'agreement' ? dayKey(d.date) : undefined;
    if (key && !hosts.has(key)) hosts.set(key, d);
  }
  for (const d of sorted) {
    const key = d.kind === 'event' && !d.end ? dayKey(d.date) : undefined;
    const host = key === undefined ? undefined : hosts.get(key);
    if (host) {
      if (!within.has(host)) within.set(host, []);
      within.get(host)!.push(finish(d));
    } else top.push(d);
  }
  return top.map((d) => finish(d, within.get(d)));
}
