/**
 * CSV for the "Get the data" downloads (RFC 4180): every cell quoted, a quote doubled, rows
 * ended with CRLF. A cell that a spreadsheet would read as a formula — one starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return — gets a leading apostrophe inside its quotes
 * (OWASP's advice against CSV injection), so that it opens as text. Pure: no DOM.
 */

/** The characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA = /^[=+\-@\t\r]/;

/** One cell: quoted, its quotes doubled, an apostrophe before a formula's first character. */
export function csvCell(value: string): string {
  const text = FORMULA.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows of cells as CSV text: cells separated by commas, each row ended with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
