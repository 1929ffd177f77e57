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

/** Whether a text holds markup or character references (an RSS `description` often does). */
export const looksLikeHtml = (text: string): boolean => /<[a-z!/]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text);

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

/** The plain text of markup (tags dropped, references decoded, spaces collapsed). */
export function htmlText(markup: string): string {
  const div = container();
  if (!div) return collapse(markup);
  div.innerHTML = inertHtml(markup);
  const out: string[] = [];
  textOf(div, out);
  div.replaceChildren();
  return collapse(out.join(''));
}

/** The plain text of an element of an XML document (an xhtml `div`), blocks apart. */
export function elementText(el: XElement): string {
  const out: string[] = [];
  textOf(el, out);
  return collapse(out.join(''));
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** Makes a relative `href`/`src` absolute against `base` (any other URL is left as it is, for the sanitiser to judge). */
function resolveIn(root: XElement, base: string) {
  const els = root.querySelectorAll('[href],[src],[poster],[cite]');
  for (let i = 0; i < els.length; i++) {
    for (const name of ATTRIBUTES) {
      const value = els[i].getAttribute(name);
      if (value === null || SCHEME.test(value.trim()) || value.trim().startsWith('#')) continue;
      try {
        els[i].setAttribute(name, new URL(value.trim(), base).href);
      } catch {
        // An unparseable URL stays; the sanitiser drops what it does not accept.
      }
    }
  }
}

/** The markup with its relative links resolved against an absolute `base` (unchanged without one). */
export function resolveHtml(markup: string, base: string | undefined): string {
  if (!base || !/\s(?:href|src|poster|cite)\s*=/i.test(markup)) return markup;
  const div = container();
  if (!div) return markup;
  div.innerHTML = inertHtml(markup);
  resolveIn(div, base);
  const out = div.innerHTML;
  div.replaceChildren();
  return out;
}

/** The children of an XML element (an Atom xhtml `div`) as HTML markup, links resolved against `base`. */
export function xhtmlMarkup(el: XElement, base: string | undefined): string {
  const div = container();
  if (!div) return '';
  const owner = (div as unknown as { ownerDocument: { importNode<N>(n: N, deep: boolean): N } }).ownerDocument;
  for (let i = 0; i < el.childNodes.length; i++) div.append(owner.importNode(el.childNodes[i], true));
  if (base) resolveIn(div, base);
  const out = div.innerHTML.trim();
  div.replaceChildren();
  return out;
}

/** The first image of markup that has a `src`: its URL as written and its `alt` (`undefined` when it has none). */
export function firstImage(markup: string): { src: string; alt?: string } | undefined {
  if (!/<img\s/i.test(markup)) return undefined;
  const div = container();
  if (!div) return undefined;
  div.innerHTML = inertHtml(markup);
  const img = div.querySelector('img[src]');
  const found = img ? { src: img.getAttribute('src')!, alt: img.getAttribute('alt') ?? undefined } : undefined;
  div.replaceChildren();
  return found;
}
