import type { ParseOptions } from '../types.js';
import { resolveUrl, safeUrl } from '../values.js';
import { domParser, type XDocument, type XElement } from './dom.js';
import { add, gathered, guarded, langTag, limitWarning, MAX_ENTRIES, shorten, type FeedParts, type Gathered } from './entries.js';
import { hasMarkup, hasReferences, readMarkup, type Markup } from './html.js';
import { parseRfc822Date } from './rfc822.js';
import { inertHtml } from './trusted.js';

/*
 * RSS 2.0 (and 0.9x, and RSS 1.0/RDF) and Atom 1.0, read with the browser's DOMParser as
 * `application/xml` only, after the text has been checked for a DTD (refused). Each entry
 * becomes an announcement-shaped object for `parseAnnouncement` (entries.ts).
 */

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;
/** Media RSS, with and without the final slash (both are seen). */
const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
/** The elements of RSS itself: no namespace (2.0) or RSS 1.0's / 0.90's. */
const CORE: readonly (string | null)[] = [null, NS.rss1, NS.rss090];

const REFUSED_DTD = 'The feed declares a DTD (<!DOCTYPE>); feeds with DTDs or entities are not read';

/** Whether the text declares a DTD: a `<!DOCTYPE` in the prolog (after the XML declaration, comments, instructions). */
function declaresDtd(text: string): boolean {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const end = text.startsWith('<?', i) ? text.indexOf('?>', i + 2) : text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : -2;
    if (end === -2) break;
    if (end === -1) return false; // unterminated: the parser reports it
    i = end + (text[end] === '?' ? 2 : 3);
  }
  return text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE';
}

/** The parser's message, on one line and short. */
function parserMessage(doc: XDocument): string | undefined {
  const errors = doc.getElementsByTagNameNS('*', 'parsererror');
  if (!errors.length) return undefined;
  const el = errors[0];
  const detail = el.querySelector('div') ?? el;
  const text = (detail.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text || 'unknown error';
}

/** The element children of an element by local name, made once per element (an item is asked for a dozen names). */
const childIndex = new WeakMap<XElement, Map<string, XElement[]>>();
const kids = (el: XElement, name: string, ns: readonly (string | null)[] = CORE): XElement[] => {
  let index = childIndex.get(el);
  if (!index) {
    index = new Map();
    const children = el.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      const list = index.get(c.localName);
      if (list) list.push(c);
      else index.set(c.localName, [c]);
    }
    childIndex.set(el, index);
  }
  const found = index.get(name);
  return found ? found.filter((c) => ns.includes(c.namespaceURI)) : [];
};
const kid = (el: XElement, name: string, ns?: readonly (string | null)[]): XElement | undefined => kids(el, name, ns)[0];
const textIn = (el: XElement | undefined): string | undefined => {
  const t = el?.textContent?.trim();
  return t ? t : undefined;
};
const positive = (value: string | null): number | undefined => (value && /^\d+$/.test(value.trim()) && +value > 0 ? +value : undefined);

/** The base URL of an element: the `xml:base` of it and its ancestors, resolved in turn against `docBase`. */
function baseOf(el: XElement, docBase: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let e: XElement | null = el; e; e = e.parentElement) {
    const b = e.getAttributeNS(NS.xml, 'base');
    if (b !== null) chain.push(b.trim());
  }
  let base = docBase;
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!safeUrl(chain[i]) && chain[i] !== '') continue;
    try {
      base = new URL(chain[i], base).href;
    } catch {
      // A relative xml:base with no absolute base to resolve it against: it adds nothing.
    }
  }
  return base;
}

/** The language of an element: its nearest `xml:lang`. */
function langOf(el: XElement): string | undefined {
  for (let e: XElement | null = el; e; e = e.parentElement) {
    const l = e.getAttributeNS(NS.xml, 'lang');
    if (l !== null) return langTag(l);
  }
  return undefined;
}

