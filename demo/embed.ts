/**
 * The embed builder: a form that writes a paste-ready snippet for one widget, checks the data
 * with the library's own parsers as the editor types, and shows the configured widget live.
 * What it writes (`embed-snippet.ts`) is what the CMS round-trip tests run through real
 * sanitisers: data by `src` or the text-safe `json` attribute, fallback content inside the tag,
 * and the library's `<script>` apart, for the site's template. No inline scripts or styles
 * (embed.html works under a strict Content-Security-Policy), and no request of its own except
 * the data URL it checks: `npm run build` ships it as one classic script that works from any
 * static host and from `file://` (dist/embed/).
 */
import '../src/index.js';
import { loadJson } from '../src/index.js';
import type { AreaList, CityNetwork, Feed, Issue, Timeline } from '../src/index.js';
import { hasNoAreas } from '../src/model/parse-areas.js';
import { hasNoCities } from '../src/model/parse-cities.js';
import { isEmptyJson } from '../src/model/read.js';
import { FEED } from '../src/model/feed/accept.js';
import {
  accentRule,
  attributes,
  DEFAULTS,
  fallbackHtml,
  isColour,
  isTag,
  MANAGED,
  PARSERS,
  scriptTag,
  snippet,
  TAGS,
  type Attr,
  type SnippetOptions,
  type Tag,
} from './embed-snippet.js';
import { setUpImport } from './embed-import.js';
import seedExample from './data/ljubljana-moskva-2019.json' with { type: 'json' };
import networkExample from './data/sample-network.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

/** The published bundle, pinned to this version (a new release never changes a page unannounced). */
export const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/partner-city-widgets@${pkg.version}/dist/partner-city-widgets.js`;

/** Example data, inside the builder (it works offline and from `file://`), with its URLs relative to `data/`. */
const EXAMPLES: Record<string, unknown> = { seed: seedExample, network: networkExample };

/** What the form says, read in one go. */
interface Options extends SnippetOptions {
  /** The pasted JSON text. */
  json: string;
  /** The address of the site (or page) the widget goes on: relative URLs resolve against it. */
  site: string;
  /** The language as typed, when it is not a valid locale. */
  badLang?: string;
  scriptHost: 'cdn' | 'self';
  scriptSelf: string;
}

/** The outcome of checking the data, as the panel shows it. */
type Check =
  | { state: 'idle' }
  | { state: 'loading'; url: string }
  | { state: 'unchecked'; message: string; hint: string }
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
const langHint = $<HTMLParagraphElement>('#opt-lang-error');
const validation = $<HTMLDivElement>('#validation');
const preview = $<HTMLDivElement>('#preview');
const snippetCode = $<HTMLElement>('#snippet-code');
const snippetPre = $<HTMLPreElement>('pre.eb-snippet');
const snippetText = $<HTMLTextAreaElement>('#snippet-text');
const snippetNote = $<HTMLParagraphElement>('#snippet-note');
const snippetPlain = $<HTMLDetailsElement>('#snippet-plain');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLParagraphElement>('#copy-status');
const templateCode = $<HTMLElement>('#template-code');

// ---------------------------------------------------------------- reading the form

