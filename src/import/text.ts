import { parseDateLine } from './dates.js';
import { clean, newDraft, type Draft, type ListItem, type Segment } from './draft.js';

/*
 * A plain-text article, in the shape city sites publish (the seed of #17): a date line, the
 * title, the lead, paragraphs separated by blank lines, bullet lists (•, -, *, –, numbered),
 * a tag line. This reader only finds the parts and where they are; assemble.ts decides what
 * they become. Plain TypeScript: no DOM.
 */

/** A bullet or a number at the start of a line, and the rest of the line. */
const BULLET = /^\s*([•·▪◦‣●○■□*–—-])\s+(\S.*)$/u;
const NUMBERED = /^\s*(?:(\d{1,3})[.)]|\((\d{1,3})\))\s+(\S.*)$/u;

const TAG_LABEL = /^(?:oznake|značke|teme|ključne besede|tags?|keywords|topics|теги|метки|ключевые слова|темы)\s*:\s*(.*)$/iu;

/** A paragraph that is a line of tags ("moskva", "Oznake: Moskva, sodelovanje", "#moskva #kultura"): the tags, else undefined. */
export function tagLine(text: string): string[] | undefined {
  const labelled = TAG_LABEL.exec(text);
  const body = labelled ? labelled[1] : text;
  if (!labelled && (text.length > 100 || /[.!?:;]/.test(text))) return undefined;
  const hashtags = /^#\S/.test(body.trim());
  const tags = body
    .split(hashtags ? /[\s,;|]*#/ : /\s*[,;|]\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (!tags.length || tags.length > 12) return undefined;
  if (labelled || hashtags) return tags;
  // Unlabelled: short lower-case keywords only, so that a short sentence is not taken for tags.
  return tags.every((t) => t.length <= 40 && t.split(/\s+/).length <= 3 && /^[\p{Ll}\d]/u.test(t)) ? tags : undefined;
}

const where = (first: number, last: number) => (first === last ? `line ${first + 1}` : `lines ${first + 1}–${last + 1}`);

interface Line {
  readonly n: number;
  readonly raw: string;
}

/** The numbers of the lines that are items of a numbered list: runs of two or more, counting up by one. */
function numberedLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let run: { n: number; num: number }[] = [];
  const close = () => {
    if (run.length >= 2) for (const r of run) out.add(r.n);
    run = [];
  };
  for (const line of lines) {
    if (!/\S/.test(line.raw)) continue; // blank lines do not break a list
    const m = NUMBERED.exec(line.raw);
    const num = m ? Number(m[1] ?? m[2]) : NaN;
    if (!m) close();
    else if (run.length && num === run[run.length - 1].num + 1) run.push({ n: line.n, num });
    else {
      close();
      run = [{ n: line.n, num }];
    }
  }
  close();
  return out;
}

/** Reads a plain-text article into a draft (the input is already checked: not empty, not binary, not too large). */
export function readText(input: string): Draft {
  const draft = newDraft('text');
  const all: Line[] = input.split('\n').map((raw, n) => ({ n, raw }));

  // The date line: a whole line among the first four that is a date.
  const firstLines = all.filter((l) => /\S/.test(l.raw)).slice(0, 4);
  const dateLine = firstLines.map((l) => ({ l, d: parseDateLine(l.raw) })).find((x) => x.d);
  if (dateLine?.d) {
    draft.published = { text: dateLine.d.iso, src: { from: where(dateLine.l.n, dateLine.l.n), text: dateLine.l.raw.trim() } };
    if (dateLine.d.warning) draft.published = { ...draft.published, warning: dateLine.d.warning };
  }
  const lines = all.filter((l) => l !== dateLine?.l);
  const numbered = numberedLines(lines);

  const segments: Segment[] = [];
  let para: Line[] = [];
  let items: { first: Line; lines: Line[]; text: string }[] = [];
  const flushPara = () => {
    if (para.length) {
      segments.push({
        kind: 'para',
        text: clean(para.map((l) => l.raw).join(' ')),
        src: { from: where(para[0].n, para[para.length - 1].n), text: para.map((l) => l.raw.trim()).join('\n') },
      });
    }
    para = [];
  };
  const flushList = () => {
    if (items.length) {
      const list: ListItem[] = items.map((it) => ({
        text: clean(it.text),
        src: { from: where(it.first.n, it.lines[it.lines.length - 1].n), text: it.lines.map((l) => l.raw.trim()).join('\n') },
      }));
      segments.push({ kind: 'list', items: list });
    }
    items = [];
  };
  let blank = true;
  for (const line of lines) {
    if (!/\S/.test(line.raw)) {
      flushPara();
      blank = true;
      continue;
    }
    const bullet = BULLET.exec(line.raw);
    const number = numbered.has(line.n) ? NUMBERED.exec(line.raw) : null;
    const itemText = bullet?.[2] ?? number?.[3];
    if (itemText !== undefined) {
      flushPara();
      items.push({ first: line, lines: [line], text: itemText });
    } else if (items.length && !blank && (/^\s/.test(line.raw) || !closed(items[items.length - 1].text))) {
      // A wrapped item: an indented line, or one that goes on an item whose parenthesis is open.
      const item = items[items.length - 1];
      item.lines.push(line);
      item.text += ` ${line.raw.trim()}`;
    } else {
      flushList();
      para.push(line);
    }
    blank = false;
  }
  flushPara();
  flushList();

  // The title and the lead written without a blank line between them: the first line is the title.
  const first = segments[0];
  if (first?.kind === 'para' && first.src.text.includes('\n')) {
    const [head, ...rest] = first.src.text.split('\n');
    const m = /^lines? (\d+)/.exec(first.src.from);
    const n = m ? Number(m[1]) - 1 : 0;
    if (head.length <= 200 && !/[.!?]$/.test(head.trim())) {
      segments.splice(
        0,
        1,
        { kind: 'para', text: clean(head), src: { from: where(n, n), text: head } },
        { kind: 'para', text: clean(rest.join(' ')), src: { from: where(n + 1, n + rest.length), text: rest.join('\n') } },
      );
    }
  }
  // A line of tags written right above a paragraph (the seed: "moskva" and the last paragraph, no blank line between).
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind !== 'para' || !seg.src.text.includes('\n')) continue;
    const [head, ...rest] = seg.src.text.split('\n');
    if (!tagLine(clean(head))) continue;
    const n = Number(/^lines? (\d+)/.exec(seg.src.from)?.[1] ?? 1) - 1;
    segments.splice(
      i,
      1,
      { kind: 'para', text: clean(head), src: { from: where(n, n), text: head } },
      { kind: 'para', text: clean(rest.join(' ')), src: { from: where(n + 1, n + rest.length), text: rest.join('\n') } },
    );
  }
  draft.segments = segments;
  return draft;
}

/** Whether every `(` of an item's text is closed. */
function closed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth) depth--;
  }
  return depth === 0;
}
