import { clean, type Draft, type ListItem, type Piece } from './draft.js';
import { absolute, BLOCKS, piece, str, textOf, type Json } from './html-dom.js';
import { metas } from './html-meta.js';

/*
 * The article's body in a saved page: what is never read (scripts and the like), the element that
 * holds the text (`<article>`, `<main>`, or the block with the most paragraph text), its
 * paragraphs, headings, lists (→ areas) and images, the `rel=tag` links (→ tags), and the text
 * outside it (reported).
 */

/** Elements whose content is never article text. */
const SKIP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea, dialog';
/** Regions of a page or an article that are not its text (reported, not mapped). */
const ASIDE = new Set(['nav', 'aside', 'footer', 'header']);
const TAG_LABEL = /^[\s,;|·•]*(?:(?:oznake|značke|teme|tags?|keywords|topics|теги|метки|темы)\s*:?)?[\s,;|·•]*$/iu;

/** Kinds of skipped elements that carry no text of their own worth reporting by content. */
const textLess = (tag: string) =>
  [
    'style',
    'noscript',
    'template',
    'iframe',
    'object',
    'embed',
    'svg',
    'canvas',
    'form',
    'button',
    'select',
    'input',
    'textarea',
    'dialog',
  ].includes(tag);

/** Scripts and the like: never run, not read, taken out of the page and reported once by kind. */
export function removeSkipped(doc: Document, draft: Draft, ld: Json | undefined): void {
  const skipped = new Map<string, number>();
  for (const el of Array.from(doc.querySelectorAll(SKIP))) {
    const isLd = el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '');
    const key = isLd ? 'script type="application/ld+json"' : el.localName;
    if (!isLd || !ld) skipped.set(key, (skipped.get(key) ?? 0) + 1);
    el.remove();
  }
  for (const [tag, n] of skipped) {
    const text = `${n} × <${tag}>`;
    const note = tag === 'script' ? 'scripts are never run, and nothing of them is kept' : 'not article text: not read';
    if (tag === 'script' || textLess(tag)) draft.unmapped.push({ from: `<${tag}>`, text, note });
  }
}

/** Tags: rel=tag links (taken out of the page), then the JSON-LD keywords and article:tag meta they did not name. */
export function readTags(doc: Document, draft: Draft, ld: Json | undefined): void {
  const seen = new Set<string>();
  const addTag = (text: string, from: string) => {
    if (!seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      draft.tags.push(piece(text, from));
    }
  };
  for (const a of Array.from(doc.querySelectorAll('a[rel~="tag" i]'))) {
    const text = textOf(a);
    const parent = a.parentElement;
    a.remove();
    if (text) addTag(text, '<a rel="tag">');
    // A tags box left with only its label ("Oznake:") and separators is gone with its links.
    if (parent && parent.querySelectorAll('*').length === 0 && TAG_LABEL.test(parent.textContent ?? '')) parent.remove();
  }
  // …then the JSON-LD keywords and article:tag meta that the links did not name.
  const keywords = ld?.keywords;
  const list = Array.isArray(keywords) ? keywords.map(str) : (str(keywords)?.split(',') ?? []).map((k) => str(k));
  for (const k of list) if (k) addTag(k, 'JSON-LD keywords');
  for (const k of metas(doc, 'article:tag')) addTag(k, '<meta property="article:tag">');
}

/** The element that holds the article's text: the `<article>` with the most text, `<main>`, or the block with the most paragraph text. */
function bodyRoot(doc: Document): Element {
  const byText = (els: Element[]) => els.map((el) => ({ el, n: textOf(el).length })).sort((a, b) => b.n - a.n)[0]?.el;
  const article = byText(Array.from(doc.querySelectorAll('article')));
  if (article) return article;
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textOf(p).length);
  }
  const best = [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? doc.body ?? doc.documentElement;
}

