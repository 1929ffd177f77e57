import { LIMITS, parseAnnouncement, slug } from '../model/parse.js';
import { parseArea } from './areas.js';
import { findDates } from './dates.js';
import { tagLine } from './text.js';
import type { Draft, Piece } from './draft.js';
import type { ImportOptions, ImportReport, ImportResult, ImportedAnnouncement, ImportedText, ReportEntry } from './types.js';

/*
 * A draft (text.ts, html.ts) → an announcement in our format, and the report. Every value goes
 * through the library's own parser (`parseAnnouncement`): whatever it would leave out is left
 * out here too, with a warning, so the result is always valid. Plain TypeScript: no DOM.
 */

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/** Guesses the language of a text: Cyrillic → ru, Slovene letters or words → sl, else en. */
export function guessLang(text: string): string {
  const sample = text.slice(0, 20000);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  const sl = sample.match(/[čšžČŠŽ]|\b(?:in|je|za|so|ter|pri|tudi|ki|med)\b/g)?.length ?? 0;
  const en = sample.match(/\b(?:the|and|of|with|for|is|are|was|on)\b/gi)?.length ?? 0;
  return sl > en ? 'sl' : 'en';
}

/** The sentence of `text` around `index`. */
function sentenceAt(text: string, index: number): string {
  const ends = [...text.matchAll(/[.!?…](?=\s+[\p{Lu}«»„"“(\d])/gu)].map((m) => m.index + 1);
  let start = 0;
  let end = text.length;
  for (const e of ends) {
    if (e <= index) start = e;
    else {
      end = e;
      break;
    }
  }
  return text.slice(start, end).trim();
}

/** Removes the value at a parser warning's path (`areas[2].items[0]`, `image.src`); true when it found one. */
function dropPath(json: Record<string, unknown>, path: string): boolean {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  let node: unknown = json;
  for (let i = 0; i < keys.length - 1; i++) {
    node = (node as Record<string | number, unknown> | undefined)?.[keys[i]];
    if (typeof node !== 'object' || node === null) return false;
  }
  const last = keys[keys.length - 1];
  if (Array.isArray(node) && typeof last === 'number' && last < node.length) node.splice(last, 1);
  else if (typeof node === 'object' && node !== null && last !== undefined && Object.hasOwn(node, String(last)))
    delete (node as Record<string, unknown>)[String(last)];
  else return false;
  return true;
}

/** Assembles the announcement from a draft; see the module's comment. */
export function assemble(draft: Draft, options: ImportOptions): ImportResult {
  const mapped: ReportEntry[] = [...draft.mapped];
  const unmapped: ReportEntry[] = [...draft.unmapped];
  const warnings: ReportEntry[] = [...draft.warnings];
  const map = (piece: Piece, field: string, note?: string) => mapped.push({ from: piece.src.from, text: piece.src.text, field, note });

  // The language: the option, the page's, or a guess from the text.
  const allText = [
    draft.title?.text,
    ...draft.segments.map((s) => (s.kind === 'para' ? s.text : s.items.map((i) => i.text).join(' '))),
  ].join(' ');
  let lang: string;
  let langSource: ImportReport['langSource'];
  if (options.lang !== undefined && LANG_TAG.test(options.lang)) [lang, langSource] = [options.lang, 'option'];
  else if (draft.lang && LANG_TAG.test(draft.lang.text)) [lang, langSource] = [draft.lang.text, 'page'];
  else [lang, langSource] = [guessLang(allText), 'guessed'];
  if (options.lang !== undefined && !LANG_TAG.test(options.lang))
    warnings.push({ from: 'options', text: options.lang, note: `not a language tag; the language was taken as ${lang}` });
  if (draft.lang)
    map(draft.lang, 'lang', langSource === 'page' ? undefined : `the ${langSource === 'option' ? 'option' : 'guess'} "${lang}" was used`);
  const t = (s: string): ImportedText => ({ [lang]: s });

  const segments = [...draft.segments];
  // The title: the page's own, else the first paragraph.
  let title = draft.title;
  if (!title) {
    const i = segments.findIndex((s) => s.kind === 'para');
    if (i >= 0) title = segments.splice(i, 1)[0] as Piece;
  }
  if (!title || !/\S/.test(title.text)) {
    return { ok: false, error: { code: 'no-title', message: 'The article has no title: no heading and no paragraph of text was found.' } };
  }
  map(title, 'title');
  if (title.text.length > 300)
    warnings.push({ from: title.src.from, text: title.text.slice(0, 80), note: 'a very long title: is it the first paragraph?' });

  // The lead: stated, else the paragraph right after the title.
  let lead = draft.lead;
  if (!lead && segments[0]?.kind === 'para' && !tagLine(segments[0].text)) lead = segments.shift() as Piece;
  if (lead) map(lead, 'lead');

  const json: ImportedAnnouncement = { lang, title: t(title.text) };
  if (draft.published) {
    json.published = draft.published.text;
    map(draft.published, 'published', draft.published.text);
    if (draft.published.warning)
      warnings.push({ from: draft.published.src.from, text: draft.published.src.text, note: draft.published.warning });
  }
  json.id = slug(`${json.published?.slice(0, 10) ?? ''} ${title.text}`.split(/\s+/).slice(0, 8).join(' '));
  if (lead) json.lead = t(lead.text);

  const body: ImportedText[] = [];
  const bodyPieces: Piece[] = [];
  const areas: NonNullable<ImportedAnnouncement['areas']> = [];
  const tags: ImportedText[] = [];
  for (const tag of draft.tags) {
    map(tag, `tags[${tags.length}]`);
    tags.push(t(tag.text));
  }
  for (const seg of segments) {
    if (seg.kind === 'para') {
      const found = draft.format === 'text' ? tagLine(seg.text) : undefined;
      if (found) {
        mapped.push({
          from: seg.src.from,
          text: seg.src.text,
          field: `tags[${tags.length}${found.length > 1 ? `–${tags.length + found.length - 1}` : ''}]`,
          note: 'a line of tags',
        });
        tags.push(...found.map(t));
      } else if (body.length >= LIMITS.list) {
        unmapped.push({ from: seg.src.from, text: seg.src.text, note: `more than ${LIMITS.list} paragraphs` });
      } else {
        map(seg, `body[${body.length}]`);
        bodyPieces.push(seg);
        body.push(t(seg.text));
      }
      continue;
    }
    for (const item of seg.items) {
      if (areas.length >= LIMITS.areas) {
        unmapped.push({ from: item.src.from, text: item.src.text, note: `more than ${LIMITS.areas} areas` });
        continue;
      }
      const path = `areas[${areas.length}]`;
      if (item.children?.length) {
        areas.push({ title: t(item.text), items: item.children.map((c) => t(c.text)) });
        map(item, `${path}.title`, 'a list item with a nested list');
        item.children.forEach((c, i) => map(c, `${path}.items[${i}]`));
        continue;
      }
      const a = parseArea(item.text);
      const area: (typeof areas)[number] = { title: t(a.title), items: a.items.map(t) };
      if (a.description) area.description = t(a.description);
      areas.push(area);
      const joined = a.joined.length ? `; kept inside one item (an enumeration): ${a.joined.map((j) => `"${j}"`).join(', ')}` : '';
      map(
        item,
        path,
        `title and ${a.items.length} item${a.items.length === 1 ? '' : 's'}${a.description ? ', text after the parenthesis as the description' : ''}${joined}`,
      );
      if (a.warning) warnings.push({ from: item.src.from, text: item.text, note: a.warning });
    }
  }
  if (body.length) json.body = body;
  if (areas.length) json.areas = areas;
  if (tags.length) json.tags = tags;

  // The URL and the image.
  const url = options.url ?? draft.url?.text;
  if (url !== undefined) {
    json.url = url;
    if (draft.url) map(draft.url, 'url', options.url !== undefined ? `the option's URL was used` : undefined);
    else mapped.push({ from: 'options', text: url, field: 'url' });
  }
  if (draft.image) {
    json.image = { src: draft.image.src.text, alt: t(draft.image.alt?.text ?? '') };
    map(draft.image.src, 'image.src');
    if (draft.image.alt) map(draft.image.alt, 'image.alt');
  }

  // Dates inside the lead and the body: a date without doubt becomes an event (its sentence the
  // title, for the editor to shorten); any other is reported, not guessed.
  const events: NonNullable<ImportedAnnouncement['events']> = [];
  const scanned: [Piece, string][] = [
    ...(lead ? [[lead, 'lead'] as [Piece, string]] : []),
    ...bodyPieces.map((p, i) => [p, `body[${i}]`] as [Piece, string]),
  ];
  for (const [piece, field] of scanned) {
    for (const d of findDates(piece.text, json.published)) {
      if (d.iso) {
        const sentence = sentenceAt(piece.text, d.index);
        mapped.push({
          from: `${piece.src.from} (${field})`,
          text: d.text,
          field: `events[${events.length}]`,
          note: `date ${d.iso}; the title is its sentence`,
        });
        events.push({ date: d.iso, title: t(sentence) });
      } else {
        warnings.push({
          from: `${piece.src.from} (${field})`,
          text: d.text,
          note: `a date that is not certain (${d.reason}): not made an event`,
        });
      }
    }
  }
  if (events.length) json.events = events;

  // The library's own parser decides what is valid; anything it would leave out goes here too.
  for (let pass = 0; pass < 6; pass++) {
    const result = parseAnnouncement(json, url ? { base: undefined } : undefined);
    if (!result.ok)
      return { ok: false, error: { code: 'no-title', message: `The article could not be made an announcement: ${result.error.message}` } };
    if (!result.warnings.length) break;
    // Deepest paths and highest indices first, so that removing one does not move another.
    const paths = result.warnings.map((w) => w.path).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    for (const w of result.warnings) warnings.push({ from: 'validation', text: w.path, note: `${w.message}: left out` });
    // A field that is not there (a required one, already removed) takes its object with it.
    for (const p of paths)
      if (!dropPath(json as unknown as Record<string, unknown>, p))
        dropPath(json as unknown as Record<string, unknown>, p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, ''));
  }
  return { ok: true, announcement: json, report: { format: draft.format, lang, langSource, mapped, unmapped, warnings } };
}