function pick<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A locale as typed (`en-gb`) in its canonical form (`en-GB`), or `undefined` when it is none. */
function canonicalLocale(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

function readOptions(): Options {
  const f = new FormData(form);
  const text = (name: string) => String(f.get(name) ?? '').trim();
  const paragraphs = Number(text('preview-paragraphs'));
  const level = Number(text('heading-level'));
  const typedLang = text('lang');
  const lang = typedLang ? canonicalLocale(typedLang) : '';
  const accent = text('accent');
  return {
    ...DEFAULTS,
    tag: pick(f.get('widget'), TAGS, 'city-news-card'),
    source: pick(f.get('source'), ['src', 'json'] as const, 'src'),
    url: text('url'),
    json: String(f.get('json') ?? ''),
    site: text('site'),
    lang: lang ?? '',
    badLang: lang === undefined ? typedLang : undefined,
    theme: pick(f.get('theme'), ['light', 'dark', 'auto'] as const, 'light'),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2,
    debug: f.has('debug'),
    variant: pick(f.get('variant'), ['full', 'compact'] as const, 'full'),
    dateStyle: pick(f.get('date-style'), ['numeric', 'long'] as const, 'numeric'),
    previewParagraphs: text('preview-paragraphs') !== '' && Number.isInteger(paragraphs) && paragraphs >= 0 ? paragraphs : 2,
    structuredData: f.has('structured-data'),
    tagHref: text('tag-href'),
    layout: pick(f.get('layout'), ['accordion', 'list', 'grid'] as const, 'accordion'),
    searchable: f.has('searchable'),
    open: f.has('open'),
    projection: pick(f.get('projection'), ['auto', 'conic', 'natural-earth'] as const, 'auto'),
    basemap: text('basemap'),
    feedLayout: pick(f.get('feed-layout'), ['list', 'grid', 'compact'] as const, 'list'),
    itemVariant: pick(f.get('item-variant'), ['compact', 'full'] as const, 'compact'),
    pageSize: wholeIn(text('page-size'), 1, 100, 10),
    limit: wholeIn(text('limit'), 0, 1000, 0),
    timelineLayout: pick(f.get('timeline-layout'), ['vertical', 'horizontal'] as const, 'vertical'),
    order: pick(f.get('order'), ['oldest', 'newest'] as const, 'oldest'),
    accent: f.has('use-accent') && isColour(accent) ? accent : '',
    scriptHost: pick(f.get('script-host'), ['cdn', 'self'] as const, 'cdn'),
    scriptSelf: text('script-self'),
  };
}

/** A whole number from `min` to `max` as typed, else `fallback`. */
function wholeIn(value: string, min: number, max: number, fallback: number): number {
  const n = value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const scriptUrl = (o: Options) => (o.scriptHost === 'cdn' ? CDN_SCRIPT : o.scriptSelf);

// ---------------------------------------------------------------- URLs inside the data

const RELATIVE = (v: unknown): v is string => typeof v === 'string' && !!v.trim() && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(v.trim());

/** The site's address as a base URL, when it is one (http or https). */
function siteBase(site: string): string | undefined {
  if (!site) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of the data that hold URLs (an image's `src` and `srcDark`, links' `url`). */
const URL_KEYS = new Set(['src', 'srcDark', 'url']);

/**
 * Makes the `src`, `srcDark` and `url` fields of pasted data absolute against `base`: on a CMS page a
 * relative URL would resolve against the post's own address, not where the files are. Returns
 * the data and the fields it changed, or, without a base, the relative ones it found.
 */
function absolutize(value: unknown, base: string | undefined): { value: unknown; changed: string[]; relative: string[] } {
  const changed: string[] = [];
  const relative: string[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v).map(([key, x]) => {
        const p = path ? `${path}.${key}` : key;
        if (URL_KEYS.has(key) && RELATIVE(x)) {
          if (!base) {
            relative.push(`${p} ("${x.trim()}")`);
            return [key, x];
          }
          try {
            const absolute = new URL(x.trim(), base).href;
            changed.push(`${p}: ${absolute}`);
            return [key, absolute];
          } catch {
            return [key, x];
          }
        }
        return [key, walk(x, p)];
      }),
    );
  };
  return { value: walk(value, ''), changed, relative };
}

/** The example's relative URL fields (`src`, `srcDark`, `url`), relative to `folder` (where its files are). */
function relativeTo(value: unknown, folder: string): unknown {
  if (Array.isArray(value)) return value.map((v) => relativeTo(v, folder));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, URL_KEYS.has(k) && RELATIVE(v) ? `${folder}${v}` : relativeTo(v, folder)]),
  );
}

// ---------------------------------------------------------------- checking the data

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A line about what the widget will show; `undefined` when it has nothing to show (its empty message). */
function summary(tag: Tag, value: unknown): string | undefined {
  switch (tag) {
    case 'city-news-card':
      return 'an announcement';
    case 'cooperation-areas': {
      const { areas } = value as AreaList;
      if (hasNoAreas(value as AreaList)) return undefined;
      const items = areas.reduce((n, a) => n + a.items.length, 0);
      return `${count(areas.length, 'area', 'areas')} with ${count(items, 'item', 'items')}`;
    }
    case 'partner-city-map': {
      const { cities, links } = value as CityNetwork;
      if (hasNoCities(value as CityNetwork)) return undefined;
      return `${count(cities.length, 'city', 'cities')}, ${count(links.length, 'link', 'links')}`;
    }
    case 'city-news-feed': {
      const { items, format } = value as Feed;
      return items.length ? `${count(items.length, 'announcement', 'announcements')} (${format})` : undefined;
    }
    case 'partnership-timeline': {
      const { entries } = value as Timeline;
      return entries.length ? count(entries.length, 'entry', 'entries') : undefined;
    }
  }
}

