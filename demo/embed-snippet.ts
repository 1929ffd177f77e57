/**
 * What the embed builder writes, as pure functions (no form, no page): the widget's tag with its
 * attributes, the data as `src` or as the text-safe `json` attribute, and the light-DOM fallback
 * content built from the data. The builder and the CMS round-trip tests (test/cms.test.ts) both
 * use this module, so the tests run exactly the snippets an editor copies.
 *
 * Why it looks as it does (what the sanitiser tests show):
 * - no `<script>` in the snippet: every CMS sanitiser strips it (the library is loaded once, by
 *   the site's template; the builder shows that line apart);
 * - the JSON goes in `json`, never `data`: WordPress's kses takes `data` for a URL and empties it;
 * - fallback content inside the tag, in plain HTML (headings, paragraphs, lists, links): a
 *   sanitiser that drops our tags keeps it, so the page is never blank, and readers without
 *   JavaScript, crawlers and reader views get the content.
 */
import { formatDate, localize, parseArticle, parseAreas, parseCities, parseFeed, parseTimeline } from '../src/index.js';
import { pick } from '../src/i18n/format.js';
import { formatPartialDate } from '../src/i18n/partial-date.js';
import type { AreaList, Article, CityNetwork, Feed, LocalizedText, PartialDate, Result, Timeline } from '../src/index.js';
import { translate } from '../src/i18n/strings.js';
import { mapStrings } from '../src/i18n/strings/map.js';

export const TAGS = ['city-news-card', 'cooperation-areas', 'partner-city-map', 'city-news-feed', 'partnership-timeline'] as const;
export type Tag = (typeof TAGS)[number];
export const isTag = (v: unknown): v is Tag => TAGS.includes(v as Tag);

/** One attribute of the element: a value, or `true` for a boolean attribute. */
export type Attr = readonly [name: string, value: string | true];

/** Everything a snippet depends on. */
export interface SnippetOptions {
  tag: Tag;
  /** `src`: the data at a URL; `json`: the data in the `json` attribute. */
  source: 'src' | 'json';
  /** The data URL (for `src`). */
  url: string;
  /** A full locale (`sl`, `en-GB`, `ru`), or empty to follow the page. */
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  debug: boolean;
  variant: 'full' | 'compact';
  dateStyle: 'numeric' | 'long';
  previewParagraphs: number;
  structuredData: boolean;
  /** The tags' link template (`/iskanje?tag={tag}`), or empty for plain-text tags. */
  tagHref: string;
  layout: 'accordion' | 'list' | 'grid';
  searchable: boolean;
  open: boolean;
  projection: 'auto' | 'conic' | 'natural-earth';
  basemap: string;
  /** The feed's layout. */
  feedLayout: 'list' | 'grid' | 'compact';
  /** The feed's cards: `compact` or `full`. */
  itemVariant: 'compact' | 'full';
  /** Items per page of the feed (1–100). */
  pageSize: number;
  /** A fixed number of feed items with no controls; 0 for none. */
  limit: number;
  /** The timeline's layout. */
  timelineLayout: 'vertical' | 'horizontal';
  /** The timeline's order: oldest or newest first. */
  order: 'oldest' | 'newest';
  /** An accent colour (`#0b5cad`), written as `--pcw-color-accent` on the element; empty for none. */
  accent: string;
}

export const DEFAULTS: SnippetOptions = {
  tag: 'city-news-card',
  source: 'src',
  url: '',
  lang: '',
  theme: 'light',
  headingLevel: 2,
  debug: false,
  variant: 'full',
  dateStyle: 'numeric',
  previewParagraphs: 2,
  structuredData: false,
  tagHref: '',
  layout: 'accordion',
  searchable: false,
  open: false,
  projection: 'auto',
  basemap: '',
  feedLayout: 'list',
  itemVariant: 'compact',
  pageSize: 10,
  limit: 0,
  timelineLayout: 'vertical',
  order: 'oldest',
  accent: '',
};

