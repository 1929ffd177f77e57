import type { Announcement, Issue, ParseOptions, Parser, Result } from '../types.js';
import { isObject } from '../read.js';
import { MAX_JSON_BYTES } from '../load.js';
import { MAX_ENTRIES, newestFirst, type FeedFormat, type FeedParts } from './entries.js';
import { isJsonFeed, readArray, readItems, readJsonFeed } from './json.js';
import { readXml } from './xml.js';

/**
 * # Feeds: any list of news as announcements (`<city-news-feed>`'s model, issue #18)
 *
 * `parseFeed` takes a JSON value or the text of a feed (XML or JSON) and gives a {@link Feed}:
 * its entries as {@link Announcement}s, newest first. Like every parser of the library it never
 * throws: any input gives a feed (with warnings for what was left out) or an error.
 *
 * ## Formats, detected from the content (a content type is never needed)
 *
 * | Input | `format` |
 * | --- | --- |
 * | a JSON list of announcements (`[{ "title": … }, …]`) | `announcements` |
 * | a single announcement object (`{ "title": … }`, e.g. the demo's seed article) | `announcements` (one item) |
 * | `{ "items": [ announcements ], "title"?, "link"?, "lang"? }` | `items` |
 * | JSON Feed 1.0/1.1 (an object whose `version` starts `https://jsonfeed.org/version/`) | `json-feed` |
 * | XML whose root is `<rss>` (RSS 2.0, also 0.9x) or `<rdf:RDF>` (RSS 1.0) | `rss` |
 * | XML whose root is Atom 1.0's `<feed>` | `atom` |
 *
 * Text is read as XML when its first character (after a byte-order mark and spaces) is `<`, as
 * JSON when it is `{` or `[`; anything else is an error.
 *
 * ## How an entry becomes an announcement
 *
 * Every entry goes through `parseAnnouncement` (the validator of every widget), so the same rules
 * hold: URLs only http(s), mailto or relative (a `javascript:` link or image is left out with a
 * warning), relative URLs resolved against the feed's URL (`options.base`), dates as partial ISO
 * 8601. An entry the validator refuses (no title) is left out with a warning that names it
 * (`item[3]`, `"Its title": title is required`), and the others show. A feed whose **every** entry
 * is refused is an error, not an empty list; a feed with no entries is a valid, empty feed
 * ({@link hasNoItems}).
 *
 * | Announcement | RSS 2.0 / 1.0 | Atom 1.0 | JSON Feed |
 * | --- | --- | --- | --- |
 * | `title` | `title` (else a shortened `description` text) | `title` (text, html or xhtml → text) | `title` (else a shortened `summary`/`content_text`) |
 * | `url` | `link`, else a permalink `guid` | `link rel="alternate"` (or no `rel`) | `url`, else `external_url` |
 * | `id` | `guid` | `id` | `id` |
 * | `published` | `pubDate` (RFC 822, see {@link parseRfc822Date}), else `dc:date` | `published`, else `updated` | `date_published`, else `date_modified` |
 * | `lead` (plain text) | `description` as text; HTML in it without `content:encoded`: its first paragraph when it has several, else its text (the first 300 characters of a longer one) | `summary` as text | `summary` |
 * | `bodyHtml` | `content:encoded`, else the paragraphs of an HTML `description` after its first (a single one over 300 characters: all of it) — never the lead's paragraph again | `content` of type `html` or `xhtml` (the inner `div`'s markup) | `content_html` |
 * | `body` (paragraphs) | — | `content` of type `text` | `content_text` |
 * | `tags` | `category`, `dc:subject` | `category` `label`, else `term` | `tags` |
 * | `image` | `media:content`/`media:thumbnail` (also in `media:group`), an `enclosure` of an image type, else the content's first `<img>` (with its `alt`) | the same, or a `link rel="enclosure"` of an image type | `image`, else `banner_image` |
 * | `lang` | the feed's `language` (or `dc:language`) | the nearest `xml:lang` | the item's `language`, else the feed's |
 *
 * An entry with no date keeps no date: the announcement format does not require one, so this
 * is not a warning (a date that cannot be read is: `item[2].pubDate is not a date …`); undated
 * entries sort after the dated ones, in the feed's order. HTML is read (for text, the first image
 * and links) in an inert document: `DOMParser`'s, which runs no script and loads nothing. In Atom,
 * `xml:base` (on the feed, the entry, the link or the content element) is the base of the
 * entry's relative URLs, resolved in turn against `options.base`. Relative `href` and `src` in
 * the markup of RSS, Atom and JSON Feed content are resolved against that base too, when it is
 * an absolute URL (a card nested in a feed has no URL of its own to resolve them against); a
 * list of announcements keeps its `bodyHtml` as it is. `bodyHtml` is otherwise markup as the
 * feed gave it: it is never shown by this module, and `<city-news-card>` sanitises it with
 * DOMPurify before it renders it.
 *
 * ## Safety and limits
 *
 * - XML is read with the browser's `DOMParser` as `application/xml` only (no scripts run, nothing
 *   is fetched). A document that declares a DTD (`<!DOCTYPE`, and so any `<!ENTITY`) is refused
 *   before it is parsed: an entity bomb or an external entity fails at once with a clear error.
 *   Malformed XML is an error with the parser's (shortened) message. Where there is no
 *   `DOMParser` (server rendering), XML text is an error that says so; JSON works everywhere,
 *   with the same items (only the relative links inside JSON Feed `content_html` stay relative
 *   there: `bodyHtml` is shown in the browser only).
 * - Text longer than `MAX_JSON_BYTES` (5 MiB, the loader's cap) is refused without being read.
 * - At most {@link MAX_FEED_ITEMS} entries are read; the rest are left out with a warning.
 *
 * Errors are the `Result`'s `error` (the data-source controller shows them as kind `invalid`).
 */

