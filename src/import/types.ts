/*
 * The importer's public types: what `importArticle` takes and gives back.
 */

/** One line of the import report: a piece of the input, and where it went (or why it went nowhere). */
export interface ReportEntry {
  /** Where in the input: `line 3`, `lines 5–7`, `<h1>`, `JSON-LD headline`, `<meta property="og:image">`. */
  readonly from: string;
  /** The input's text as written (for a script or a style: only what it was, never its content). */
  readonly text: string;
  /** The announcement's field it became (`title`, `areas[2].items[0]`, `events[1].date`); absent when it became none. */
  readonly field?: string;
  /** Why, or what the editor should check. */
  readonly note?: string;
}

/**
 * What the importer did with the input. `mapped` lists what became which field; `unmapped` every
 * piece of input text that became none (never silently dropped); `warnings` what needs the
 * editor's eye (an ambiguous date, a weekday that does not match, a value the validator left out).
 * A report with no `unmapped` and no `warnings` entry is clean (`isCleanReport`).
 */
export interface ImportReport {
  /** `text` or `html`. */
  readonly format: 'text' | 'html';
  /** The language the texts were stored under, and whether it was given or guessed. */
  readonly lang: string;
  readonly langSource: 'option' | 'page' | 'guessed';
  readonly mapped: readonly ReportEntry[];
  readonly unmapped: readonly ReportEntry[];
  readonly warnings: readonly ReportEntry[];
}

/** A JSON text value as the format allows it: here always a map of language to text. */
export type ImportedText = Record<string, string>;

/** The announcement JSON the importer writes (a subset of `schema/announcement.schema.json`). */
export interface ImportedAnnouncement {
  id?: string;
  lang: string;
  published?: string;
  title: ImportedText;
  lead?: ImportedText;
  body?: ImportedText[];
  url?: string;
  image?: { src: string; alt: ImportedText };
  tags?: ImportedText[];
  areas?: { title: ImportedText; items: ImportedText[]; description?: ImportedText }[];
  events?: { title: ImportedText; date: string }[];
}

/** Options of `importArticle`. */
export interface ImportOptions {
  /** The language of the article (BCP 47: `sl`, `en`, `ru`). Without it the language is guessed (and the report says so). */
  readonly lang?: string;
  /** Where the article is published: the announcement's `url`, and the base of an HTML page's relative links. */
  readonly url?: string;
  /** `text` or `html`; without it, input that starts like markup (`<!doctype`, `<html`, `<article`, …) is read as HTML. */
  readonly format?: 'text' | 'html';
  /**
   * Parses HTML into a document. In a browser the default is `DOMParser`; in Node (the CLI)
   * pass one (the CLI uses linkedom's). Scripts of the document are never run.
   */
  readonly parseHtml?: (html: string) => Document;
}

/** Why an input could not be imported. */
export interface ImportError {
  /** `empty`, `binary`, `too-large`, `no-title`, `no-html-parser`; `internal` is a bug of the importer (please report it). */
  readonly code: 'empty' | 'binary' | 'too-large' | 'no-title' | 'no-html-parser' | 'internal';
  /** A sentence for the editor. */
  readonly message: string;
}

/** The outcome: a valid announcement with its report, or a clear error. `importArticle` never throws. */
export type ImportResult =
  | { readonly ok: true; readonly announcement: ImportedAnnouncement; readonly report: ImportReport }
  | { readonly ok: false; readonly error: ImportError };
