/**
 * The embed builder: a form that writes a paste-ready snippet for one widget, checks the data
 * with the library's own parsers as the editor types, and shows the configured widget live.
 * No inline scripts or styles (embed.html works under a strict Content-Security-Policy); the
 * snippet never uses a long `data` attribute, which CMS editors tend to mangle: data is either
 * `src` or an inline `<script type="application/json">`.
 */
import '../src/index.js';
import { loadJson, parseArticle, parseAreas, parseCities } from '../src/index.js';
import type { AreaList, CityNetwork, Issue, Result } from '../src/index.js';

const TAGS = ['city-news-card', 'cooperation-areas', 'partner-city-map'] as const;
type Tag = (typeof TAGS)[number];
const isTag = (v: unknown): v is Tag => TAGS.includes(v as Tag);

/** One attribute of the element: a value, or `true` for a boolean attribute. */
type Attr = readonly [name: string, value: string | true];

/** What the form says, read in one go. */
interface Options {
  tag: Tag;
  source: 'url' | 'json';
  url: string;
  json: string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  debug: boolean;
  variant: 'full' | 'compact';
  dateStyle: 'numeric' | 'long';
  previewParagraphs: number;
  structuredData: boolean;
  layout: 'accordion' | 'list' | 'grid';
  searchable: boolean;
  open: boolean;
  projection: 'auto' | 'conic' | 'natural-earth';
  basemap: string;
  script: string;
}

/** The outcome of checking the data, as the panel shows it. */
type Check =
  | { state: 'idle' }
  | { state: 'loading'; url: string }
  | { state: 'load-error'; message: string; hint?: string }
  | { state: 'syntax-error'; message: string }
  | { state: 'invalid'; error: Issue; warnings: readonly Issue[]; notes: string[] }
  | { state: 'empty'; warnings: readonly Issue[]; notes: string[] }
  | { state: 'valid'; summary: string; warnings: readonly Issue[]; notes: string[] };

// ---------------------------------------------------------------- the page's elements

function $<E extends Element>(selector: string): E {
  const el = document.querySelector<E>(selector);
  if (!el) throw new Error(`embed.html has no ${selector}`);
  return el;
}

const form = $<HTMLFormElement>('#builder');
const urlInput = $<HTMLInputElement>('#data-url');
const jsonInput = $<HTMLTextAreaElement>('#data-json');
const basemapInput = $<HTMLInputElement>('#opt-basemap');
const validation = $<HTMLDivElement>('#validation');
const preview = $<HTMLDivElement>('#preview');
const snippetCode = $<HTMLElement>('#snippet-code');
const snippetPre = $<HTMLPreElement>('pre.eb-snippet');
const snippetText = $<HTMLTextAreaElement>('#snippet-text');
const snippetNote = $<HTMLParagraphElement>('#snippet-note');
const snippetPlain = $<HTMLDetailsElement>('#snippet-plain');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLParagraphElement>('#copy-status');

// ---------------------------------------------------------------- reading the form

function pick<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function readOptions(): Options {
  const f = new FormData(form);
  const text = (name: string) => String(f.get(name) ?? '').trim();
  const paragraphs = Number(text('preview-paragraphs'));
  const level = Number(text('heading-level'));
  return {
    tag: pick(f.get('widget'), TAGS, 'city-news-card'),
    source: pick(f.get('source'), ['url', 'json'] as const, 'url'),
    url: text('url'),
    json: String(f.get('json') ?? ''),
    lang: pick(f.get('lang'), ['', 'sl', 'en', 'ru'] as const, ''),
    theme: pick(f.get('theme'), ['light', 'dark', 'auto'] as const, 'light'),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
    debug: f.has('debug'),
    variant: pick(f.get('variant'), ['full', 'compact'] as const, 'full'),
    dateStyle: pick(f.get('date-style'), ['numeric', 'long'] as const, 'numeric'),
    previewParagraphs: text('preview-paragraphs') !== '' && Number.isInteger(paragraphs) && paragraphs >= 0 ? paragraphs : 2,
    structuredData: f.has('structured-data'),
    layout: pick(f.get('layout'), ['accordion', 'list', 'grid'] as const, 'accordion'),
    searchable: f.has('searchable'),
    open: f.has('open'),
    projection: pick(f.get('projection'), ['auto', 'conic', 'natural-earth'] as const, 'auto'),
    basemap: text('basemap'),
    script: text('script'),
  };
}

