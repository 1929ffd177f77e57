import { assemble } from './assemble.js';
import { readHtml } from './html.js';
import { readText } from './text.js';
import type { ImportOptions, ImportReport, ImportResult } from './types.js';

/*
 * The importer (#17): a city's news article (plain text or a saved HTML page) → an announcement
 * in our format, with a report of what went where. Not part of any widget entry: the CLI
 * (bin/partner-city-widgets.mjs) and the embed builder use it.
 */

export type * from './types.js';
export { guessLang } from './assemble.js';
export { tagLine } from './text.js';
export { parseArea, splitItems, splitTopLevel } from './areas.js';
export { findDates, parseDateLine } from './dates.js';

/** The largest input read, in characters (5 MB of text: a saved article page with its scripts is well under). */
export const MAX_INPUT = 5_000_000;

/** Starts like markup: a doctype, a comment or one of the tags a page or an article starts with. */
const LOOKS_HTML = /^\s*(?:<!doctype\s+html|<!--|<(?:html|head|body|article|main|section|div|h1|p|meta|title)\b)/i;

/** Characters of binary data: NUL, C0 controls but tab, newline, form feed and carriage return, and U+FFFD (a failed decoding). */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** Whether a report has nothing for the editor to check: no unmapped text and no warning. */
export const isCleanReport = (report: ImportReport): boolean => !report.unmapped.length && !report.warnings.length;

/**
 * Imports an article. Never throws: gives `{ ok: true, announcement, report }`, where the
 * announcement is valid against `schema/announcement.schema.json` and the report lists what
 * was mapped from where and every piece of text that was not; or `{ ok: false, error }` for
 * input that is empty, binary, larger than `MAX_INPUT` characters, HTML with no parser, or
 * without any text to make a title of.
 */
export function importArticle(input: string, options: ImportOptions = {}): ImportResult {
  try {
    if (typeof input !== 'string' || !/\S/.test(input)) {
      return { ok: false, error: { code: 'empty', message: 'The article is empty: there is no text to import.' } };
    }
    if (input.length > MAX_INPUT) {
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `The article is ${input.length.toLocaleString('en')} characters long; the importer reads at most ${MAX_INPUT.toLocaleString('en')} (a saved article page is far smaller: is this the right file?).`,
        },
      };
    }
    const binary = input.slice(0, 65536).match(BINARY)?.length ?? 0;
    if (input.includes('\u0000') || binary > Math.max(2, Math.min(input.length, 65536) / 100)) {
      return {
        ok: false,
        error: { code: 'binary', message: 'The input looks like binary data (control characters), not an article in text or HTML.' },
      };
    }
    const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
    const html = options.format ? options.format === 'html' : LOOKS_HTML.test(text);
    if (html) {
      const parse =
        options.parseHtml ?? (typeof DOMParser === 'function' ? (s: string) => new DOMParser().parseFromString(s, 'text/html') : undefined);
      if (!parse)
        return {
          ok: false,
          error: { code: 'no-html-parser', message: 'This is HTML, and no HTML parser is available here (pass parseHtml).' },
        };
      return assemble(readHtml(parse(text), options.url), options);
    }
    return assemble(readText(text), options);
  } catch (e) {
    // A bug of ours must not become an exception for the caller (the builder, the CLI).
    return {
      ok: false,
      error: { code: 'internal', message: `The importer failed on this article (a bug; please report it): ${String(e)}` },
    };
  }
}