/** The check of some JSON, and the model for the fallback content when the widget can show it. */
function checkJson(tag: Tag, json: unknown, base: string | undefined, notes: string[]): { check: Check; model?: unknown } {
  if (isEmptyJson(json)) return { check: { state: 'empty', warnings: [], notes } };
  const result = PARSERS[tag](json, base);
  if (!result.ok) return { check: { state: 'invalid', error: result.error, warnings: result.warnings, notes } };
  const line = summary(tag, result.value);
  return line === undefined
    ? { check: { state: 'empty', warnings: result.warnings, notes } }
    : { check: { state: 'valid', summary: line, warnings: result.warnings, notes }, model: result.value };
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
    case 'unchecked': {
      // Not a fault of the data: the builder cannot read it from where it runs.
      const box = el('div', 'eb-status eb-status--info', el('p', '', el('strong', '', 'Cannot be checked from here. '), check.message));
      box.setAttribute('role', 'status');
      box.append(el('p', 'eb-status__hint', check.hint));
      nodes.push(box);
      break;
    }
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
      const box = el(
        'div',
        'eb-status eb-status--error',
        el('p', '', el('strong', '', '✗ The widget cannot show this data: '), ...issue(check.error)),
      );
      box.setAttribute('role', 'alert');
      box.append(el('p', 'eb-status__hint', `The widget would show its error message instead. Fix the field named above (${tag}).`));
      nodes.push(box);
      break;
    }
    case 'empty': {
      const box = el(
        'p',
        'eb-status eb-status--warn',
        '✓ Valid, but there is nothing to show: the widget will show its “nothing to show” message.',
      );
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
    const title = el(
      'p',
      'eb-warnings__title',
      `${count(check.warnings.length, 'problem', 'problems')} (left out of the widget, the rest is shown):`,
    );
    title.id = id;
    const list = el('ul', 'eb-warnings__list', ...check.warnings.map((w) => el('li', '', ...issue(w))));
    list.setAttribute('aria-labelledby', id);
    nodes.push(el('div', 'eb-warnings', title, list));
  }
  if ('notes' in check && check.notes.length) {
    nodes.push(
      el(
        'div',
        'eb-notes',
        el('p', 'eb-warnings__title', 'Notes:'),
        el('ul', 'eb-warnings__list', ...check.notes.map((n) => el('li', '', n))),
      ),
    );
  }
  validation.replaceChildren(...nodes);
}

// ---------------------------------------------------------------- the preview

const previewEmpty = el('p', 'eb-preview__empty', 'The widget appears here once it has data.');

/** The preview: the snippet's element with its attributes; its data by `src` (made absolute) or `json`. */
function applyPreview(o: Options, attrs: readonly Attr[], data: { src?: string; json?: string }) {
  let widget = preview.querySelector<HTMLElement>(':scope > ' + o.tag);
  if (!widget) {
    // A different widget: a new element (the old one goes, with its state).
    widget = document.createElement(o.tag);
    preview.replaceChildren(widget, previewEmpty);
  }
  const wanted = new Map<string, string | true>(attrs.filter(([name]) => name !== 'src'));
  if (data.json !== undefined) wanted.set('json', data.json);
  else if (data.src) wanted.set('src', data.src);
  for (const name of MANAGED) {
    const value = wanted.get(name);
    if (value === undefined) widget.removeAttribute(name);
    else if (name === 'style') {
      // Through the CSSOM: this page runs under a strict CSP (no style attributes).
      widget.style.setProperty('--pcw-color-accent', o.accent);
    } else if (widget.getAttribute(name) !== (value === true ? '' : value)) widget.setAttribute(name, value === true ? '' : value);
  }
  if (!o.accent) widget.style.removeProperty('--pcw-color-accent');
  previewEmpty.hidden = wanted.has('json') || wanted.has('src');
  preview.dataset.theme = o.theme;
}

// ---------------------------------------------------------------- one update of everything

let checkToken = 0;
let abortLoad: AbortController | undefined;

/** The pasted JSON, or why it is not JSON; `undefined` when nothing is pasted. */
function readPasted(text: string): { ok: true; json: unknown } | { ok: false; message: string } | undefined {
  if (!text.trim()) return undefined;
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Where the data URL points, for checking it from here: absolute, or against the site's address. */
function resolveDataUrl(o: Options): { url?: string; why?: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(o.url) || o.url.startsWith('//')) {
    try {
      const url = new URL(o.url, location.href);
      return /^https?:$/.test(url.protocol) ? { url: url.href } : { why: 'Only http and https URLs can be data URLs.' };
    } catch {
      return { why: `“${o.url}” is not a URL.` };
    }
  }
  const base = siteBase(o.site);
  if (!base) return { why: 'This is a path on your site, and this builder does not know your site’s address.' };
  try {
    return { url: new URL(o.url, base).href };
  } catch {
    return { why: `“${o.url}” is not a URL.` };
  }
}

