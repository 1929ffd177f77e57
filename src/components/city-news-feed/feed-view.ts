import { pick } from '../../i18n/format.js';
import { fold } from '../../internal/search.js';
import type { Announcement, LocalizedText } from '../../model/types.js';

/*
 * What <city-news-feed> shows of its items, as pure functions: the tags to filter by, the
 * search, the filtered list. No DOM and no Lit, so that a thousand items are filtered without
 * rendering them.
 */

/** A tag to filter by: its text (as first met, in the widget's language), how many items have it. */
export interface TagChoice {
  readonly text: string;
  readonly key: string;
  readonly count: number;
}

/** The most tag buttons shown (the most frequent tags); a `tag` attribute or hash may name any other. */
export const MAX_TAGS = 24;

/** A text of an item in the widget's language, else the item's own, else the first given. */
export const itemText = (value: LocalizedText | undefined, item: Announcement, lang: string, feedLang?: string) =>
  pick(value, lang, item.lang ?? feedLang);

/** The key a tag is compared by: case and diacritics folded, spaces trimmed. */
export const tagKey = (tag: string) => fold(tag.trim());

/** The tag keys of an item. */
export const tagKeys = (item: Announcement, lang: string, feedLang?: string): string[] =>
  item.tags.map((t) => tagKey(itemText(t, item, lang, feedLang).text));

/** Every tag of the items, most frequent first (then in the order met), at most `max`. */
export function tagChoices(items: readonly Announcement[], lang: string, feedLang?: string, max = MAX_TAGS): TagChoice[] {
  const found = new Map<string, { text: string; key: string; count: number; first: number }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const tag of item.tags) {
      const text = itemText(tag, item, lang, feedLang).text.trim();
      const key = tagKey(text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = found.get(key);
      if (entry) entry.count++;
      else found.set(key, { text, key, count: 1, first: found.size });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, max)
    .map(({ text, key, count }) => ({ text, key, count }));
}

/**
 * The searchable text of each item (title, lead, tags), folded once per data and language (no
 * match positions: the cards show their own text, unmarked).
 */
export function searchIndex(items: readonly Announcement[], lang: string, feedLang?: string): string[] {
  return items.map((item) => fold([item.title, item.lead, ...item.tags].map((t) => itemText(t, item, lang, feedLang).text).join('\n')));
}

/**
 * The items that have the tag (any, when `tag` is empty) and match the search (all, when the
 * query is blank), in the feed's order.
 */
export function filterItems(
  items: readonly Announcement[],
  options: { tag?: string; query?: string; lang: string; feedLang?: string; index?: () => readonly string[] },
): readonly Announcement[] {
  const key = options.tag ? tagKey(options.tag) : '';
  const q = fold(options.query?.trim() ?? '');
  if (!key && !q) return items;
  const index = q ? options.index!() : [];
  return items.filter((item, i) => (!key || tagKeys(item, options.lang, options.feedLang).includes(key)) && (!q || index[i].includes(q)));
}
