/**
 * How `<city-news-feed>` asks for its `src` (`loadJson(url, { accept: FEED })`): for JSON Feed,
 * JSON, Atom, RSS or XML; an answer that is not JSON but an XML feed resolves to its text (for
 * `parseFeed`), decoded in the feed's own encoding (see `encodingOf`); an HTML page is still the
 * `html` error. A module of its own, imported by the feed only: the other widgets' loader
 * (`JSON_ONLY` in `../load.ts`) carries none of it.
 */
import { INLINE_JSON, LoadError, type Accept } from '../load.js';

/** An HTML page (not an XML feed): `<!doctype html` or `<html` first, after a byte-order mark and spaces. */
const HTML_PAGE = /^[\ufeff\s]*<(?:!doctype\s+html|html[\s>])/i;

/** The start of an XML feed (its declaration or root), for an answer whose content type says HTML. */
const FEED_START = /^[\ufeff\s]*<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/;
/**
 * The character encoding of a feed's bytes: the content type's `charset`, else an XML
 * declaration's `encoding` (an RSS feed in windows-1250 says so there), else UTF-8. JSON is
 * always UTF-8.
 */
function encodingOf(response: Response, bytes: Uint8Array): string {
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  if (charset) return charset;
  // The declaration is ASCII: read the first bytes as Latin-1 to find it.
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ?? 'utf-8';
}

/** Bytes as text in `encoding`; an encoding the browser does not know is read as UTF-8. */
function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** What a feed's loader asks for and takes. */
export const FEED: Accept = {
  name: 'feed',
  header: 'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9',
  scripts: `${INLINE_JSON}, ${['feed+json', 'rss+xml', 'atom+xml'].map((t) => `:scope > script[type="application/${t}"]`).join(', ')}`,
  decode: (response, bytes) => decode(bytes, encodingOf(response, bytes)),
  notJson(url, text, type, error) {
    // XML text as it is: the feed parser reads it (or says why not). Served as HTML, it must at
    // least start like a feed.
    if (/^[\ufeff\s]*</.test(text) && !HTML_PAGE.test(text) && (!/html/i.test(type) || FEED_START.test(text))) return text;
    if (!HTML_PAGE.test(text) && !/html/i.test(type)) {
      throw new LoadError('not-json', `${url} answered with neither JSON nor an XML feed (${error.message})`);
    }
    return undefined;
  },
};