/** Writes the snippet for the data model (or without fallback content when there is none). */
function writeSnippet(o: Options, json: unknown, model: unknown) {
  let note = '';
  const canSnippet = o.source === 'src' ? true : json !== undefined;
  if (!canSnippet) note = o.json.trim() ? 'Fix the JSON above to get a snippet.' : 'Paste the JSON above to get a snippet.';
  else if (o.source === 'src' && !o.url) note = 'No data URL yet: the element below has no src.';
  if (canSnippet && model === undefined) {
    note = `${note ? `${note} ` : ''}No fallback content inside the tag: the builder has not read the data. Paste the JSON to include it.`;
  }
  if (o.badLang) note = `${note ? `${note} ` : ''}“${o.badLang}” is not a language tag: the snippet has no lang.`;
  const text = canSnippet ? snippet(o, json, model === undefined ? '' : fallbackHtml(o.tag, model, o)) : '';
  snippetCode.textContent = text;
  snippetPre.hidden = !text;
  snippetText.value = text;
  snippetNote.textContent = note;
  snippetNote.hidden = !note;
  copyButton.disabled = !text;
}

function writeTemplate(o: Options) {
  const url = scriptUrl(o);
  const lines = [url ? scriptTag(url) : '<!-- Give the URL of your copy of the library above. -->'];
  if (o.accent) lines.push(`<style>${accentRule(o.accent)}</style>`);
  templateCode.textContent = lines.join('\n');
}

function update() {
  const o = readOptions();
  syncVisibility(o);
  langHint.hidden = !o.badLang;
  writeTemplate(o);
  const attrs = attributes(o, true);
  const pasted = readPasted(o.json);
  const base = siteBase(o.site);

  abortLoad?.abort();
  abortLoad = undefined;
  const token = ++checkToken;

  if (o.source === 'json') {
    if (!pasted) {
      renderCheck({ state: 'idle' }, o.tag);
      writeSnippet(o, undefined, undefined);
      applyPreview(o, attrs, {});
      return;
    }
    if (!pasted.ok) {
      renderCheck({ state: 'syntax-error', message: pasted.message }, o.tag);
      writeSnippet(o, undefined, undefined);
      applyPreview(o, attrs, { json: o.json }); // the widget shows its own error for it
      return;
    }
    const { value, changed, relative } = absolutize(pasted.json, base);
    const notes = [
      ...changed.map((c) => `Made absolute against your site’s address: ${c}.`),
      ...relative.map(
        (r) =>
          `${r} is a relative URL: on a CMS page it would resolve against the post’s own address. Give your site’s address below to make it absolute, or write the full URL.`,
      ),
    ];
    const { check, model } = checkJson(o.tag, value, undefined, notes);
    renderCheck(check, o.tag);
    writeSnippet(o, value, model);
    applyPreview(o, attrs, { json: JSON.stringify(value) });
    return;
  }

  // src: the URL goes into the snippet as it is; the builder reads it (when it can) to check the
  // data and to write the fallback content. Pasted JSON stands in when it cannot.
  const usePasted = (check: Check) => {
    if (pasted?.ok) {
      const { check: pastedCheck, model } = checkJson(o.tag, pasted.json, resolveDataUrl(o).url, []);
      renderCheck(
        pastedCheck.state === 'valid'
          ? { ...pastedCheck, notes: [...pastedCheck.notes, 'Checked from the pasted JSON: the URL could not be read from here.'] }
          : pastedCheck,
        o.tag,
      );
      writeSnippet(o, undefined, model);
    } else {
      renderCheck(check, o.tag);
      writeSnippet(o, undefined, undefined);
    }
  };
  if (!o.url) {
    usePasted({ state: 'idle' });
    applyPreview(o, attrs, {});
    return;
  }
  const target = resolveDataUrl(o);
  applyPreview(o, attrs, target.url ? { src: target.url } : pasted?.ok ? { json: o.json } : {});
  if (!target.url) {
    usePasted({
      state: 'unchecked',
      message: target.why ?? '',
      hint: 'The snippet works on your site all the same. To check the data here, give your site’s address below, or paste the JSON of the file.',
    });
    return;
  }
  writeSnippet(o, undefined, undefined);
  const abort = (abortLoad = new AbortController());
  renderCheck({ state: 'loading', url: target.url }, o.tag);
  // The feed's URL may be RSS or Atom: asked for as a feed (XML comes back as text).
  loadJson(target.url, { signal: abort.signal, accept: o.tag === 'city-news-feed' ? FEED : undefined }).then(
    (json) => {
      if (token !== checkToken) return;
      const { check, model } = checkJson(o.tag, json, target.url, []);
      renderCheck(check, o.tag);
      writeSnippet(o, undefined, model);
    },
    (e: unknown) => {
      if (token !== checkToken || abort.signal.aborted) return;
      const message = e instanceof Error ? e.message : String(e);
      const kind = (e as { kind?: string }).kind;
      if (kind === 'network' || kind === 'timeout') {
        // CORS, a file:// page, a site offline or on an intranet: not a fault of the data.
        usePasted({
          state: 'unchecked',
          message:
            location.protocol === 'file:'
              ? 'This builder runs from a file, which may not read web addresses.'
              : 'The server does not let this page read the file (CORS), or could not be reached from here.',
          hint: 'On your own site the widget may still load it. To check the data here, paste the JSON of the file.',
        });
        return;
      }
      const hint =
        kind === 'http'
          ? 'Check the address: the server has no such file, or does not let the page read it.'
          : kind === 'html' || kind === 'not-json'
            ? 'The URL must point to the JSON file itself, not to a page about it.'
            : undefined;
      renderCheck({ state: 'load-error', message, hint }, o.tag);
    },
  );
}

