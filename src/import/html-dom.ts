import { clean, type Piece } from './draft.js';

/*
 * What the HTML importer's readers share: the text of a node as a reader sees it, the JSON-LD
 * value helpers, resolving a link, and a piece of the draft with its source. Only standard DOM
 * calls, no layout (works on the browser's DOMParser and on linkedom's in Node).
 */

export const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'pre',
  'hr',
  'address',
  'details',
  'summary',
  'nav',
  'aside',
  'footer',
  'header',
  'img',
  'picture',
]);

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && /\S/.test(v) ? clean(v) : undefined);
/** A string of the JSON-LD article, when there is one. */
export const ldStr = (ld: Json | undefined, key: string): string | undefined => (ld ? str(ld[key]) : undefined);
/** A piece of the draft: its text and where it came from (`raw`: as written there). */
export const piece = (text: string, from: string, raw = text): Piece => ({ text, src: { from, text: raw } });

/** The text of a node as a reader sees it: `<br>` and block boundaries are spaces; skipped elements give nothing. */
export function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.localName;
      if (tag === 'br') out += ' ';
      else {
        const block = BLOCKS.has(tag);
        if (block) out += ' ';
        for (const c of Array.from(el.childNodes)) walk(c);
        if (block) out += ' ';
      }
    }
  };
  walk(node);
  return clean(out);
}

/** Resolves a link of the page against its URL; kept as written when there is none or it does not parse. */
export function absolute(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
