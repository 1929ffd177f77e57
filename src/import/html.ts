import { parseDate } from '../model/parse.js';
import { parseDateLine } from './dates.js';
import { clean, newDraft, type Draft, type ListItem, type Piece } from './draft.js';

/*
 * A saved article page → a draft. What the page states about itself comes first: schema.org
 * NewsArticle JSON-LD, Open Graph and `article:*` meta, `<time datetime>`, `<h1>`; then the
 * article's body (`<article>`, `<main>`, or the block with the most paragraph text): paragraphs,
 * headings, lists (→ areas), the first image with its alt text, `rel=tag` links (→ tags). Scripts
 * are never run (a parsed document does not run them) and nothing of them is kept but the
 * JSON-LD, read as JSON. Works on any `Document`: the browser's DOMParser or linkedom's in Node
 * (only standard DOM calls, no layout: no innerText).
 */

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'WebPage']);
/** Elements whose content is never article text. */
const SKIP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea, dialog';
/** Regions of a page or an article that are not its text (reported, not mapped). */
const ASIDE = new Set(['nav', 'aside', 'footer', 'header']);
const BLOCKS = new Set([
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
const TAG_LABEL = /^[\s,;|·•]*(?:(?:oznake|značke|teme|tags?|keywords|topics|теги|метки|темы)\s*:?)?[\s,;|·•]*$/iu;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && /\S/.test(v) ? clean(v) : undefined);

/** The text of a node as a reader sees it: `<br>` and block boundaries are spaces; skipped elements give nothing. */
function textOf(node: Node): string {
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

/** The first NewsArticle-like object of the page's JSON-LD (arrays and `@graph` searched). */
function jsonLdArticle(doc: Document, draft: Draft): Json | undefined {
  let found: Json | undefined;
  const visit = (v: unknown, depth: number) => {
    if (found || depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      const type = v['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.has(x)) && (str(v.headline) ?? str(v.name))) found = v;
      else visit(v['@graph'], depth + 1);
    }
  };
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'));
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      draft.warnings.push({ from: '<script type="application/ld+json">', text: '', note: 'not valid JSON: not read' });
    }
  }
  return found;
}

const meta = (doc: Document, key: string): string | undefined => {
  for (const el of Array.from(doc.querySelectorAll('meta[property][content], meta[name][content]'))) {
    if ((el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase() === key) return str(el.getAttribute('content'));
  }
  return undefined;
};
const metas = (doc: Document, key: string): string[] =>
  Array.from(doc.querySelectorAll('meta[property][content], meta[name][content]'))
    .filter((el) => (el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase() === key)
    .map((el) => str(el.getAttribute('content')))
    .filter((v): v is string => v !== undefined);

/** A date the format accepts: as given when valid ISO 8601, else its day, else a date line's. */
function isoDate(value: string): string | undefined {
  if (parseDate(value)) return value.trim();
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (day && parseDate(day)) return day;
  return parseDateLine(value)?.iso;
}

/** Resolves a link of the page against its URL; kept as written when there is none or it does not parse. */
function absolute(href: string, base: string | undefined): string {
  if (!base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
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

/** Reads a parsed page into a draft. `url` (the option) is the base of relative links; else the page's `og:url`/canonical. */
export function readHtml(doc: Document, url?: string): Draft {
  const draft = newDraft('html');
  const ld = jsonLdArticle(doc, draft);
  const ldText = (key: string) => (ld ? str(ld[key]) : undefined);
  const piece = (text: string, from: string, raw = text): Piece => ({ text, src: { from, text: raw } });

  // Scripts and the like: never run, not read, reported once by kind.
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

  // What the page states about itself.
  const lang = str(ld?.inLanguage) ?? str(doc.documentElement?.getAttribute('lang'));
  if (lang) draft.lang = piece(lang, ld?.inLanguage ? 'JSON-LD inLanguage' : '<html lang>');
  const canonical = str(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  const pageUrl =
    ldText('url') ??
    (isObject(ld?.mainEntityOfPage) ? str(ld.mainEntityOfPage['@id']) : str(ld?.mainEntityOfPage)) ??
    meta(doc, 'og:url') ??
    canonical;
  if (pageUrl)
    draft.url = piece(
      absolute(pageUrl, url),
      ldText('url') ? 'JSON-LD url' : meta(doc, 'og:url') ? '<meta property="og:url">' : '<link rel="canonical">',
      pageUrl,
    );
  const base = url ?? (pageUrl && /^https?:/i.test(pageUrl) ? pageUrl : undefined);

  const headline = ldText('headline') ?? ldText('name');
  const ogTitle = meta(doc, 'og:title');
  if (headline) draft.title = piece(headline, 'JSON-LD headline');
  else if (ogTitle) draft.title = piece(ogTitle, '<meta property="og:title">');

  const published: [string | undefined, string][] = [
    [ldText('datePublished'), 'JSON-LD datePublished'],
    [meta(doc, 'article:published_time'), '<meta property="article:published_time">'],
  ];
  for (const [value, from] of published) {
    const iso = value && isoDate(value);
    if (iso) {
      draft.published = piece(iso, from, value);
      break;
    }
    if (value) draft.warnings.push({ from, text: value, note: 'not a date the importer can read' });
  }

  const ldImage = ld?.image;
  const imageUrl =
    str(ldImage) ??
    (Array.isArray(ldImage)
      ? (str(ldImage[0]) ?? (isObject(ldImage[0]) ? str(ldImage[0].url) : undefined))
      : isObject(ldImage)
        ? str(ldImage.url)
        : undefined);
  if (imageUrl) draft.image = { src: piece(absolute(imageUrl, base), 'JSON-LD image', imageUrl) };
  else {
    const og = meta(doc, 'og:image');
    const alt = meta(doc, 'og:image:alt');
    if (og)
      draft.image = {
        src: piece(absolute(og, base), '<meta property="og:image">', og),
        alt: alt ? piece(alt, '<meta property="og:image:alt">') : undefined,
      };
  }
  const description = ldText('description') ?? meta(doc, 'og:description') ?? meta(doc, 'description');

  // Tags: rel=tag links, else the JSON-LD keywords or article:tag meta.
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

  // The headings and the date line, wherever they are (often above the <article>).
  const h1s: Piece[] = [];
  Array.from(doc.querySelectorAll('h1')).forEach((h, i) => {
    const text = textOf(h);
    if (text) h1s.push(piece(text, `<h1> ${i + 1}`));
    h.remove();
  });
  // The page's date line (<time datetime>): the date when the page states none elsewhere.
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  if (time) {
    const dt = time.getAttribute('datetime') ?? '';
    const iso = isoDate(dt) ?? isoDate(textOf(time));
    const shown = textOf(time) || dt;
    if (iso && !draft.published) {
      draft.published = piece(iso, '<time datetime>', dt);
      if (shown !== dt) draft.mapped.push({ from: '<time> text', text: shown, field: 'published' });
      time.remove();
    } else if (iso && draft.published) {
      const same = iso.slice(0, 10) === draft.published.text.slice(0, 10);
      (same ? draft.mapped : draft.warnings).push({
        from: '<time datetime>',
        text: shown,
        field: same ? 'published' : undefined,
        note: same
          ? `the same day as ${draft.published.src.from}`
          : `another date than ${draft.published.src.from} (${draft.published.text}), which was used`,
      });
      time.remove();
    }
  }

  // The body.
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

  // The title: the page's statement, else the first <h1>; an <h1> that says something else is reported.
  for (const h of h1s) {
    if (!draft.title) draft.title = h;
    else if (clean(h.text).toLowerCase() === clean(draft.title.text).toLowerCase())
      draft.mapped.push({ ...h.src, field: 'title', note: 'the same as the title' });
    else draft.unmapped.push({ ...h.src, note: 'a heading that differs from the title the page states' });
  }
  if (!draft.title) {
    const t = str(doc.querySelector('title')?.textContent);
    if (t) draft.title = piece(t, '<title>');
  }

  // A date line written as a paragraph near the top ("Monday, 7 October 2024").
  for (const seg of draft.segments.slice(0, 3)) {
    const d = seg.kind === 'para' ? parseDateLine(seg.text) : undefined;
    if (d && seg.kind === 'para') {
      if (!draft.published) draft.published = { ...piece(d.iso, seg.src.from, seg.src.text), warning: d.warning };
      else draft.mapped.push({ ...seg.src, field: 'published', note: `a date line; the date of ${draft.published.src.from} was used` });
      draft.segments.splice(draft.segments.indexOf(seg), 1);
      break;
    }
  }
  // The lead: the first paragraph, unless the page's description is something else.
  if (description) {
    const first = draft.segments[0];
    const stem = description.replace(/\s*(?:…|\.\.\.)$/, '');
    if (first?.kind === 'para' && first.text.startsWith(stem))
      draft.mapped.push({ from: 'description', text: description, field: 'lead', note: 'the same as the first paragraph' });
    else draft.lead = piece(description, ldText('description') ? 'JSON-LD description' : '<meta name="description">');
  }
  // No paragraphs in the markup: the JSON-LD articleBody, paragraph by line.
  if (!draft.segments.length && ldText('articleBody')) {
    const raw = String(ld?.articleBody);
    raw.split(/\n+/).forEach((p, i) => {
      if (/\S/.test(p)) draft.segments.push({ kind: 'para', ...piece(clean(p), `JSON-LD articleBody, paragraph ${i + 1}`, p) });
    });
  }
  return draft;
}

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
