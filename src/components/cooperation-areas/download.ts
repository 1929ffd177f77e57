import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toCsv } from '../../internal/csv.js';
import type { AreaList } from '../../model/parse-areas.js';
import type { LocalizedText } from '../../model/types.js';

// The "Get the data" download of <cooperation-areas>: the areas and their items as CSV.

/**
 * Every area and item of the model as CSV (columns `id`, `area`, `item`, `description`, `url`),
 * each text as `text` gives it (in the widget's language).
 */
export function areasCsv(model: AreaList, text: (value: LocalizedText | undefined) => string): Blob {
  const rows = [['id', 'area', 'item', 'description', 'url']];
  for (const area of model.areas) {
    const title = text(area.title);
    if (!area.items.length) rows.push([area.id, title, '', '', '']);
    for (const item of area.items) rows.push([area.id, title, text(item.title), text(item.description), item.url ?? '']);
  }
  // A byte order mark, so that spreadsheets read the file as UTF-8.
  return new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}

/** The "Get the data" link to `href` (the CSV), its file named after the announcement's id. */
export function downloadLink(href: string | undefined, id: string | undefined, label: string): TemplateResult {
  return html`<a part="download" class="download" href=${ifDefined(href)} download=${`${id ? `${id}-` : ''}areas.csv`} type="text/csv"
    >${label} (CSV)</a
  >`;
}