/**
 * The element's attributes. `all` (the preview) spells out the defaults too, so that a value
 * switched back to its default is set, not removed; the snippet (`all` false) leaves them out.
 */
function attributes(o: Options, all: boolean): Attr[] {
  const out: Attr[] = [];
  const add = (name: string, value: string | boolean, fallback?: string) => {
    if (value === false || value === '') return;
    if (!all && fallback !== undefined && value === fallback) return;
    out.push([name, value]);
  };
  if (o.source === 'url') add('src', o.url);
  add('lang', o.lang);
  add('theme', o.theme, 'light');
  switch (o.tag) {
    case 'city-news-card':
      add('variant', o.variant, 'full');
      add('date-style', o.dateStyle, 'numeric');
      add('preview-paragraphs', String(o.previewParagraphs), '2');
      add('heading-level', String(o.headingLevel), '2');
      add('structured-data', o.structuredData);
      break;
    case 'cooperation-areas':
      add('layout', o.layout, 'accordion');
      add('searchable', o.searchable);
      add('open', o.open);
      add('heading-level', String(o.headingLevel), '2');
      break;
    case 'partner-city-map':
      add('projection', o.projection, 'auto');
      add('basemap', o.basemap);
      break;
  }
  add('debug', o.debug);
  return out;
}

/** Every attribute the builder manages; any other (e.g. `expanded`, set by the reader) is left alone. */
const MANAGED = [
  'src', 'lang', 'theme', 'variant', 'date-style', 'preview-paragraphs', 'heading-level', 'structured-data',
  'layout', 'searchable', 'open', 'projection', 'basemap', 'debug',
];

// ---------------------------------------------------------------- the snippet

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON for an inline `<script type="application/json">`: pretty-printed, with `</` written as
 * `<\/` (so no string in the data can close the script) and `<!--` as `\u003c!--` (so none can
 * switch the HTML parser into its "escaped script" state). Both are valid JSON escapes: the
 * widget reads back exactly the same data.
 */
function inlineJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}

function openTag(tag: string, attrs: readonly Attr[]): string {
  const parts = attrs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttr(value)}"`));
  const oneLine = `<${[tag, ...parts].join(' ')}>`;
  return oneLine.length <= 100 ? oneLine : `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}>`;
}

function snippet(o: Options, attrs: readonly Attr[], json: string | undefined): string {
  const lines: string[] = [];
  if (o.script) lines.push(`<script type="module" src="${escapeAttr(o.script)}"></script>`);
  if (json === undefined) {
    lines.push(`${openTag(o.tag, attrs)}</${o.tag}>`);
  } else {
    const indented = json.split('\n').map((line) => `    ${line}`).join('\n');
    lines.push(openTag(o.tag, attrs), '  <script type="application/json">', indented, '  </script>', `</${o.tag}>`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- checking the data

const PARSERS: Record<Tag, (json: unknown, base?: string) => Result<unknown>> = {
  'city-news-card': (json, base) => parseArticle(json, { base }),
  'cooperation-areas': (json, base) => parseAreas(json, { base }),
  'partner-city-map': (json, base) => parseCities(json, { base }),
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A line about what the widget will show; `undefined` when it has nothing to show (its empty message). */
function summary(tag: Tag, value: unknown): string | undefined {
  switch (tag) {
    case 'city-news-card':
      return 'an announcement';
    case 'cooperation-areas': {
      const { areas } = value as AreaList;
      if (!areas.length) return undefined;
      const items = areas.reduce((n, a) => n + a.items.length, 0);
      return `${count(areas.length, 'area', 'areas')} with ${count(items, 'item', 'items')}`;
    }
    case 'partner-city-map': {
      const { cities, links } = value as CityNetwork;
      if (!cities.length) return undefined;
      return `${count(cities.length, 'city', 'cities')}, ${count(links.length, 'link', 'links')}`;
    }
  }
}

const isEmptyJson = (json: unknown) =>
  json === null ||
  (Array.isArray(json) && !json.length) ||
  (typeof json === 'object' && json !== null && !Array.isArray(json) && !Object.keys(json).length);

const RELATIVE = (v: unknown): v is string => typeof v === 'string' && !!v.trim() && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(v.trim());

/** The example files use URLs relative to themselves: made absolute when inserted, as an editor would have to. */
function absolutize(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((v) => absolutize(v, base));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, (key === 'src' || key === 'url') && RELATIVE(v) ? new URL(v.trim(), base).href : absolutize(v, base)]),
  );
}

/** Relative URLs in pasted JSON resolve against the page the widget is on, not against a file: say so. */
function relativeUrlNotes(json: unknown): string[] {
  const notes: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (notes.length >= 5) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        const p = path ? `${path}.${key}` : key;
        if ((key === 'src' || key === 'url') && RELATIVE(v)) {
          notes.push(`${p} is a relative URL ("${v.trim()}"): inline, it resolves against the page the widget is on.`);
        } else walk(v, p);
      }
    }
  };
  walk(json, '');
  return notes;
}

