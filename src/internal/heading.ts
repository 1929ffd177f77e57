import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at `level` (1–6; anything else is 2), so a widget fits the outline of the page it is
 * pasted into. The part's name is its class too: the widgets' own rules select classes, not parts
 * (src/styles/host.ts).
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
  }
}
