/**
 * Text search that ignores case and diacritics ("zascita" finds "zaščita", "ежик" finds
 * "Ёжик"), with the matches mapped back to the original text for highlighting. Pure: no DOM,
 * no Lit; drawing the matches is the caller's (`highlight.ts` beside the areas). Shared by
 * `<cooperation-areas>` and `<city-news-feed>` (one search, not two).
 *
 * ```ts
 * const title = prepare('Socialna zaščita'); // once per text
 * matches(title, 'ZASCITA'); // [[9, 16]]: title.text.slice(9, 16) is 'zaščita'
 * ```
 *
 * Letters that only look like a letter with a mark stay apart: the Cyrillic й, ї and ў are
 * letters of their own ("мой" does not find "мои"). Latin letters with a stroke, which Unicode
 * does not decompose, fold by hand ("dakovica" finds "Đakovica", "lodz" finds "Łódź").
 */

/** A match: `[start, end)` in the original text. */
export type Range = readonly [start: number, end: number];

/** A text folded for search, with the original index of each folded character. */
export interface Folded {
  readonly text: string;
  readonly folded: string;
  readonly index: readonly number[];
}

const MARKS = /\p{M}/gu;
/**
 * The clusters `fold` changes besides case: a character beyond ASCII with the marks after it, or
 * marks alone (after an ASCII letter: "e" + a combining acute). ASCII is lower-cased as a whole.
 */
const NON_ASCII_CLUSTER = /[^\x00-\x7f]\p{M}*|\p{M}+/gu;
/** A base character with the marks that follow it (or marks alone), read from a given position. */
const CLUSTER_AT = /\P{M}\p{M}*|\p{M}+/uy;
const KEEP = new Set(['й', 'ї', 'ў']);
const STROKES: Readonly<Record<string, string>> = { đ: 'd', ł: 'l', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };
/** At most this many matches are found in one text (a one-letter search in a huge item stays cheap). */
const MAX_MATCHES = 100;

function foldCluster(cluster: string): string {
  const c = cluster.normalize('NFC').toLowerCase();
  return KEEP.has(c) ? c : (STROKES[c] ?? c).normalize('NFD').replace(MARKS, '');
}

/**
 * The folded form of a text: no diacritics, lower case. The same as folding every cluster, but
 * ASCII (most of any Latin text) goes through one `toLowerCase` instead of a call per character:
 * a feed of 1,000 items folds in about a millisecond.
 */
export function fold(text: string): string {
  return text.replace(NON_ASCII_CLUSTER, foldCluster).toLowerCase();
}

/** A text folded for search; fold each text once and search it with `matches` as often as needed. */
export function prepare(text: string): Folded {
  let folded = '';
  const index: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    // Most text is plain ASCII: folded without the regular expression and normalisation.
    if (code < 0x80) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      index.push(i++);
      continue;
    }
    CLUSTER_AT.lastIndex = i;
    const cluster = CLUSTER_AT.exec(text)![0];
    const f = foldCluster(cluster);
    folded += f;
    for (let k = 0; k < f.length; k++) index.push(i);
    i += cluster.length;
  }
  index.push(text.length);
  return { text, folded, index };
}

/**
 * Where the query (trimmed, folded) occurs in the text: ranges of the original text, in order,
 * never overlapping, at most the first 100; none for a blank query.
 */
export function matches(target: Folded, query: string): Range[] {
  const q = fold(query.trim());
  const out: Range[] = [];
  if (!q) return out;
  for (let at = target.folded.indexOf(q); at !== -1 && out.length < MAX_MATCHES; at = target.folded.indexOf(q, at + q.length)) {
    const start = target.index[at];
    // The end is where the next original character starts (a folded character may come from two).
    let next = at + q.length;
    while (target.index[next] === target.index[next - 1]) next++;
    out.push([start, target.index[next]]);
  }
  return out;
}
