/**
 * The embed builder's "Paste the article" step (#17): the editor pastes a city article (text or a
 * saved page's HTML); the importer (src/import, with the browser's DOMParser: no script of the
 * page runs) makes the announcement; the builder shows its fields, editable, each with inputs
 * for its English and Russian texts, beside the report (what came from where, what was not
 * mapped, what to check). Then the JSON goes to the snippet's `json` attribute, or is
 * downloaded as a file for `src`. Everything is shown as text (textContent and input values).
 */
import { importArticle, type ImportedAnnouncement, type ImportReport, type ReportEntry } from '../src/import/import.js';

/** The languages an editor can add next to each text. */
const EXTRA_LANGS = ['en', 'ru'];

type TextMap = Record<string, string>;
const isTextMap = (v: unknown): v is TextMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

function el<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(name), props);
  node.append(...children);
  return node;
}

/** A readable name of a field's path: `areas[2].items[0]` → "Area 3, item 1". */
function fieldName(path: string): string {
  return path
    .replace(/^body\[(\d+)\]/, (_, i) => `Paragraph ${+i + 1}`)
    .replace(/^areas\[(\d+)\]\.title/, (_, i) => `Area ${+i + 1}`)
    .replace(/^areas\[(\d+)\]\.items\[(\d+)\]/, (_, i, j) => `Area ${+i + 1}, item ${+j + 1}`)
    .replace(/^areas\[(\d+)\]\.description/, (_, i) => `Area ${+i + 1}, description`)
    .replace(/^tags\[(\d+)\]/, (_, i) => `Tag ${+i + 1}`)
    .replace(/^events\[(\d+)\]\.title/, (_, i) => `Event ${+i + 1}`)
    .replace(/^events\[(\d+)\]\.date/, (_, i) => `Event ${+i + 1}, date`)
    .replace(/^image\.alt/, 'Image, alt text')
    .replace(/^image\.src/, 'Image')
    .replace(/^(\w)/, (c) => c.toUpperCase());
}

/** Every editable value of the announcement, in reading order: texts (maps) and plain strings (dates, URLs). */
function fields(a: ImportedAnnouncement): { path: string; get: () => unknown; set: (v: unknown) => void }[] {
  const out: { path: string; get: () => unknown; set: (v: unknown) => void }[] = [];
  const add = (path: string, obj: Record<string, unknown>, key: string | number) =>
    out.push({ path, get: () => obj[key], set: (v) => (obj[key] = v) });
  const rec = a as unknown as Record<string, unknown>;
  add('title', rec, 'title');
  if (a.published) add('published', rec, 'published');
  if (a.lead) add('lead', rec, 'lead');
  a.body?.forEach((_, i) => add(`body[${i}]`, a.body as unknown as Record<string, unknown>, i));
  a.areas?.forEach((area, i) => {
    const r = area as unknown as Record<string, unknown>;
    add(`areas[${i}].title`, r, 'title');
    area.items.forEach((_, j) => add(`areas[${i}].items[${j}]`, area.items as unknown as Record<string, unknown>, j));
    if (area.description) add(`areas[${i}].description`, r, 'description');
  });
  a.tags?.forEach((_, i) => add(`tags[${i}]`, a.tags as unknown as Record<string, unknown>, i));
  a.events?.forEach((ev, i) => {
    add(`events[${i}].title`, ev as unknown as Record<string, unknown>, 'title');
    add(`events[${i}].date`, ev as unknown as Record<string, unknown>, 'date');
  });
  if (a.url) add('url', rec, 'url');
  if (a.image) {
    add('image.src', a.image as unknown as Record<string, unknown>, 'src');
    add('image.alt', a.image as unknown as Record<string, unknown>, 'alt');
  }
  return out;
}

