import { parseDate } from '../model/parse.js';
import { parseDateLine } from './dates.js';
import type { Draft, Piece } from './draft.js';
import { absolute, isObject, ldStr, piece, str, textOf, type Json } from './html-dom.js';

/*
 * What a saved article page states about itself: schema.org NewsArticle JSON-LD (read as JSON,
 * never run), Open Graph and `article:*` meta, `<time datetime>`, `<h1>`.
 */

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'WebPage']);

/** The first NewsArticle-like object of the page's JSON-LD (arrays and `@graph` searched). */
export function jsonLdArticle(doc: Document, draft: Draft): Json | undefined {
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

export const meta = (doc: Document, key: string): string | undefined => {
  for (const el of Array.from(doc.querySelectorAll('meta[property][content], meta[name][content]'))) {
    if ((el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase() === key) return str(el.getAttribute('content'));
  }
  return undefined;
};
export const metas = (doc: Document, key: string): string[] =>
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

/**
 * The page's statements about itself (JSON-LD, then meta): its language, URL, title, date and
 * image, into the draft. Returns the base of the page's relative links and its description.
 */
export function readStatements(
  doc: Document,
  draft: Draft,
  ld: Json | undefined,
  url: string | undefined,
): { base: string | undefined; description: string | undefined } {
  const ldText = (key: string) => ldStr(ld, key);
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
  return { base, description };
}

/** The page's `<h1>`s, wherever they are (often above the `<article>`): taken out of the page, as pieces. */
export function readHeadings(doc: Document): Piece[] {
  const h1s: Piece[] = [];
  Array.from(doc.querySelectorAll('h1')).forEach((h, i) => {
    const text = textOf(h);
    if (text) h1s.push(piece(text, `<h1> ${i + 1}`));
    h.remove();
  });
  return h1s;
}

/** The page's date line (`<time datetime>`): the date when the page states none elsewhere. */
export function readTime(doc: Document, draft: Draft): void {
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
}