function checkJson(tag: Tag, json: unknown, base: string | undefined, inline: boolean): Check {
  const notes = inline ? relativeUrlNotes(json) : [];
  if (isEmptyJson(json)) return { state: 'empty', warnings: [], notes };
  const result = PARSERS[tag](json, base);
  if (!result.ok) return { state: 'invalid', error: result.error, warnings: result.warnings, notes };
  const line = summary(tag, result.value);
  return line === undefined
    ? { state: 'empty', warnings: result.warnings, notes }
    : { state: 'valid', summary: line, warnings: result.warnings, notes };
}

// ---------------------------------------------------------------- the validation panel

function el<K extends keyof HTMLElementTagNameMap>(name: K, className?: string, ...children: (Node | string)[]) {
  const node = document.createElement(name);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** `cities[2].lat` + `must be a number …` as code + text. */
function issue(i: Issue): (Node | string)[] {
  const message = i.path && i.message.startsWith(`${i.path} `) ? i.message.slice(i.path.length + 1) : i.message;
  return i.path ? [el('code', '', i.path), ` ${message}`] : [message];
}

function renderCheck(check: Check, tag: Tag) {
  const nodes: Node[] = [];
  switch (check.state) {
    case 'idle':
      nodes.push(el('p', 'eb-status', 'No data yet: enter a URL or paste JSON.'));
      break;
    case 'loading':
      nodes.push(el('p', 'eb-status', 'Loading ', el('code', '', check.url), ' …'));
      break;
    case 'load-error': {
      const box = el('div', 'eb-status eb-status--error', el('p', '', el('strong', '', '✗ Could not load the data. '), check.message));
      box.setAttribute('role', 'alert');
      if (check.hint) box.append(el('p', 'eb-status__hint', check.hint));
      nodes.push(box);
      break;
    }
    case 'syntax-error': {
      const box = el('div', 'eb-status eb-status--error', el('p', '', el('strong', '', '✗ This is not valid JSON. '), check.message));
      box.setAttribute('role', 'alert');
      const sl = el('span', '', 'Besedilo ni veljaven JSON.');
      sl.lang = 'sl';
      box.append(el('p', 'eb-status__hint', 'Check for a missing comma or quote, or a trailing comma. ', sl));
      nodes.push(box);
      break;
    }
    case 'invalid': {
      const box = el('div', 'eb-status eb-status--error', el('p', '', el('strong', '', '✗ The widget cannot show this data: '), ...issue(check.error)));
      box.setAttribute('role', 'alert');
      box.append(el('p', 'eb-status__hint', `The widget would show its error message instead. Fix the field named above (${tag}).`));
      nodes.push(box);
      break;
    }
    case 'empty': {
      const box = el('p', 'eb-status eb-status--warn', '✓ Valid, but there is nothing to show: the widget will show its “nothing to show” message.');
      box.setAttribute('role', 'status');
      nodes.push(box);
      break;
    }
    case 'valid': {
      const box = el('p', 'eb-status eb-status--ok', el('strong', '', '✓ valid'), ` · ${check.summary}`);
      box.setAttribute('role', 'status');
      nodes.push(box);
      break;
    }
  }
  if ('warnings' in check && check.warnings.length) {
    const id = 'warnings-title';
    const title = el('p', 'eb-warnings__title', `${count(check.warnings.length, 'problem', 'problems')} (left out of the widget, the rest is shown):`);
    title.id = id;
    const list = el('ul', 'eb-warnings__list', ...check.warnings.map((w) => el('li', '', ...issue(w))));
    list.setAttribute('aria-labelledby', id);
    nodes.push(el('div', 'eb-warnings', title, list));
  }
  if ('notes' in check && check.notes.length) {
    nodes.push(el('div', 'eb-notes', el('p', 'eb-warnings__title', 'Notes:'), el('ul', 'eb-warnings__list', ...check.notes.map((n) => el('li', '', n)))));
  }
  validation.replaceChildren(...nodes);
}

// ---------------------------------------------------------------- the preview

const previewEmpty = el('p', 'eb-preview__empty', 'The widget appears here once it has data.');

function applyPreview(o: Options, attrs: readonly Attr[], inline: string | undefined) {
  let widget = preview.querySelector<HTMLElement>(':scope > ' + o.tag);
  if (!widget) {
    // A different widget: a new element (the old one goes, with its state).
    widget = document.createElement(o.tag);
    preview.replaceChildren(widget, previewEmpty);
  }
  const wanted = new Map(attrs);
  for (const name of MANAGED) {
    const value = wanted.get(name);
    if (value === undefined) widget.removeAttribute(name);
    else if (widget.getAttribute(name) !== (value === true ? '' : value)) widget.setAttribute(name, value === true ? '' : value);
  }
  // The inline JSON, exactly as in the snippet (the widget re-reads it when it changes).
  let script = widget.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (inline === undefined) script?.remove();
  else {
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/json';
      widget.append(script);
    }
    if (script.textContent !== inline) script.textContent = inline;
  }
  previewEmpty.hidden = inline !== undefined || wanted.has('src');
  preview.dataset.theme = o.theme;
}

