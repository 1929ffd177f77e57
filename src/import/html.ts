import { parseDateLine } from './dates.js';
import { clean, newDraft, type Draft } from './draft.js';
import { readBody, readTags, removeSkipped } from './html-body.js';
import { ldStr, piece, str } from './html-dom.js';
import { jsonLdArticle, readHeadings, readStatements, readTime } from './html-meta.js';

/*
 * A saved article page → a draft. What the page states about itself comes first: schema.org
 * NewsArticle JSON-LD, Open Graph and `article:*` meta, `<time datetime>`, `<h1>` (html-meta.ts);
 * then the article's body (`<article>`, `<main>`, or the block with the most paragraph text):
 * paragraphs, headings, lists (→ areas), the first image with its alt text, `rel=tag` links
 * (→ tags) (html-body.ts). Scripts are never run (a parsed document does not run them) and nothing
 * of them is kept but the JSON-LD, read as JSON. Works on any `Document`: the browser's DOMParser
 * or linkedom's in Node (only standard DOM calls, no layout: no innerText; html-dom.ts).
 */

/** Reads a parsed page into a draft. `url` (the option) is the base of relative links; else the page's `og:url`/canonical. */
export function readHtml(doc: Document, url?: string): Draft {
  const draft = newDraft('html');
  const ld = jsonLdArticle(doc, draft);
  const ldText = (key: string) => ldStr(ld, key);

  // Scripts and the like: never run, not read, reported once by kind.
  removeSkipped(doc, draft, ld);

  // What the page states about itself.
  const { base, description } = readStatements(doc, draft, ld, url);

  // Tags: rel=tag links, else the JSON-LD keywords or article:tag meta.
  readTags(doc, draft, ld);

  // The headings and the date line, wherever they are (often above the <article>).
  const h1s = readHeadings(doc);
  readTime(doc, draft);

  // The body.
  readBody(doc, draft, base);

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
