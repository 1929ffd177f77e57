import { html, type TemplateResult } from 'lit';
import type { Range } from '../../internal/search.js';

/** The text with each range in a `<mark part="mark">`; text only, never HTML. */
export function highlight(text: string, ranges: readonly Range[]): (string | TemplateResult)[] | string {
  if (!ranges.length) return text;
  const out: (string | TemplateResult)[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    out.push(text.slice(pos, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    pos = end;
  }
  out.push(text.slice(pos));
  return out;
}