// ---------------------------------------------------------------- one update of everything

let checkToken = 0;
let abortLoad: AbortController | undefined;

/** `parsed`: the pasted JSON, or why it is not JSON. */
function readPasted(text: string): { ok: true; json: unknown } | { ok: false; message: string } | undefined {
  if (!text.trim()) return undefined;
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function update() {
  const o = readOptions();
  syncVisibility(o.tag, o.source);
  const snippetAttrs = attributes(o, false);
  const previewAttrs = attributes(o, true);

  let inline: string | undefined;
  let previewInline: string | undefined;
  let check: Check | undefined;
  let note = '';

  if (o.source === 'json') {
    const pasted = readPasted(o.json);
    if (!pasted) check = { state: 'idle' };
    else if (!pasted.ok) {
      check = { state: 'syntax-error', message: pasted.message };
      previewInline = o.json; // the widget shows its own error for it
    } else {
      inline = inlineJson(pasted.json);
      previewInline = inline;
      check = checkJson(o.tag, pasted.json, undefined, true);
    }
  } else if (!o.url) check = { state: 'idle' };

  // The snippet: there is one unless the pasted text is not JSON.
  const canSnippet = o.source === 'url' ? true : check?.state !== 'syntax-error' && check?.state !== 'idle';
  if (!canSnippet) {
    note = check?.state === 'idle' ? 'Paste the JSON above to get a snippet.' : 'Fix the JSON above to get a snippet.';
  } else if (o.source === 'url' && !o.url) {
    note = 'No data URL yet: the element below has no src.';
  }
  if (!o.script) note = `${note ? `${note} ` : ''}No script URL: the page must load the library some other way.`;
  const text = canSnippet ? snippet(o, snippetAttrs, inline) : '';
  snippetCode.textContent = text;
  snippetPre.hidden = !text;
  snippetText.value = text;
  snippetNote.textContent = note;
  snippetNote.hidden = !note;
  copyButton.disabled = !text;

  applyPreview(o, previewAttrs, previewInline);

  // The check: at once for pasted JSON, after loading for a URL.
  abortLoad?.abort();
  abortLoad = undefined;
  const token = ++checkToken;
  if (check) {
    renderCheck(check, o.tag);
    return;
  }
  const url = new URL(o.url, document.baseURI).href;
  const abort = (abortLoad = new AbortController());
  renderCheck({ state: 'loading', url: o.url }, o.tag);
  loadJson(url, { signal: abort.signal }).then(
    (json) => {
      if (token === checkToken) renderCheck(checkJson(o.tag, json, url, false), o.tag);
    },
    (e: unknown) => {
      if (token !== checkToken || abort.signal.aborted) return;
      const message = e instanceof Error ? e.message : String(e);
      const kind = (e as { kind?: string }).kind;
      const hint =
        kind === 'network'
          ? 'Check the address. A file on another site must allow this page to read it (CORS); on your own site the widget may still load it.'
          : kind === 'http'
            ? 'Check the address: the server has no such file, or does not let the page read it.'
            : kind === 'html' || kind === 'not-json'
              ? 'The URL must point to the JSON file itself, not to a page about it.'
              : undefined;
      renderCheck({ state: 'load-error', message, hint }, o.tag);
    },
  );
}

function syncVisibility(tag: Tag, source: 'url' | 'json') {
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-widget]')) {
    const shown = fieldset.dataset.widget === tag;
    fieldset.hidden = !shown;
    // Hidden controls must not be submitted or reached: disabling does both.
    fieldset.disabled = !shown;
  }
  $<HTMLDivElement>('#field-heading-level').hidden = tag === 'partner-city-map';
  $<HTMLDivElement>('#panel-url').hidden = source !== 'url';
  $<HTMLDivElement>('#panel-json').hidden = source !== 'json';
}

