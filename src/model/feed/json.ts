import type { ParseOptions } from '../types.js';
import { isObject, own, type Json } from '../read.js';
import { resolveUrl } from '../values.js';
import { readMarkup } from './html.js';
import { add, gathered, guarded, langTag, limitWarning, MAX_ENTRIES, shorten, type FeedParts, type Gathered } from './entries.js';

/*
 * The JSON formats: a list of announcements, `{ "items": [...] }` of announcements, and JSON
 * Feed 1.0/1.1 (https://jsonfeed.org/version/1.1), whose items are mapped to announcements.
 */

const JSON_FEED = 'https://jsonfeed.org/version/';

/** Whether a JSON value is a JSON Feed (its `version` names the spec). */
export const isJsonFeed = (json: Json): boolean => {
  const v = own(json, 'version');
  return typeof v === 'string' && v.startsWith(JSON_FEED);
};

const str = (o: Json, key: string): string | undefined => {
  const v = own(o, key);
  return typeof v === 'string' && /\S/.test(v) ? v.trim() : undefined;
};

/** Reads a list's entries (up to the limit) with `map`, into `g`. */
function entries(g: Gathered, list: unknown, path: string, map: (value: unknown, path: string) => void) {
  if (!Array.isArray(list)) {
    g.warnings.push({ path, message: 'must be a list' });
    return;
  }
  const length = Math.min(Number(list.length) || 0, MAX_ENTRIES);
  if (list.length > MAX_ENTRIES) g.warnings.push(limitWarning(path, list.length));
  for (let i = 0; i < length; i++) guarded(g, `${path}[${i}]`, () => map(list[i], `${path}[${i}]`));
}

/** With a language for its plain texts: the entry's own `lang`, else the feed's. */
const withLang = (value: unknown, lang: string | undefined): unknown =>
  lang && isObject(value) && own(value, 'lang') === undefined ? { ...value, lang } : value;

/** A JSON list of announcements. */
export function readArray(list: readonly unknown[], options?: ParseOptions): FeedParts {
  const g = gathered();
  entries(g, list, '', (value, path) => add(g, { path, json: value, base: options?.base }));
  return { format: 'announcements', g };
}

/** `{ "items": [...] }`: announcements, with the object's `title`, `link` (or `url`) and `lang`. */
export function readItems(o: Json, options?: ParseOptions): FeedParts {
  const g = gathered();
  const lang = langTag(own(o, 'lang'));
  entries(g, own(o, 'items'), 'items', (value, path) => add(g, { path, json: withLang(value, lang), base: options?.base }));
  return {
    format: 'items',
    g,
    title: str(o, 'title'),
    link: resolveUrl(own(o, 'link') ?? own(o, 'url'), options?.base),
    lang,
  };
}

/** JSON Feed content_text → paragraphs (split at blank lines). */
const paragraphs = (text: string | undefined) =>
  text
    ?.split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** One JSON Feed item as an announcement. */
function jsonFeedItem(item: unknown, feedLang: string | undefined, base: string | undefined): unknown {
  if (!isObject(item)) return item;
  const summary = str(item, 'summary');
  const contentText = str(item, 'content_text');
  const title = str(item, 'title') ?? (summary || contentText ? shorten(summary ?? contentText ?? '') : undefined);
  const idValue = own(item, 'id');
  const html = own(item, 'content_html');
  // Its relative links resolved against the feed's URL (a card shows it with no URL of its own).
  // Not its first image: the JSON formats read the same on a server (no DOMParser), where the
  // widget is rendered too; and JSON Feed names its image.
  const content = typeof html === 'string' && /\S/.test(html) ? readMarkup(html, base, { image: false }) : undefined;
  const given = own(item, 'image') ?? own(item, 'banner_image');
  const image = given !== undefined ? { src: given, alt: '' } : undefined;
  const tags = own(item, 'tags');
  return {
    lang: langTag(own(item, 'language')) ?? feedLang,
    id: typeof idValue === 'number' ? String(idValue) : idValue,
    title,
    lead: summary,
    body: paragraphs(contentText),
    bodyHtml: content ? content.html : html,
    url: own(item, 'url') ?? own(item, 'external_url'),
    published: own(item, 'date_published') ?? own(item, 'date_modified'),
    image,
    tags: Array.isArray(tags) ? tags.filter((t) => typeof t === 'string' && /\S/.test(t)) : tags,
  };
}

/** A JSON Feed (1.0 or 1.1). */
export function readJsonFeed(o: Json, options?: ParseOptions): FeedParts {
  const g = gathered();
  const lang = langTag(own(o, 'language'));
  const base = options?.base;
  entries(g, own(o, 'items') ?? [], 'items', (value, path) => add(g, { path, json: jsonFeedItem(value, lang, base), base }));
  return { format: 'json-feed', g, title: str(o, 'title'), link: resolveUrl(own(o, 'home_page_url'), base), lang };
}