/** A colour the builder may write into a style attribute: `#rgb` or `#rrggbb`, nothing else. */
export const isColour = (v: string) => /^#(?:[0-9a-f]{3}){1,2}$/i.test(v);

/**
 * The element's attributes. `all` (the preview) spells out the defaults too, so that a value
 * switched back to its default is set, not removed; the snippet (`all` false) leaves them out.
 * The `json` attribute is not among them (see `snippet`).
 */
export function attributes(o: SnippetOptions, all: boolean): Attr[] {
  const out: Attr[] = [];
  const add = (name: string, value: string | boolean, fallback?: string) => {
    if (value === false || value === '') return;
    if (!all && fallback !== undefined && value === fallback) return;
    out.push([name, value]);
  };
  if (o.source === 'src') add('src', o.url);
  add('lang', o.lang);
  add('theme', o.theme, 'light');
  switch (o.tag) {
    case 'city-news-card':
      add('variant', o.variant, 'full');
      add('date-style', o.dateStyle, 'numeric');
      add('preview-paragraphs', String(o.previewParagraphs), '2');
      add('heading-level', String(o.headingLevel), '2');
      add('structured-data', o.structuredData);
      add('tag-href', o.tagHref);
      break;
    case 'cooperation-areas':
      add('layout', o.layout, 'accordion');
      add('searchable', o.searchable);
      add('open', o.open);
      add('heading-level', String(o.headingLevel), '2');
      break;
    case 'partner-city-map':
      add('projection', o.projection, 'auto');
      add('basemap', o.basemap);
      break;
    case 'city-news-feed':
      add('layout', o.feedLayout, 'list');
      add('item-variant', o.itemVariant, 'compact');
      add('page-size', String(o.pageSize), '10');
      add('limit', String(o.limit), '0');
      add('heading-level', String(o.headingLevel), '2');
      break;
    case 'partnership-timeline':
      add('layout', o.timelineLayout, 'vertical');
      add('order', o.order, 'oldest');
      add('heading-level', String(o.headingLevel), '2');
      break;
  }
  add('debug', o.debug);
  if (o.accent && isColour(o.accent)) add('style', `--pcw-color-accent: ${o.accent.toLowerCase()}`);
  return out;
}

/** Every attribute the builder manages on the preview; any other (`expanded`, set by the reader) is left alone. */
export const MANAGED = [
  'src',
  'json',
  'lang',
  'theme',
  'variant',
  'date-style',
  'preview-paragraphs',
  'heading-level',
  'structured-data',
  'tag-href',
  'layout',
  'searchable',
  'open',
  'projection',
  'basemap',
  'item-variant',
  'page-size',
  'limit',
  'order',
  'debug',
  'style',
];

// ---------------------------------------------------------------- escaping

/** Text as HTML text. */
export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value for a double-quoted attribute. */
export const escapeAttr = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** `c` as a JSON escape: `\u003c`. */
const jsonEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON for a single-quoted `json='…'` attribute: on one line (editors and `wpautop` break
 * lines), its structural double quotes left readable, and `<` `>` `&` `'` and, inside strings,
 * `"` and `\` written as `\u` escapes. So the value holds nothing a sanitiser treats specially:
 * kses splits tags at `>` and strips the backslash of every `\"` (wp_kses_stripslashes);
 * DOMPurify drops attribute values with markup in them. `JSON.parse` reads back exactly the
 * same data.
 */
export const jsonAttribute = (value: unknown) =>
  `'${JSON.stringify(value).replace(/\\(["\\])|[<>&']/g, (m, escaped?: string) => jsonEscape(escaped ?? m))}'`;

function openTag(tag: string, attrs: readonly Attr[], json: unknown): string {
  const parts = attrs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttr(value)}"`));
  if (json !== undefined) parts.push(`json=${jsonAttribute(json)}`);
  const oneLine = `<${[tag, ...parts].join(' ')}>`;
  return oneLine.length <= 100 ? oneLine : `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}>`;
}