/** The article's body into the draft: its segments (paragraphs, lists) and its first image; the rest reported. `base`: of relative links. */
export function readBody(doc: Document, draft: Draft, base: string | undefined): void {
  const root = bodyRoot(doc);
  reportOutside(root, draft);
  const counters = new Map<string, number>();
  const label = (el: Element) => {
    const n = (counters.get(el.localName) ?? 0) + 1;
    counters.set(el.localName, n);
    return `<${el.localName}> ${n}`;
  };
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    if (/[\p{L}\p{N}]/u.test(text)) draft.segments.push({ kind: 'para', ...piece(text, 'text between blocks') });
    inline = '';
  };
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        inline += (node as Text).data;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.localName;
      if (!BLOCKS.has(tag)) {
        inline += ` ${textOf(child)} `;
        continue;
      }
      flush();
      const text = textOf(child);
      const from = label(child);
      if (ASIDE.has(tag)) {
        if (text) draft.unmapped.push({ from, text, note: `a <${tag}> inside the article: not its text` });
      } else if (
        /^h[2-6]$/.test(tag) ||
        tag === 'p' ||
        tag === 'pre' ||
        tag === 'address' ||
        tag === 'dt' ||
        tag === 'dd' ||
        tag === 'summary'
      ) {
        if (/[\p{L}\p{N}]/u.test(text)) draft.segments.push({ kind: 'para', ...piece(text, from) });
      } else if (tag === 'ul' || tag === 'ol') {
        const items = listItems(child);
        if (items.length) draft.segments.push({ kind: 'list', items });
      } else if (tag === 'img' || tag === 'picture') {
        image(tag === 'img' ? child : child.querySelector('img'), from);
      } else if (tag === 'figure') {
        const img = child.querySelector('img');
        const caption = child.querySelector('figcaption');
        const captionText = caption ? textOf(caption) : '';
        image(img, from, captionText ? piece(captionText, `${from} <figcaption>`) : undefined);
      } else if (tag === 'table') {
        if (text) draft.unmapped.push({ from, text, note: 'a table: the format has no place for it' });
      } else if (tag === 'hr') {
        // nothing
      } else if (!Array.from(child.children).some((c) => BLOCKS.has(c.localName))) {
        // A block of text alone (a <div> without paragraphs): one paragraph.
        if (/[\p{L}\p{N}]/u.test(text)) draft.segments.push({ kind: 'para', ...piece(text, from) });
      } else {
        walk(child);
        flush();
      }
    }
  };
  const image = (img: Element | null, from: string, caption?: Piece) => {
    const src = str(img?.getAttribute('src'));
    const alt = img?.getAttribute('alt');
    if (src && draft.image && !draft.image.alt && absolute(src, base) === draft.image.src.text) {
      // The page's image, shown in the article: its alt text.
      draft.image = { src: draft.image.src, alt: alt !== null && alt !== undefined ? piece(clean(alt), `${from} alt`, alt) : caption };
      draft.mapped.push({ from: `${from} src`, text: src, field: 'image.src', note: `the same image as ${draft.image.src.src.from}` });
      if (caption && alt) draft.unmapped.push({ ...caption.src, note: 'the caption of the image (its alt text was used)' });
    } else if (src && !draft.image) {
      draft.image = {
        src: piece(absolute(src, base), `${from} src`, src),
        alt: alt !== null && alt !== undefined ? piece(clean(alt), `${from} alt`, alt) : caption,
      };
      if (caption && alt) draft.unmapped.push({ ...caption.src, note: 'the caption of the image (its alt text was used)' });
    } else if (src || caption) {
      draft.unmapped.push({
        from,
        text: [src, alt, caption?.text].filter(Boolean).join(' — '),
        note: 'an image after the first: the format keeps one',
      });
    }
  };
  walk(root);
  flush();
}

/** The items of a list: each `<li>`'s own text, and the items of a list nested in it. */
function listItems(list: Element): ListItem[] {
  const items: ListItem[] = [];
  let n = 0;
  for (const li of Array.from(list.children)) {
    if (li.localName !== 'li') continue;
    n++;
    const nested = Array.from(li.children).filter((c) => c.localName === 'ul' || c.localName === 'ol');
    const children = nested
      .flatMap((l) => Array.from(l.children).filter((c) => c.localName === 'li'))
      .map((c, i) => ({
        text: textOf(c),
        src: { from: `<${list.localName}> <li> ${n}, item ${i + 1}`, text: textOf(c) },
      }));
    nested.forEach((l) => l.remove());
    const text = textOf(li);
    if (!text && !children.length) continue;
    items.push({
      text: text || children[0]?.text || '',
      src: { from: `<${list.localName}> <li> ${n}`, text },
      children: children.filter((c) => c.text),
    });
  }
  return items;
}

/** Text of the page outside the article's element (menus, footers): reported, one entry per region. */
function reportOutside(root: Element, draft: Draft): void {
  let node: Element | null = root;
  while (node?.parentElement && node.localName !== 'body') {
    const parent: Element = node.parentElement;
    for (const sib of Array.from(parent.children)) {
      if (sib === node || sib.localName === 'head') continue;
      const text = textOf(sib);
      if (/[\p{L}\p{N}]/u.test(text))
        draft.unmapped.push({ from: `<${sib.localName}> outside the article`, text, note: 'not part of the article' });
    }
    node = parent;
  }
}
