import type { ReportEntry } from './types.js';

/*
 * What a reader of the input (text.ts, html.ts) hands to the assembly (assemble.ts): the
 * article's parts in reading order, each with where it came from. Plain TypeScript: no DOM.
 */

/** A piece of the input: where it is, and its text as written. */
export interface Source {
  readonly from: string;
  readonly text: string;
}

/** A text with its source. */
export interface Piece {
  readonly text: string;
  readonly src: Source;
}

/** A list item; `children` are the items of a nested list (HTML), which become the area's items. */
export interface ListItem extends Piece {
  readonly children?: readonly Piece[];
}

/** A paragraph, or a list (a run of bullet or numbered lines, an `<ul>`/`<ol>`). */
export type Segment = ({ readonly kind: 'para' } & Piece) | { readonly kind: 'list'; readonly items: readonly ListItem[] };

/** The article as read, before it is assembled into an announcement. */
export interface Draft {
  readonly format: 'text' | 'html';
  /** The language the page states (`<html lang>`, JSON-LD `inLanguage`). */
  lang?: Piece;
  published?: Piece & { readonly warning?: string };
  title?: Piece;
  lead?: Piece;
  /** The body in reading order; the title and the lead are taken from its start when not stated. */
  segments: Segment[];
  tags: Piece[];
  image?: { readonly src: Piece; readonly alt?: Piece };
  url?: Piece;
  /** Entries the reader already knows about (skipped regions, ignored scripts). */
  readonly mapped: ReportEntry[];
  readonly unmapped: ReportEntry[];
  readonly warnings: ReportEntry[];
}

/** A new, empty draft. */
export const newDraft = (format: 'text' | 'html'): Draft => ({
  format,
  segments: [],
  tags: [],
  mapped: [],
  unmapped: [],
  warnings: [],
});

/** Spaces as one (no-break spaces, tabs, newlines included), trimmed. */
export const clean = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