function reportList(title: string, entries: readonly ReportEntry[], open: boolean): HTMLElement {
  const list = el('ul', { className: 'eb-import__entries' });
  for (const e of entries) {
    const item = el('li', {}, el('span', { className: 'eb-import__from' }, e.field ? `${e.field} ← ${e.from}` : e.from));
    if (e.text) item.append(' ', el('q', {}, e.text.length > 160 ? `${e.text.slice(0, 159)}…` : e.text));
    if (e.note) item.append(' — ', e.note);
    list.append(item);
  }
  const details = el('details', { className: 'eb-import__group', open }, el('summary', {}, `${title} (${entries.length})`));
  details.append(entries.length ? list : el('p', { className: 'eb-hint' }, 'Nothing.'));
  return details;
}

/** Sets up the step; `use` puts a JSON text into the builder's data (the json attribute). */
export function setUpImport(use: (json: string) => void): void {
  const $ = <E extends Element>(s: string) => document.querySelector<E>(s)!;
  const input = $<HTMLTextAreaElement>('#article-text');
  const langSelect = $<HTMLSelectElement>('#article-lang');
  const error = $<HTMLParagraphElement>('#import-error');
  const result = $<HTMLDivElement>('#import-result');
  const fieldsBox = $<HTMLDivElement>('#import-fields');
  const reportBox = $<HTMLDivElement>('#import-report');
  const download = $<HTMLAnchorElement>('#import-download');
  let announcement: ImportedAnnouncement | undefined;
  let blobUrl: string | undefined;

  const json = () => JSON.stringify(announcement, null, 2);
  const refreshDownload = () => {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = URL.createObjectURL(new Blob([`${json()}\n`], { type: 'application/json' }));
    download.href = blobUrl;
  };

  const showReport = (report: ImportReport) => {
    reportBox.replaceChildren(
      el(
        'p',
        {},
        `Read as ${report.format}, language ${report.lang}${report.langSource === 'guessed' ? ' (guessed: choose it above to be sure)' : ''}.`,
      ),
      reportList('To check', report.warnings, true),
      reportList('Not mapped', report.unmapped, true),
      reportList('Mapped', report.mapped, false),
    );
  };

  const showFields = (a: ImportedAnnouncement) => {
    const langs = [a.lang, ...EXTRA_LANGS.filter((l) => l !== a.lang)];
    fieldsBox.replaceChildren();
    for (const f of fields(a)) {
      const row = el('div', { className: 'eb-import__field' });
      const name = fieldName(f.path);
      const value = f.get();
      row.dataset.path = f.path;
      row.append(el('span', { className: 'eb-import__name' }, name));
      const editors = isTextMap(value) ? langs : [undefined];
      for (const lang of editors) {
        const current = lang === undefined ? String(value ?? '') : ((value as TextMap)[lang] ?? '');
        const long = current.length > 70;
        const box: HTMLInputElement | HTMLTextAreaElement = long ? document.createElement('textarea') : document.createElement('input');
        if (box instanceof HTMLTextAreaElement) box.rows = Math.min(6, Math.ceil(current.length / 70));
        else box.type = 'text';
        box.className = 'eb-input';
        box.value = current;
        if (lang) {
          box.lang = lang;
          box.dataset.lang = lang;
        }
        box.setAttribute('aria-label', lang ? `${name} (${lang})` : name);
        if (lang && lang !== a.lang) box.placeholder = `${lang}: add the translation`;
        box.addEventListener('input', () => {
          if (lang === undefined) f.set(box.value.trim());
          else {
            const map = { ...(f.get() as TextMap) };
            if (box.value.trim()) map[lang] = box.value;
            else delete map[lang];
            f.set(map);
          }
          refreshDownload();
        });
        row.append(lang ? el('label', { className: 'eb-import__lang' }, el('span', {}, lang), box) : box);
      }
      fieldsBox.append(row);
    }
  };

  $<HTMLButtonElement>('#article-import').addEventListener('click', () => {
    const r = importArticle(input.value, { lang: langSelect.value || undefined });
    error.hidden = r.ok;
    result.hidden = !r.ok;
    if (!r.ok) {
      error.textContent = r.error.message;
      announcement = undefined;
      return;
    }
    announcement = r.announcement;
    showFields(r.announcement);
    showReport(r.report);
    refreshDownload();
  });
  $<HTMLButtonElement>('#import-use').addEventListener('click', () => {
    if (announcement) use(json());
  });
}