function syncVisibility(o: Options) {
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-widget]')) {
    const shown = fieldset.dataset.widget === o.tag;
    fieldset.hidden = !shown;
    // Hidden controls must not be submitted or reached: disabling does both.
    fieldset.disabled = !shown;
  }
  $<HTMLDivElement>('#field-heading-level').hidden = o.tag === 'partner-city-map';
  $<HTMLDivElement>('#panel-url').hidden = o.source !== 'src';
  $<HTMLElement>('#data-json-optional').hidden = o.source !== 'src';
  $<HTMLInputElement>('#opt-script-self').disabled = o.scriptHost !== 'self';
  $<HTMLInputElement>('#opt-accent').disabled = !$<HTMLInputElement>('#opt-use-accent').checked;
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
  // Typing: wait for a pause. Choices (radios, checkboxes, selects, the colour): at once.
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && ['text', 'number', 'url'].includes(target.type)))
    later();
  else now();
});
form.addEventListener('change', now);
copyButton.addEventListener('click', () => void copy());
snippetText.addEventListener('focus', () => snippetText.select());

function chooseSource(source: 'src' | 'json') {
  $<HTMLInputElement>(`#source-${source}`).checked = true;
}

// A URL example is a file beside the builder: readable over http, not from file://.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-url]')) {
  button.hidden = location.protocol === 'file:';
  button.addEventListener('click', () => {
    urlInput.value = new URL(button.dataset.exampleUrl ?? '', location.href).href;
    chooseSource('src');
    now();
    urlInput.focus();
  });
}

// JSON examples are inside the builder; their relative URLs point to the files beside it.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-json]')) {
  button.addEventListener('click', () => {
    const example = EXAMPLES[button.dataset.exampleJson ?? ''];
    // Made absolute, as an editor's would have to be; from disk they stay relative (the widgets
    // take only http and https URLs) and resolve against this page, where the files are.
    const base = location.protocol === 'file:' ? undefined : new URL('data/', location.href).href;
    jsonInput.value = JSON.stringify(base ? absolutize(example, base).value : relativeTo(example, 'data/'), null, 2);
    chooseSource('json');
    now();
    jsonInput.focus();
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example-basemap]')) {
  button.hidden = location.protocol === 'file:';
  button.addEventListener('click', () => {
    basemapInput.value = new URL(button.dataset.exampleBasemap ?? '', location.href).href;
    now();
    basemapInput.focus();
  });
}

// "Paste the article" (#17): the imported announcement goes into the JSON, for the snippet's json attribute.
setUpImport((json) => {
  jsonInput.value = json;
  chooseSource('json');
  now();
  jsonInput.focus();
});

// Open on a widget by `?widget=partner-city-map` (links from the demo).
const requested = new URLSearchParams(location.search).get('widget');
if (isTag(requested)) $<HTMLInputElement>(`input[name="widget"][value="${requested}"]`).checked = true;

update();