export type { FeedFormat } from './entries.js';
export { parseRfc822Date } from './rfc822.js';

/** A feed as the widgets show it. */
export interface Feed {
  /** The format it was read from. */
  readonly format: FeedFormat;
  /** The feed's own title, if it has one. */
  readonly title?: string;
  /** The feed's site (RSS `link`, Atom `link rel="alternate"`, JSON Feed `home_page_url`): a safe URL. */
  readonly link?: string;
  /** The feed's language (RSS `language`, Atom `xml:lang`, JSON Feed `language`), a language tag. */
  readonly lang?: string;
  /** The entries, newest first (stable; undated entries last). */
  readonly items: readonly Announcement[];
}

/** The most entries of a feed that are read (5,000); the rest are left out with a warning. */
export const MAX_FEED_ITEMS: number = MAX_ENTRIES;

/** Whether a feed has no entries to show (a valid feed with nothing in it: the empty state). */
export function hasNoItems(feed: Feed): boolean {
  return feed.items.length === 0;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const failed = (message: string, warnings: readonly Issue[] = []): Result<Feed> => ({ ok: false, error: { path: '', message }, warnings });

/** Reads a JSON value of any of the JSON formats. */
function readJson(json: unknown, options?: ParseOptions): FeedParts | string {
  if (Array.isArray(json)) return readArray(json, options);
  if (!isObject(json)) return 'The data is not a feed: a list of announcements, { "items": [...] }, a JSON Feed, RSS or Atom';
  if (isJsonFeed(json)) return readJsonFeed(json, options);
  if (Object.hasOwn(json, 'items')) return readItems(json, options);
  // One announcement (the card's data) is a feed of one.
  return readArray([json], options);
}

/** Reads text: XML or JSON. */
function readText(text: string, options?: ParseOptions): FeedParts | string {
  if (text.length > MAX_JSON_BYTES) {
    const count = (n: number) => n.toLocaleString('en');
    return `The feed has ${count(text.length)} characters (${megabytes(text.length)}), more than the ${count(MAX_JSON_BYTES)} (${megabytes(MAX_JSON_BYTES)}) a widget reads`;
  }
  const start = /^[\ufeff\s]*/.exec(text)![0].length;
  const first = text.charAt(start);
  if (first === '<') return readXml(text.slice(start), options);
  if (first === '{' || first === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text.slice(start));
    } catch (e) {
      return `The feed is not valid JSON (${(e as Error).message})`;
    }
    return readJson(json, options);
  }
  return first ? 'The text is not a feed: it is neither XML (RSS, Atom) nor JSON' : 'The feed is empty text';
}

/**
 * Reads a feed of any of the formats above (a JSON value, or the text of an XML or JSON feed).
 * Never throws. See the module's documentation for the formats, the mapping and the limits.
 */
export const parseFeed: Parser<Feed> = (input, options) => {
  let parts: FeedParts | string;
  try {
    parts = typeof input === 'string' ? readText(input, options) : readJson(input, options);
  } catch (e) {
    // A hostile object (a throwing getter, a Proxy): an error, never an exception.
    return failed(`The feed could not be read: ${String(e)}`);
  }
  if (typeof parts === 'string') return failed(parts);
  const { g } = parts;
  if (g.count > 0 && g.items.length === 0) {
    const more = g.count > g.refused.length ? `; …` : '';
    return failed(`None of the feed's ${g.count} entries could be read (${g.refused.join('; ')}${more})`, g.warnings);
  }
  const feed: Feed = {
    format: parts.format,
    items: newestFirst(g.items),
    ...(parts.title ? { title: parts.title } : {}),
    ...(parts.link ? { link: parts.link } : {}),
    ...(parts.lang ? { lang: parts.lang } : {}),
  };
  return { ok: true, value: feed, warnings: g.warnings };
};