// ---------------------------------------------------------------- copying

function copyByHand(): boolean {
  const wasOpen = snippetPlain.open;
  snippetPlain.open = true;
  snippetText.focus();
  snippetText.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  if (ok) {
    snippetPlain.open = wasOpen;
    copyButton.focus();
  }
  return ok;
}

async function copy() {
  const text = snippetText.value;
  if (!text) return;
  let ok = false;
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    ok = copyByHand();
  }
  // Emptied first, so that a second "Copied" is announced too.
  copyStatus.textContent = '';
  setTimeout(() => {
    copyStatus.textContent = ok ? 'Copied' : 'Could not copy: the text is selected below, press Ctrl+C (⌘C).';
    copyStatus.classList.toggle('eb-copy__status--error', !ok);
  }, 50);
}

// ---------------------------------------------------------------- wiring

let timer: ReturnType<typeof setTimeout> | undefined;
function later() {
  clearTimeout(timer);
  timer = setTimeout(update, 350);
}
function now() {
  clearTimeout(timer);
  update();
}

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('input', (e) => {
  const target = e.target as HTMLElement;
  // Typing: wait for a pause. Choices (radios, checkboxes, selects): at once.
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number'))) later();
  else now();
});
form.addEventListener('change', now);
copyButton.addEventListener('click', () => void copy());
snippetText.addEventListener('focus', () => snippetText.select());

function chooseSource(source: 'url' | 'json') {
  $<HTMLInputElement>(`#source-${source}`).checked = true;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-url]')) {
  button.addEventListener('click', () => {
    urlInput.value = button.dataset.exampleUrl ?? '';
    chooseSource('url');
    now();
    urlInput.focus();
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-json]')) {
  button.addEventListener('click', async () => {
    const url = button.dataset.exampleJson ?? '';
    try {
      const absolute = new URL(url, document.baseURI).href;
      const json = await loadJson(absolute);
      jsonInput.value = JSON.stringify(absolutize(json, absolute), null, 2);
      chooseSource('json');
      now();
      jsonInput.focus();
    } catch (e) {
      renderCheck({ state: 'load-error', message: e instanceof Error ? e.message : String(e) }, readOptions().tag);
    }
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-basemap]')) {
  button.addEventListener('click', () => {
    basemapInput.value = button.dataset.exampleBasemap ?? '';
    now();
    basemapInput.focus();
  });
}

// Open on a widget by `?widget=partner-city-map` (links from the demo).
const requested = new URLSearchParams(location.search).get('widget');
if (isTag(requested)) $<HTMLInputElement>(`input[name="widget"][value="${requested}"]`).checked = true;

update();
