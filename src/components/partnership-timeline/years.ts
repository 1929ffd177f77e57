import type { TimelineEntry } from '../../model/timeline.js';
import { started } from './dates.js';

// The structure of the timeline's list: its entries grouped in years, and where the "today"
// marker stands among them. Data only; the widget renders it.

/** An entry of the list, with its place among the timeline's entries (for its element id). */
export interface Item {
  readonly entry: TimelineEntry;
  readonly index: number;
}

/** A year of the list: its entries, and the today marker when it stands within that year. */
export interface Year {
  readonly year: number;
  readonly items: (Item | 'today')[];
}

/**
 * The rows of the list: years, and the today marker when it stands between two years. Today
 * stands after every entry that has begun at `now` (entries are oldest first by their start: an
 * entry under way stays before it, where its start puts it among the years), within the year of
 * its neighbours when they share it. `newest`: newest first.
 */
export function yearRows(entries: readonly TimelineEntry[], now: Date, newest: boolean): (Year | 'today')[] {
  const begun = entries.findIndex((e) => !started(e, now));
  const past = begun < 0 ? entries.length : begun;
  const indexed = entries.map((entry, index) => ({ entry, index }));
  const items: (Item | 'today')[] = [...indexed.slice(0, past), 'today', ...indexed.slice(past)];
  if (newest) items.reverse();
  const rows: (Year | 'today')[] = [];
  const todayYear = now.getFullYear();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const last = rows.at(-1);
    const group = last === 'today' ? undefined : last;
    if (item === 'today') {
      const next = items[i + 1];
      if (group && group.year === todayYear && (next === undefined || next === 'today' || next.entry.date.year === todayYear)) {
        group.items.push(item);
      } else if (next && next !== 'today' && next.entry.date.year === todayYear) {
        rows.push({ year: todayYear, items: [item] });
      } else rows.push(item);
    } else if (group?.year === item.entry.date.year) group.items.push(item);
    else rows.push({ year: item.entry.date.year, items: [item] });
  }
  return rows;
}
