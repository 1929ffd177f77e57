import { inertHtml } from './trusted.js';
import { domParser, ELEMENT_NODE, TEXT_NODE, CDATA_SECTION_NODE, type XElement, type XNode } from './dom.js';

/*
 * Feed content as markup: its plain text (a lead), its first image, its relative links made
 * absolute. The markup is parsed into an inert document (a `DOMParser` one: no script runs, no
 * image loads) and never shown here: `<city-news-card>` sanitises `bodyHtml` when it renders it.
 */

let box: XElement | undefined;

/** An element of an inert HTML document, to parse markup into. */
function container(): XElement | undefined {
  if (!box) {
    const doc = domParser()?.parseFromString(inertHtml('<!doctype html><body></body>'), 'text/html');
    box = doc?.body ? doc.createElement('div') : undefined;
  }
  return box;
}

/** Whether a text holds markup (an RSS `description` often does). */
export const hasMarkup = (text: string): boolean => /<[a-z!/]/i.test(text);
/** Whether a text holds character references (`&amp;`, `&#8212;`): escaped once more than it should be. */
export const hasReferences = (text: string): boolean => /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text);

const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

/** The text of a node, with a space between blocks, and without scripts' or styles' text. */
function textOf(node: XNode, out: string[]) {
  const nodes = node.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) out.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT_NODE && !SKIP.test(n.nodeName.toUpperCase())) {
      const block = BLOCK.test(n.nodeName.toUpperCase());
      if (block) out.push(' ');
      textOf(n, out);
      if (block) out.push(' ');
    }
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of the nodes before an element, in its parent. */
function textBefore(el: XElement): string {
  let t = '';
  for (let n = el.previousSibling; n; n = n.previousSibling) t += n.textContent ?? '';
  return t;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** Makes relative `href`/`src` absolute against `base` (any other URL is left as it is, for the sanitiser to judge); whether any changed. */
function resolveIn(root: XElement, base: string): boolean {
  let changed = false;
  const els = root.querySelectorAll('[href],[src],[poster],[cite]');
  for (let i = 0; i < els.length; i++) {
    for (const name of ATTRIBUTES) {
      const value = els[i].getAttribute(name)?.trim();
      if (value === undefined || SCHEME.test(value) || value.startsWith('#')) continue;
      try {
        els[i].setAttribute(name, new URL(value, base).href);
        changed = true;
      } catch {
        // An unparseable URL stays; the sanitiser drops what it does not accept.
      }
    }
  }
  return changed;
}

/** What `readMarkup` found in markup. */
export interface Markup {
  /** Its plain text (tags dropped, references decoded, spaces collapsed), when asked for; else empty. */
  readonly text: string;
  /** The markup again, its relative links resolved against the base (as given when there is none). */
  readonly html: string;
  /** Its first image with a `src` (unless not asked for): the URL (resolved like the links) and the `alt` it has, if any. */
  readonly image?: { readonly src: string; readonly alt?: string };
  /**
   * With `split`, for markup of several blocks that starts with a block of text (`<p>…</p><p>…</p>`):
   * that first block's text, and the markup after it (`rest`). An RSS description with no
   * `content:encoded` gives its first paragraph as the lead and the rest as the body, so that a
   * full card does not say its first paragraph twice.
   */
  readonly first?: string;
  readonly rest?: string;
}

/**
 * An `href`/`src`/`poster`/`cite` whose value does not start with a scheme or `#`: a link to
 * resolve. (The spaces and the quote are inside the lookahead, so that no backtracking over them
 * lets a quoted absolute URL pass for a relative one.)
 */
const RELATIVE = /\s(?:href|src|poster|cite)\s*=(?!\s*["']?\s*(?:[a-z][a-z\d+.-]*:|#))/i;
const IMG = /<img[\s/>]/i;

/**
 * Reads markup once: its text (`text: true`), its first image (unless `image: false`) and the markup with relative
 * `href`/`src` resolved against an absolute `base`. The markup is HTML text, or an element of an
 * XML document (an Atom xhtml `div`, whose children are taken as HTML: no `xmlns` in the
 * result). Text with nothing of that to find (no image, no relative link, no text asked for) is
 * not parsed at all. Where there is no `DOMParser`, the text is the markup's and nothing is
 * resolved.
 */
export function readMarkup(
  markup: string | XElement,
  base: string | undefined,
  { text: wantText = false, image: wantImage = true, split = false }: { text?: boolean; image?: boolean; split?: boolean } = {},
): Markup {
  const isText = typeof markup === 'string';
  const images = wantImage && (!isText || IMG.test(markup));
  if (isText && !wantText && !images && !(base && RELATIVE.test(markup))) return { text: '', html: markup };
  const div = container();
  if (!div) return isText ? { text: wantText ? collapse(markup) : '', html: markup } : { text: '', html: '' };
  if (isText) div.innerHTML = inertHtml(markup);
  else {
    const owner = (div as unknown as { ownerDocument: { importNode<N>(n: N, deep: boolean): N } }).ownerDocument;
    for (let i = 0; i < markup.childNodes.length; i++) div.append(owner.importNode(markup.childNodes[i], true));
  }
  const changed = base && (!isText || RELATIVE.test(markup)) ? resolveIn(div, base) : false;
  let text = '';
  if (wantText) {
    const out: string[] = [];
    textOf(div, out);
    text = collapse(out.join(''));
  }
  const img = images ? div.querySelector('img[src]') : null;
  const html = isText && !changed ? markup : div.innerHTML.trim();
  let first: string | undefined;
  let rest: string | undefined;
  const head = div.firstElementChild;
  // Only when the first block is all that comes before the rest (no loose text before it).
  if (split && head && head.nextElementSibling && BLOCK.test(head.nodeName.toUpperCase()) && !collapse(textBefore(head))) {
    const out: string[] = [];
    textOf(head, out);
    first = collapse(out.join('')) || undefined;
    if (first) {
      head.remove();
      rest = div.innerHTML.trim() || undefined;
    }
  }
  const found: Markup = {
    text,
    html,
    image: img ? { src: img.getAttribute('src')!, alt: img.getAttribute('alt') ?? undefined } : undefined,
    first,
    rest,
  };
  div.replaceChildren();
  return found;
}