/** A URL resolved against `base` when it is relative and safe; otherwise as written (the validator judges it). */
const urlAt = (value: string | undefined, base: string | undefined): string | undefined =>
  value === undefined ? undefined : (resolveUrl(value, base) ?? value);

interface ImageJson {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** Media RSS: the first image of `media:content` (also in `media:group`), else `media:thumbnail`; `docBase` is the feed's URL. */
function mediaImage(el: XElement, docBase: string | undefined): ImageJson | undefined {
  const groups = [el, ...kids(el, 'group', MEDIA)];
  const image = (m: XElement): ImageJson | undefined => {
    const src = m.getAttribute('url');
    if (!src?.trim()) return undefined;
    const alt = textIn(kid(m, 'description', MEDIA)) ?? textIn(kid(m, 'title', MEDIA)) ?? '';
    return {
      src: urlAt(src, baseOf(m, docBase))!,
      alt,
      width: positive(m.getAttribute('width')),
      height: positive(m.getAttribute('height')),
    };
  };
  for (const g of groups) {
    for (const m of kids(g, 'content', MEDIA)) {
      const medium = m.getAttribute('medium');
      const type = m.getAttribute('type');
      if (medium === 'image' || type?.startsWith('image/') || (!medium && !type)) {
        const found = image(m);
        if (found) return found;
      }
    }
  }
  for (const g of groups) {
    for (const m of kids(g, 'thumbnail', MEDIA)) {
      const found = image(m);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first `<img>` of content, as an image. */
function contentImage(content: Markup | undefined, base: string | undefined): ImageJson | undefined {
  const img = content?.image;
  return img ? { src: urlAt(img.src, base)!, alt: img.alt ?? '' } : undefined;
}

/** The text of a category list, without blanks and repeats. */
const tagList = (values: readonly (string | undefined)[]) => [
  ...new Set(values.map((t) => t?.replace(/\s+/g, ' ').trim()).filter((t): t is string => !!t)),
];

/** Entries of a list, up to the limit, with a warning for the rest. */
function each(g: Gathered, list: readonly XElement[], name: string, read: (el: XElement, path: string) => void) {
  if (list.length > MAX_ENTRIES) g.warnings.push(limitWarning(name, list.length));
  for (let i = 0; i < Math.min(list.length, MAX_ENTRIES); i++) guarded(g, `${name}[${i}]`, () => read(list[i], `${name}[${i}]`));
}

/** Reports a field of an entry that is left out (`item[2].pubDate`). */
type Warn = (field: string, message: string) => void;

/** An RSS date (`pubDate`, RFC 822; `dc:date`, ISO 8601) as ISO 8601; an unreadable one is left out with a warning. */
function rssDate(el: XElement | undefined, field: string, warn: Warn): string | undefined {
  const text = textIn(el);
  if (text === undefined) return undefined;
  const iso = parseRfc822Date(text);
  if (iso === undefined) warn(field, `is not a date (RFC 822, like "Wed, 11 Sep 2019 10:00:00 +0200"): "${shorten(text, 40)}"`);
  return iso;
}

/** An RSS `<item>` as an announcement. */
function rssItem(item: XElement, feedLang: string | undefined, docBase: string | undefined, warn: Warn): unknown {
  const base = baseOf(item, docBase);
  const enclosure = kids(item, 'enclosure').find((e) => e.getAttribute('type')?.startsWith('image/') && e.getAttribute('url')?.trim());
  // An image the item names; the content's first image is looked for only without one.
  const named: ImageJson | undefined =
    mediaImage(item, docBase) ?? (enclosure ? { src: urlAt(enclosure.getAttribute('url')!.trim(), base)!, alt: '' } : undefined);
  const description = textIn(kid(item, 'description'));
  const encodedText = textIn(kid(item, 'encoded', [NS.content]));
  // HTML in a description with no content:encoded: of several paragraphs, the first is the lead
  // and the rest the body; a short one (up to 300 characters of text) is the lead alone; a longer
  // single block is the body, with its start as the lead. Never the same paragraph twice.
  const markup = description !== undefined && hasMarkup(description);
  const read =
    description !== undefined && (markup || hasReferences(description))
      ? readMarkup(description, base, { text: true, image: !named && encodedText === undefined, split: encodedText === undefined })
      : undefined;
  const descriptionText = read ? read.text : description?.replace(/\s+/g, ' ');
  const fromDescription = markup && read && encodedText === undefined;
  const body =
    encodedText !== undefined
      ? readMarkup(encodedText, base, { image: !named })
      : fromDescription && read.first
        ? { ...read, html: read.rest ?? '' }
        : fromDescription && read.text.length > 300
          ? read
          : undefined;
  const guid = kid(item, 'guid');
  const guidText = textIn(guid);
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' && guidText && /^https?:/i.test(guidText) ? guidText : undefined;
  const title = textIn(kid(item, 'title'));
  return {
    lang: langOf(item) ?? langTag(textIn(kid(item, 'language', [NS.dc]))) ?? feedLang,
    id: guidText,
    title: title !== undefined ? title.replace(/\s+/g, ' ') : descriptionText ? shorten(descriptionText) : undefined,
    lead:
      (fromDescription && read.first
        ? shorten(read.first, 300)
        : descriptionText && shorten(descriptionText, body === read ? 300 : Infinity)) || undefined,
    bodyHtml: body?.html || undefined,
    url: urlAt(textIn(kid(item, 'link')) ?? permalink, base),
    published: rssDate(kid(item, 'pubDate'), 'pubDate', warn) ?? rssDate(kid(item, 'date', [NS.dc]), 'dc:date', warn),
    image: named ?? contentImage(body, base),
    tags: tagList([...kids(item, 'category'), ...kids(item, 'subject', [NS.dc])].map((c) => textIn(c))),
  };
}

function readRss(root: XElement, options?: ParseOptions): FeedParts {
  const g = gathered();
  const channel = kid(root, 'channel');
  const docBase = options?.base;
  const lang =
    (channel && (langTag(textIn(kid(channel, 'language'))) ?? langTag(textIn(kid(channel, 'language', [NS.dc]))))) ?? langOf(root);
  // RSS 2.0: items in the channel; RSS 1.0 (RDF): beside it.
  const items = root.localName === 'RDF' ? kids(root, 'item') : channel ? kids(channel, 'item') : [];
  each(g, items, 'item', (item, path) => {
    const warn: Warn = (field, message) => g.warnings.push({ path: `${path}.${field}`, message });
    add(g, { path, json: rssItem(item, lang, docBase, warn), base: baseOf(item, docBase) });
  });
  const link = channel ? textIn(kid(channel, 'link')) : undefined;
  return {
    format: 'rss',
    g,
    title: channel ? textIn(kid(channel, 'title'))?.replace(/\s+/g, ' ') : undefined,
    link: link === undefined ? undefined : resolveUrl(link, channel ? baseOf(channel, docBase) : docBase),
    lang,
  };
}

/** An Atom text construct (`title`, `summary`, `content`): its plain text, and its markup (read once) when it has some. */
function atomText(
  el: XElement | undefined,
  docBase: string | undefined,
  wantText = true,
  wantImage = true,
): { text?: string; markup?: Markup } {
  if (!el || el.getAttribute('src') !== null) return {};
  const type = (el.getAttribute('type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml') {
    const div = kid(el, 'div', [NS.xhtml]);
    if (!div) return {};
    const markup = readMarkup(div, baseOf(el, docBase), { text: wantText, image: wantImage });
    return { text: markup.text || undefined, markup: markup.html ? markup : undefined };
  }
  const raw = el.textContent ?? '';
  if (type === 'html' || type === 'text/html') {
    if (!raw.trim()) return {};
    const markup = readMarkup(raw.trim(), baseOf(el, docBase), { text: wantText, image: wantImage });
    return { text: markup.text || undefined, markup };
  }
  if (type === 'text' || type.startsWith('text/')) {
    const text = raw.replace(/\s+/g, ' ').trim();
    return text ? { text } : {};
  }
  return {};
}

/** The `href` of an Atom `link` with this `rel` (no `rel` is `alternate`), resolved against its base. */
function atomLink(el: XElement, rel: string, base: string | undefined, type?: (t: string | null) => boolean): string | undefined {
  for (const link of kids(el, 'link', [NS.atom])) {
    const r = (link.getAttribute('rel') ?? 'alternate').trim();
    const href = link.getAttribute('href')?.trim();
    if (r === rel && href && (!type || type(link.getAttribute('type')))) return urlAt(href, baseOf(link, base));
  }
  return undefined;
}

function atomEntry(entry: XElement, docBase: string | undefined): unknown {
  const base = baseOf(entry, docBase);
  const enclosure = atomLink(entry, 'enclosure', docBase, (t) => !!t?.startsWith('image/'));
  // An image the entry names; the content's first image is looked for only without one.
  const named: ImageJson | undefined = mediaImage(entry, docBase) ?? (enclosure ? { src: enclosure, alt: '' } : undefined);
  const title = atomText(kid(entry, 'title', [NS.atom]), docBase, true, false);
  const summary = atomText(kid(entry, 'summary', [NS.atom]), docBase, true, !named);
  const contentEl = kid(entry, 'content', [NS.atom]);
  // The content's text is needed only for a title made from it, or as a plain-text body.
  const content = atomText(contentEl, docBase, title.text === undefined && summary.text === undefined, !named);
  return {
    lang: langOf(entry),
    id: textIn(kid(entry, 'id', [NS.atom])),
    title: title.text ?? ((summary.text ?? content.text) ? shorten(summary.text ?? content.text ?? '') : undefined),
    lead: summary.text,
    body: !content.markup && content.text ? [content.text] : undefined,
    bodyHtml: content.markup?.html,
    url: atomLink(entry, 'alternate', docBase),
    published: textIn(kid(entry, 'published', [NS.atom])) ?? textIn(kid(entry, 'updated', [NS.atom])),
    image: named ?? contentImage(content.markup, base) ?? contentImage(summary.markup, base),
    tags: tagList(kids(entry, 'category', [NS.atom]).map((c) => c.getAttribute('label') ?? c.getAttribute('term') ?? undefined)),
  };
}

function readAtom(root: XElement, options?: ParseOptions): FeedParts {
  const g = gathered();
  const docBase = options?.base;
  each(g, kids(root, 'entry', [NS.atom]), 'entry', (entry, path) =>
    add(g, { path, json: atomEntry(entry, docBase), base: baseOf(entry, docBase) }),
  );
  return {
    format: 'atom',
    g,
    title: atomText(kid(root, 'title', [NS.atom]), docBase).text,
    link: atomLink(root, 'alternate', docBase),
    lang: langOf(root),
  };
}

/** Reads an RSS or Atom document (text that starts with `<`); a string is the error. */
export function readXml(text: string, options?: ParseOptions): FeedParts | string {
  if (declaresDtd(text)) return REFUSED_DTD;
  const parser = domParser();
  if (!parser) return 'The feed is XML, which is read in the browser only (there is no DOMParser here)';
  const doc = parser.parseFromString(inertHtml(text), 'application/xml');
  const error = parserMessage(doc);
  if (error) return `The feed is not well-formed XML (${error})`;
  if (doc.doctype) return REFUSED_DTD;
  const root = doc.documentElement;
  if (!root) return 'The feed is an empty XML document';
  if (root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === NS.rdf)) return readRss(root, options);
  if (root.localName === 'feed' && root.namespaceURI === NS.atom) return readAtom(root, options);
  if (/^html$/i.test(root.localName)) return 'The text is an HTML page, not a feed';
  return `The XML is not a feed: its root is <${root.nodeName}>, not <rss>, <rdf:RDF> or Atom's <feed>`;
}
