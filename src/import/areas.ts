/*
 * A list item of an article as an area of cooperation: `area (item, item, …)`. The items are
 * split on the commas at the top level only: never inside nested parentheses or brackets, nor
 * inside quotes (»…«, „…“, "…", «…», “…”). Plain TypeScript: no DOM.
 */

/** An area read from one list item. */
export interface AreaDraft {
  readonly title: string;
  readonly items: readonly string[];
  /** Text after the items' closing parenthesis ("… (a, b) and more"), kept as the area's description. */
  readonly description?: string;
  /** What the editor should check (an unclosed parenthesis). */
  readonly warning?: string;
  /** Pieces joined back to the item before them (an enumeration inside one item), for the report. */
  readonly joined: readonly string[];
}

/** Closing quote for each opening one. `»` opens in Slovene (»…«) and closes in Russian («…»): see `quoteStep`. */
const PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '„': '“',
  '‚': '‘',
  '“': '”',
  '«': '»',
  '»': '«',
  '"': '"',
};
const CLOSERS = new Set([')', ']', '}']);

/**
 * One character's effect on the stack of open brackets and quotes. A quote that can close the
 * innermost open one closes it; otherwise it opens (so »x« and «x» both balance). A closing
 * bracket with nothing open to close is ignored.
 */
function quoteStep(stack: string[], ch: string): void {
  const top = stack[stack.length - 1];
  if (top !== undefined && ch === top) {
    stack.pop();
    return;
  }
  // „…” (closing with a right double quote) is also written.
  if (top === '“' && ch === '”' && stack.length) {
    stack.pop();
    return;
  }
  if (CLOSERS.has(ch)) return; // a stray closer at this level: ignored
  const closer = PAIRS[ch];
  if (closer !== undefined) stack.push(closer);
}

/** Whether a character counts: brackets always, quotes unless `quotes` is false. */
const tracked = (ch: string, quotes: boolean) => quotes || '([{'.includes(ch) || CLOSERS.has(ch);

/** Splits on `sep` where no bracket or quote is open. `quotes: false` treats quotes as text (for text with an unbalanced quote). */
export function splitTopLevel(text: string, sep: string, quotes = true): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === sep && !stack.length) {
      out.push(text.slice(from, i));
      from = i + 1;
    } else if (tracked(ch, quotes)) quoteStep(stack, ch);
  }
  out.push(text.slice(from));
  return out;
}

/** Whether every bracket and quote of `text` is closed. */
function balanced(text: string, quotes: boolean): boolean {
  const stack: string[] = [];
  for (const ch of text) if (tracked(ch, quotes)) quoteStep(stack, ch);
  return stack.length === 0;
}

const CONJUNCTIONS = new Set(['in', 'ter', 'ali', 'and', 'or', 'и', 'или', 'а']);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const lastWord = (s: string) => words(s).at(-1) ?? '';
const ending = (w: string) => w.toLowerCase().slice(-2);

/**
 * Whether a comma-separated `piece` continues the item before it (`previous`) rather than being
 * an item of its own: an enumeration inside one item. Two shapes are recognised:
 * - a piece of one word after a piece of three words or more ("izmenjava umetniških skupin,
 *   razstav, projektov na …"): it and the piece after it (the enumeration's last member) belong
 *   to the item before ("exhibitions, concerts" stay two items);
 * - a series of agreeing words ("… k gospodarskim, kulturnim in socialnim aktivnostim"): the
 *   piece starts "w1 in w2 …" and w1, w2 and the previous piece's last word end alike.
 */
function continues(previous: string, piece: string, afterSingle: boolean): boolean {
  const w = words(piece);
  if (afterSingle) return true;
  if (w.length === 1) return words(previous).length >= 3;
  const [w1, conj, w2] = w;
  if (w.length >= 3 && CONJUNCTIONS.has(conj.toLowerCase())) {
    const e = ending(lastWord(previous));
    return e.length === 2 && /\p{L}{2}/u.test(e) && ending(w1) === e && ending(w2) === e;
  }
  return false;
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s;,.]+$/u, '')
    .trim();
const tidyTitle = (s: string) =>
  tidy(s)
    .replace(/[\s:–—-]+$/u, '')
    .trim();

/** Splits the text inside an area's parentheses into its items. */
export function splitItems(inside: string): { items: string[]; joined: string[] } {
  const quotes = balanced(inside, true);
  const sep = splitTopLevel(inside, ';', quotes).filter((p) => /\S/.test(p)).length > 1 ? ';' : ',';
  const pieces = splitTopLevel(inside, sep, quotes).map(tidy);
  const items: string[] = [];
  const joined: string[] = [];
  let afterSingle = false;
  for (const piece of pieces) {
    if (!piece) continue;
    if (sep === ',' && items.length && continues(items[items.length - 1], piece, afterSingle)) {
      afterSingle = !afterSingle && words(piece).length === 1;
      items[items.length - 1] += `, ${piece}`;
      joined.push(piece);
    } else {
      afterSingle = false;
      items.push(piece);
    }
  }
  return { items, joined };
}

/** Reads one list item as an area: `title (item, item, …)`, or a title alone (an area with no items). */
export function parseArea(text: string): AreaDraft {
  const flat = text.replace(/\s+/g, ' ').trim();
  const quotes = balanced(flat, true);
  const open = openParen(flat, quotes);
  if (open < 0) return { title: tidyTitle(flat) || flat, items: [], joined: [] };
  const close = matchingParen(flat, open);
  const title = tidyTitle(flat.slice(0, open));
  if (close < 0) {
    return {
      title: tidyTitle(flat) || flat,
      items: [],
      joined: [],
      warning: 'an opening parenthesis without its closing one: the items were not split',
    };
  }
  if (!title) return { title: tidyTitle(flat) || flat, items: [], joined: [] };
  const { items, joined } = splitItems(flat.slice(open + 1, close));
  const rest = tidy(flat.slice(close + 1));
  return { title, items, joined, description: rest || undefined };
}

/** The first `(` outside quotes (with `quotes`), or -1. */
function openParen(text: string, quotes: boolean): number {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' && !stack.length) return i;
    if (tracked(text[i], quotes)) quoteStep(stack, text[i]);
  }
  return -1;
}

/** The `)` that closes the `(` at `open` (brackets inside counted, quotes not), or -1. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
