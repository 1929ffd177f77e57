import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// The "Get the data" link of <cooperation-areas>. The CSV itself (areasCsv) is written by
// src/internal/data-files.ts, a chunk loaded only for a widget with `downloadable`.

/** The "Get the data" link to `href` (the CSV; none until its code has loaded), its file named after the announcement's id. */
export function downloadLink(href: string | undefined, id: string | undefined, label: string): TemplateResult {
  return html`<a part="download" class="download" href=${ifDefined(href)} download=${`${id ? `${id}-` : ''}areas.csv`} type="text/csv"
    >${label} (CSV)</a
  >`;
}