// ---------------------------------------------------------------- the fallback content

export const PARSERS: Record<Tag, (json: unknown, base?: string) => Result<unknown>> = {
  'city-news-card': (json, base) => parseArticle(json, { base }),
  'cooperation-areas': (json, base) => parseAreas(json, { base }),
  'partner-city-map': (json, base) => parseCities(json, { base }),
  'city-news-feed': (json, base) => parseFeed(json, { base }),
  'partnership-timeline': (json, base) => parseTimeline(json, { base }),
};

/** The paragraphs of rich text, as text (the fallback carries no markup of the data's). */
function paragraphsOf(bodyHtml: string): string[] {
  if (typeof DOMParser === 'undefined')
    return [
      bodyHtml
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ];
  // An inert document: nothing in it loads or runs.
  const doc = new DOMParser().parseFromString(bodyHtml, 'text/html');
  const blocks = [...doc.body.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, h5, h6')];
  const texts = (blocks.length ? blocks : [doc.body]).map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter(Boolean);
}

/**
 * The content of the data as plain HTML, in the widget's language: what a reader sees before the
 * widget renders, without JavaScript, or when a sanitiser removed the widget's tag. Empty when
 * the data has nothing to show.
 */
export function fallbackHtml(
  tag: Tag,
  model: unknown,
  o: Pick<SnippetOptions, 'lang' | 'headingLevel' | 'dateStyle'> & Partial<Pick<SnippetOptions, 'pageSize' | 'limit'>>,
): string {
  // Without a lang of its own the widget follows the page, which is most likely in the data's language.
  const lang = o.lang || (model as { lang?: string }).lang || 'en';
  const h = `h${Math.min(6, Math.max(1, o.headingLevel || 2))}`;
  const data = model as { lang?: string };
  // A text of the data, with `lang` when it is not in the widget's language.
  const text = (value: LocalizedText | undefined, element: string) => {
    const picked = pick(value, lang, data.lang);
    if (!picked.text.trim()) return '';
    const same = picked.lang === 'und' || picked.lang.split('-')[0].toLowerCase() === lang.split('-')[0].toLowerCase();
    return `<${element}${same ? '' : ` lang="${escapeAttr(picked.lang)}"`}>${escapeText(picked.text)}</${element}>`;
  };
  const lines: string[] = [];
  switch (tag) {
    case 'city-news-card': {
      const a = model as Article;
      const title = localize(a.title, lang, a.lang);
      lines.push(`<${h}>${a.url ? `<a href="${escapeAttr(a.url)}">${escapeText(title)}</a>` : escapeText(title)}</${h}>`);
      if (a.published)
        lines.push(
          `<p><time datetime="${escapeAttr(a.published.iso)}">${escapeText(formatDate(a.published, lang, o.dateStyle))}</time></p>`,
        );
      lines.push(text(a.lead, 'p'));
      for (const p of a.body) lines.push(text(p, 'p'));
      if (!a.body.length && a.bodyHtml) {
        const rich = pick(a.bodyHtml, lang, a.lang);
        for (const p of paragraphsOf(rich.text)) lines.push(text({ [rich.lang]: p }, 'p'));
      }
      break;
    }
    case 'cooperation-areas':
      for (const area of (model as AreaList).areas) {
        lines.push(text(area.title, h));
        if (area.items.length) lines.push('<ul>', ...area.items.map((i) => `  ${text(i.title, 'li')}`), '</ul>');
      }
      break;
    case 'partner-city-map': {
      const t = translate(mapStrings, lang);
      let regions: Intl.DisplayNames | undefined;
      try {
        regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
      } catch {
        regions = undefined;
      }
      const items = (model as CityNetwork).cities.map((c) => {
        const name = localize(c.name, lang, data.lang);
        const named = c.url ? `<a href="${escapeAttr(c.url)}">${escapeText(name)}</a>` : escapeText(name);
        let country = '';
        try {
          country = c.country ? (regions?.of(c.country) ?? c.country) : '';
        } catch {
          country = c.country ?? '';
        }
        const extra = [country, c.role === 'home' ? t.home : '', c.since ? t.partnerSince(formatDate(c.since, lang)) : ''].filter(Boolean);
        return `<li>${named}${extra.length ? ` (${escapeText(extra.join(', '))})` : ''}</li>`;
      });
      if (items.length) lines.push('<ul>', ...items.map((i) => `  ${i}`), '</ul>');
      break;
    }
    case 'city-news-feed': {
      // The newest items (the first page, or the limit) as a list of dated links.
      const feed = model as Feed;
      const items = feed.items.slice(0, o.limit || o.pageSize || 10).map((a) => {
        const picked = pick(a.title, lang, a.lang ?? feed.lang);
        const same = picked.lang === 'und' || picked.lang.split('-')[0].toLowerCase() === lang.split('-')[0].toLowerCase();
        const title = escapeText(picked.text);
        const named = a.url ? `<a href="${escapeAttr(a.url)}">${title}</a>` : title;
        const date = a.published
          ? ` (<time datetime="${escapeAttr(a.published.iso)}">${escapeText(formatDate(a.published, lang, o.dateStyle))}</time>)`
          : '';
        return `<li${same ? '' : ` lang="${escapeAttr(picked.lang)}"`}>${named}${date}</li>`;
      });
      if (items.length) lines.push('<ul>', ...items.map((i) => `  ${i}`), '</ul>');
      break;
    }
    case 'partnership-timeline': {
      // The entries in time order as a list: each date (or period) in <time datetime>, the title (a link when it has a URL), the place.
      const timeline = model as Timeline;
      // Dates as the widget writes them (at their precision, no weekday).
      const time = (d: PartialDate) => `<time datetime="${escapeAttr(d.iso)}">${escapeText(formatPartialDate(d, lang))}</time>`;
      const entries = timeline.entries.map((e) => {
        const times = (...dates: (PartialDate | undefined)[]) =>
          dates
            .filter((d): d is PartialDate => !!d)
            .map(time)
            .join('–');
        // With a period (a programme for 2019–2021), the date is the signing and the period follows it.
        const when = e.period ? `${time(e.date)} (${times(e.period.from, e.period.to)})` : times(e.date, e.end);
        const title = escapeText(localize(e.title, lang, timeline.lang));
        const named = e.url ? `<a href="${escapeAttr(e.url)}">${title}</a>` : title;
        const place = localize(e.place, lang, timeline.lang);
        return `<li>${when}: ${named}${place ? `, ${escapeText(place)}` : ''}</li>`;
      });
      if (entries.length) lines.push('<ol>', ...entries.map((i) => `  ${i}`), '</ol>');
      break;
    }
  }
  return lines.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------- the snippet

/**
 * The snippet for one widget: the tag, its attributes, the data (`src`, or `json` when `json`
 * is given) and the fallback content (`fallback`, plain HTML) inside it, indented.
 */
export function snippet(o: SnippetOptions, json: unknown, fallback: string): string {
  const attrs = attributes(o, false);
  const open = openTag(o.tag, attrs, o.source === 'json' ? json : undefined);
  if (!fallback) return `${open}</${o.tag}>`;
  const inner = fallback
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${open}\n${inner}\n</${o.tag}>`;
}

/** The line the site's template (or a CMS's head-script setting) carries once, for every page. */
export const scriptTag = (url: string) => `<script type="module" src="${escapeAttr(url)}"></script>`;

/** The rule for the site's stylesheet that sets the accent colour on every widget (instead of a style attribute). */
export const accentRule = (colour: string) =>
  `city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline { --pcw-color-accent: ${colour.toLowerCase()}; }`;
