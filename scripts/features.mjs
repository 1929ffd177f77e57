// The features scripts/feature-costs.mjs takes out of a copy of the source, one at a time and
// all together, to measure what each costs the card's and the areas' entries. Each feature is
// a set of edits by file; an edit that does not find its text throws, naming the file and the
// text, so that a change to the source shows here instead of a row measured on nothing.
//
// A feature is taken out as a maintainer would take it out: its code, its strings and its style
// rules go, and what stays behaves as the widget would without it (English only, one generic
// error, no observer). Nothing here is shipped or tested; it only has to build.

/** Replaces `find` (text that must occur; `all` for every occurrence, else exactly once) with `replace`. */
export const swap =
  (find, replace, { all = false } = {}) =>
  (text, file) => {
    const count = text.split(find).length - 1;
    if (count === 0 || (!all && count > 1))
      throw new Error(`${file}: ${count ? `${count} times` : 'not found'}: ${JSON.stringify(find.slice(0, 80))}`);
    return text.split(find).join(replace);
  };

/** The index just past the brace that closes the first `{` at or after `from`. */
function closingBrace(text, from, file) {
  const open = text.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`${file}: no closing brace after ${from}`);
}

/**
 * Replaces a block, from `start` (text that must occur, ending with the block's `{`; `all` for
 * every occurrence, else exactly once) through the brace that closes it (a function's or a
 * method's body, a CSS rule or at-rule, an object literal), a `,` or `;` after it and its line's
 * end, with `replace`.
 */
export const block =
  (start, replace = '', { all = false } = {}) =>
  (text, file) => {
    if (!start.endsWith('{')) throw new Error(`${file}: a block's start ends with its "{": ${JSON.stringify(start)}`);
    let at = text.indexOf(start);
    if (at < 0) throw new Error(`${file}: not found: ${JSON.stringify(start)}`);
    if (!all && text.indexOf(start, at + 1) >= 0) throw new Error(`${file}: more than once: ${JSON.stringify(start)}`);
    while (at >= 0) {
      let end = closingBrace(text, at + start.length - 1, file);
      if (text[end] === ';' || text[end] === ',') end++;
      if (text[end] === '\n') end++;
      text = text.slice(0, at) + replace + text.slice(end);
      at = all ? text.indexOf(start, at + replace.length) : -1;
    }
    return text;
  };

/** Replaces the text from `start` through `end` (each found once, `end` after `start`) with `replace`. */
export const cut =
  (start, end, replace = '') =>
  (text, file) => {
    const at = text.indexOf(start);
    const to = text.indexOf(end, at + start.length);
    if (at < 0 || to < 0 || text.indexOf(start, at + 1) >= 0)
      throw new Error(`${file}: not found once: ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
    return text.slice(0, at) + replace + text.slice(to + end.length);
  };

/** Removes every line that matches `pattern` (a regular expression of one line; at least one must). */
export const lines = (pattern) => (text, file) => {
  const re = new RegExp(`^(?:${pattern.source})\n`, 'gm');
  if (!re.test(text)) throw new Error(`${file}: no line matches ${pattern}`);
  return text.replace(re, '');
};

/** Replaces a whole file. */
export const whole = (content) => () => content;

/** Applies a file's edits in order. */
export function applyEdits(text, edits, file) {
  return edits.reduce((t, edit) => edit(t, file), text);
}

const CARD = 'src/components/city-news-card/city-news-card.component.ts';
const CARD_STYLES = 'src/components/city-news-card/city-news-card.styles.ts';
const AREAS = 'src/components/cooperation-areas/cooperation-areas.component.ts';
const AREAS_STYLES = 'src/components/cooperation-areas/cooperation-areas.styles.ts';
const DATA_ELEMENT = 'src/base/pcw-data-element.ts';
const ELEMENT = 'src/base/pcw-element.ts';
const HOST = 'src/styles/host.ts';
const FORMAT = 'src/i18n/format.ts';
const LOAD = 'src/model/load.ts';
const LANG = 'src/controllers/lang.controller.ts';

/** The Slovene and Russian tables of a strings module (each a `sl: {…},` and a `ru: {…},` at two spaces' indent). */
const slRu = [block('\n  sl: {', '\n'), block('\n  ru: {', '\n')];

/**
 * `{ id, name, goal, how, edits: { file: [edit, …] } }`: `name` as the tables write it, `goal`
 * what asked for the feature (the mission, DESIGN.md, an issue; "the first round": the widgets
 * were first built with it), `how` what the edits do. The features' order is the order in which
 * their edits apply when all are taken out together: an edit that removes a block goes after
 * the edits of other features inside that block (lazy items before deep links).
 */
export const FEATURES = [
  {
    id: 'sl-ru-strings',
    name: 'Slovene and Russian UI strings (English only otherwise)',
    goal: 'the mission: Slovene, English, Russian at least',
    how: "the `sl` and `ru` tables of the common, card and areas strings go (the `Translations` type is not checked: the build does not type-check); the other languages' lazy chunks stay.",
    edits: {
      'src/i18n/strings.ts': slRu,
      'src/i18n/strings/news-card.ts': slRu,
      'src/i18n/strings/areas.ts': slRu,
    },
  },
  {
    id: 'intl-free-dates',
    name: 'dates and plurals in sl, en and ru written without `Intl`',
    goal: '#15: Intl off the first render (no ICU start-up, ~25 ms)',
    how: "format.ts's CLDR patterns, month and weekday names and plural rules go; every date and plural goes through `Intl.DateTimeFormat` and `Intl.PluralRules`, as before #15.",
    edits: {
      [FORMAT]: [
        block('const PLURALS: Record<string, PluralRule> = {'),
        swap("const own = Number.isSafeInteger(n) ? PLURALS[lang.toLowerCase().split('-')[0]] : undefined;\n", ''),
        swap('const rule = own ? own(Math.abs(n)) : cached(', 'const rule = cached('),
        block('const DATES: Record<string, readonly string[]> = {'),
        swap("const pad = (n: number) => (n < 10 ? '0' : '') + n;\n", ''),
        cut('export const handWritten = (lang: string): readonly string[] | undefined =>\n  DATES[', '(tag) => tag.slice(0, 2))];\n'),
        swap(
          '/** The hand-written date patterns',
          'export const handWritten = (_lang: string): readonly string[] | undefined => undefined;\n/** The hand-written date patterns',
        ),
        block('  const own = handWritten(lang);\n  if (own) {', ''),
      ],
    },
  },
  {
    id: 'errors',
    name: "specific load-error messages (the request's URL, the HTTP status, a timeout, an HTML page, the size cap), one generic message otherwise",
    goal: 'the mission: a clear, visible error',
    how: 'load.ts reads the answer with `response.json()` and throws one `LoadError` (`network`, "could not be loaded") for every failure; the 5 MB cap is kept in the check of a declared `Content-Length` only.',
    edits: {
      [LOAD]: [
        block('async function readText(url: string, response: Response, accept: Accept): Promise<string> {', ''),
        block(
          'async function request(url: string, timeout: number, signal: AbortSignal, entry: { bytes: number }, accept: Accept): Promise<unknown> {',
          `async function request(url: string, timeout: number, signal: AbortSignal, entry: { bytes: number }, accept: Accept): Promise<unknown> {
  try {
    const response = await fetch(url, { headers: { Accept: accept.header }, credentials: 'same-origin', signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]) });
    if (!response.ok || Number(response.headers.get('content-length')) > MAX_JSON_BYTES) throw 0;
    const json = await response.json();
    entry.bytes = 1;
    return json;
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new LoadError('network', \`\${url} could not be loaded\`);
  }
}
`,
        ),
        swap('const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;\n', ''),
      ],
    },
  },
  {
    id: 'request-sharing',
    name: "requests shared by every widget of the page, with each widget's abort and a bounded cache",
    goal: 'DESIGN.md: widgets with the same `src` make one request',
    how: '`loadJson` makes one request per call; the page-wide cache, its trimming, the per-caller abort bookkeeping and `hold`/`release`/`forget` go (the last three do nothing).',
    edits: {
      [LOAD]: [
        block('function trim() {', ''),
        block(
          'export function loadJson(\n  url: string,\n  { signal, timeout = DEFAULT_TIMEOUT, accept = JSON_ONLY }: { signal?: AbortSignal; timeout?: number; accept?: Accept } = {},\n): Promise<unknown> {',
          `export function loadJson(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT, accept = JSON_ONLY }: { signal?: AbortSignal; timeout?: number; accept?: Accept } = {},
): Promise<unknown> {
  return request(url, timeout, signal ?? new AbortController().signal, { bytes: 0 }, accept);
}
`,
        ),
        block(
          'export function hold(url: string, accept?: Accept): void {',
          'export function hold(_url: string, _accept?: Accept): void {}\n',
        ),
        block(
          'export function release(url: string, accept?: Accept): void {',
          'export function release(_url: string, _accept?: Accept): void {}\n',
        ),
        block(
          'export function forget(url: string, accept?: Accept): void {',
          'export function forget(_url: string, _accept?: Accept): void {}\n',
        ),
        cut('// Shared through a global so that two copies', '??= new Map());\n'),
        cut("/** The cache's key of a URL loaded as `accept`. */", '`${accept.name} ${url}` : url);\n'),
      ],
    },
  },
  {
    id: 'print',
    name: 'print: every part printed in full, without controls',
    goal: '#16',
    how: 'the print controller (a `matchMedia` and `beforeprint` watcher) becomes a constant `printing = false`; the `@media print` rules go.',
    edits: {
      'src/internal/print.ts': [
        whole(`import type { ReactiveControllerHost } from 'lit';
export class PrintController {
  readonly printing = false;
  constructor(_host: ReactiveControllerHost) {}
}
`),
      ],
      [HOST]: [block('\n  @media print {')],
      [CARD_STYLES]: [block('\n  @media print {')],
      [AREAS_STYLES]: [block('\n  @media print {')],
    },
  },
  {
    id: 'dark-theme',
    name: 'the dark theme (`theme="dark"` and `"auto"`) and the card\'s dark image',
    goal: 'DESIGN.md: theming (`theme`)',
    how: "the dark tokens and their `theme` rules go, and the card's `srcDark` `<picture>`: the card always shows `src`.",
    edits: {
      [HOST]: [
        cut('const darkTokens = `', '`;\n'),
        swap('const themeStyles = darkTheme(darkTokens);\n', ''),
        swap("import { darkTheme } from './dark-theme.js';\n", ''),
        swap('export const hostStyles = [baseStyles, themeStyles];', 'export const hostStyles = [baseStyles];'),
      ],
      [AREAS_STYLES]: [
        swap("import { darkTheme } from '../../styles/dark-theme.js';\n", ''),
        swap("const dark = darkTheme('--_mark: var(--pcw-color-mark, #7a5d00);');\n", ''),
        swap('base, dark];', 'base];'),
      ],
      [CARD]: [
        swap('const dark = image.srcDark;', 'const dark = undefined as string | undefined;'),
        swap("src=${dark && this.theme === 'dark' ? dark : image.src}", 'src=${image.src}'),
        swap(
          'return dark && this.theme === \'auto\'\n      ? html`<picture><source media="(prefers-color-scheme: dark)" srcset=${dark.replace(/\\s/g, encodeURIComponent)} />${img}</picture>`\n      : img;',
          'return img;',
        ),
      ],
    },
  },
  {
    id: 'read-more',
    name: '"Read more" / "Show less" (the body shown whole)',
    goal: 'the first round',
    how: 'the card always shows every paragraph: the button, its strings, `pcw-toggle`, `preview-paragraphs` and its styles go (`expanded` stays as an attribute that does nothing).',
    edits: {
      [CARD]: [
        block('  private toggle() {', ''),
        swap('    const preview = Math.max(0, this.previewParagraphs);\n', ''),
        swap(
          '    const long = blocks.length > preview && !this.print.printing;\n    const hidden = blocks.length - preview;\n    const t = this.i18n.t(newsCardStrings);\n',
          '',
        ),
        swap('${long && !this.expanded ? blocks.slice(0, preview) : blocks}', '${blocks}'),
        cut('      ${\n        long\n          ? html`<button', '          : nothing\n      }\n'),
        swap("      previewParagraphs: { type: Number, attribute: 'preview-paragraphs', converter: integer(0, 10000, 2) },\n", ''),
      ],
      'src/i18n/strings/news-card.ts': [lines(/    (readMore|showLess): .*/), lines(/    moreParagraphs: .*(\n      plural\('sl'.*)?/)],
      [CARD_STYLES]: [block('\n  .read-more {'), block('\n  .count {')],
    },
  },
  {
    id: 'live-lang',
    name: 'live language changes (one observer of `lang` for every widget)',
    goal: 'the first round',
    how: 'the MutationObserver of `lang` attributes goes: a widget reads its language when it connects and at each update it makes for another reason.',
    edits: {
      [LANG]: [
        block(
          'function watch(controller: LangController, host: Element) {',
          'function watch(_controller: LangController, _host: Element) {}\n',
        ),
        block('function unwatch(controller: LangController) {', 'function unwatch(_controller: LangController) {}\n'),
      ],
    },
  },
  {
    id: 'error-view',
    name: 'the error view\'s details (the message) and "Try again"',
    goal: 'the mission: a clear, visible error',
    how: 'the error view is its one translated sentence: the `<details>` with the message and the retry button go, with their strings and styles.',
    edits: {
      [DATA_ELEMENT]: [
        cut('        <details part="error-details" class="error-details">', '</details>\n'),
        swap(
          '${error.source === \'src\' ? html`<button part="retry-button" class="retry-button" type="button" @click=${() => this.retry()}>${t.retry}</button>` : nothing}',
          '',
        ),
      ],
      'src/i18n/strings.ts': [lines(/    (retry|details): .*/)],
      [HOST]: [block('\n  .retry-button {'), swap('    .retry-button {\n      border-color: ButtonText;\n    }\n', '')],
    },
  },
  {
    id: 'debug-list',
    name: 'the `debug` list of what the data left out',
    goal: 'DESIGN.md: `debug`',
    how: 'the `debug` attribute, its list, its plural string and its styles go (the warnings still go to the console and `pcw-load`).',
    edits: {
      [DATA_ELEMENT]: [
        block(
          '  private renderWarnings(): TemplateResult | typeof nothing {',
          '  private renderWarnings(): TemplateResult | typeof nothing {\n    return nothing;\n  }\n',
        ),
        swap('      debug: { type: Boolean, reflect: true, useDefault: true },\n', ''),
      ],
      [HOST]: [block('\n  .warnings {')],
    },
  },
  {
    id: 'final-size-loading',
    name: 'loading views of the final size (skeletons; the fallback content over a reserved box)',
    goal: '#15: CLS 0',
    how: 'a loading widget shows its fallback content (or nothing): the skeletons, the reserved box, their styles and the pulse animation go.',
    edits: {
      [DATA_ELEMENT]: [
        block(
          '  private renderLoading(fallback: TemplateResult): TemplateResult {',
          '  private renderLoading(fallback: TemplateResult): TemplateResult {\n    return fallback;\n  }\n',
        ),
        swap('    return [...super.finalizeStyles(styles), loadingStyles];', '    return super.finalizeStyles(styles);'),
      ],
      [CARD]: [block('  protected renderSkeleton() {', '  protected renderSkeleton() {\n    return html``;\n  }\n')],
      [AREAS]: [block('  protected renderSkeleton() {', '  protected renderSkeleton() {\n    return html``;\n  }\n')],
      [AREAS_STYLES]: [cut("  /* The skeleton: boxes of the ready view's sizes (see renderSkeleton). */", '    margin: 0;\n  }\n')],
      [HOST]: [
        block('\n  @keyframes pcw-pulse {'),
        block('\n  .skeleton {'),
        swap('    *,\n    .skeleton {', '    * {'),
        swap('    .skeleton {\n      background: GrayText;\n    }\n', ''),
      ],
      [CARD_STYLES]: [cut('\n  .line {', '    line-height: 1.45;\n  }\n')],
    },
  },
  {
    id: 'update-slices',
    name: 'updates in slices of about 40 ms (many widgets on a page without long tasks)',
    goal: '#15: 1,000 cards, longest task ≤ 100 ms',
    how: "every widget updates at once, as Lit does: the scheduler (src/internal/schedule.ts) and the element's `scheduleUpdate` and `requestUpdate` counting go.",
    edits: {
      [ELEMENT]: [
        swap("import { nextSlice, sliceUsedUp, startSlice } from '../internal/schedule.js';\n", ''),
        swap('    startSlice();\n', ''),
        swap(
          '    if (noDom || !sliceUsedUp(waiting)) {\n      waiting--;\n      return super.scheduleUpdate();\n    }\n    return nextSlice().then(() => this.scheduleUpdate());',
          '    return super.scheduleUpdate();',
        ),
        block("  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {", ''),
      ],
    },
  },
  {
    id: 'block-display',
    name: 'the block display of many widgets, set before their upgrade (no page CSS needed)',
    goal: '#15: 1,000 cards with no page CSS',
    how: "the entry defines the element without `displayAsBlock` (src/internal/display-rule.ts): a page with many widgets needs the README's page rule.",
    edits: {
      'src/components/city-news-card/city-news-card.ts': [
        swap("import { displayAsBlock } from '../../internal/display-rule.js';\n", ''),
        swap("displayAsBlock('city-news-card');\n", ''),
      ],
      'src/components/cooperation-areas/cooperation-areas.ts': [
        swap("import { displayAsBlock } from '../../internal/display-rule.js';\n", ''),
        swap("displayAsBlock('cooperation-areas');\n", ''),
      ],
    },
  },
  {
    id: 'lazy-loading',
    name: '`loading="lazy"`: a widget far from the viewport waits to load its data',
    goal: '#15, with the loading views (Lighthouse ≥ 95)',
    how: 'every widget loads at once: the `loading` attribute, the shared IntersectionObserver (src/internal/lazy-observer.ts) and the deferred state go.',
    edits: {
      [DATA_ELEMENT]: [
        swap("import { lazyObserver } from '../internal/lazy-observer.js';\n", ''),
        lines(/      loading: \{ reflect: true, useDefault: true, converter: oneOf\(\['eager', 'lazy'\], 'eager'\) \},/),
        block('  private observeLazy(): void {', ''),
        block('  reached(): void {', ''),
        block('  private get deferred(): boolean {', '  private get deferred(): boolean {\n    return false;\n  }\n'),
        lines(/    if \(this\.deferred\) this\.observeLazy\(\);/),
        lines(/    this\.lazyWatch\?\.unobserve\(this\);\n    this\.lazyWatch = undefined;/),
        lines(/    if \(changed\.has\('loading'\) && this\.isConnected && this\.deferred\) this\.observeLazy\(\);/),
      ],
    },
  },
  {
    id: 'tag-links',
    name: "the card's tags as links (`tag-href`) and `pcw-tag-select`",
    goal: 'the first round',
    how: 'tags are always plain text: `tag-href`, the link template and the event go.',
    edits: {
      [CARD]: [
        lines(/      tagHref: \{ attribute: 'tag-href' \},/),
        block('  private selectTag(e: Event, tag: string) {', ''),
        swap(
          "                  const href = this.tagHref ? safeUrl(this.tagHref.split('{tag}').join(encodeURIComponent(text))) : undefined;\n",
          '',
        ),
        swap('                  const text = this.text(tag);\n', ''),
        cut('                      href\n', '                        : '),
      ],
    },
  },
  {
    id: 'areas-search',
    name: "the areas' search (`searchable`: the field, matches marked, the results announced)",
    goal: 'the first round',
    how: 'the search field, its handlers, the folding and matching (src/internal/search.ts), the marks, the live status, the no-match message, their strings and styles go; the areas are listed from the same index, unsearched.',
    edits: {
      [AREAS]: [
        swap("import { highlight } from './highlight.js';\n", ''),
        swap("import { searchField } from '../../internal/search-field.js';\n", ''),
        swap('import { countResults, indexAreas, searchAreas,', 'import { indexAreas, searchAreas,'),
        lines(/      searchable: \{ type: Boolean, reflect: true, useDefault: true \},/),
        swap(
          'private readonly mark: Mark = (text, ranges) => inLang(highlight(text.text, ranges), text.lang, this.i18n.lang);',
          'private readonly mark: Mark = (text) => inLang(text.text, text.lang, this.i18n.lang);',
        ),
        block('  private onSearch(value: string) {', ''),
        block('  private onSearchKey(e: KeyboardEvent) {', ''),
        swap("const q = this.print.printing ? '' : this.query.trim();", "const q = '';"),
        cut('        ${\n          this.searchable\n            ? searchField(', '            : nothing\n        }\n'),
        lines(/        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">.*/),
        lines(/        \$\{q && !shown\.length \? html`<p part="no-match" class="no-match">.*/),
      ],
      'src/components/cooperation-areas/search-index.ts': [
        swap(
          "import { matches, prepare, type Folded, type Range } from '../../internal/search.js';",
          "import type { Range } from '../../internal/search.js';",
        ),
        block('  get folded(): Folded {', ''),
        swap('  private prepared?: Folded;\n', ''),
        block(
          'export function searchAreas(index: readonly IndexedArea[], q: string): ShownArea[] {',
          'export function searchAreas(index: readonly IndexedArea[], _q: string): ShownArea[] {\n  return index.map((entry) => ({ entry, titleRanges: NO_RANGES }));\n}\n',
        ),
        block('export function countResults(shown: readonly ShownArea[]): number {', ''),
      ],
      'src/i18n/strings/areas.ts': [lines(/    (search|results|noMatch): .*/)],
      [AREAS_STYLES]: [
        swap("import { searchStyles } from '../../styles/search.js';\n", ''),
        swap('searchStyles, base', 'base'),
        block('\n  mark {'),
      ],
    },
  },
  {
    id: 'areas-icons',
    name: "the areas' built-in icons",
    goal: 'the first round',
    how: 'the icons module (src/components/cooperation-areas/icons.ts) and its use and style go: an area is its title and count.',
    edits: {
      [AREAS]: [
        swap("import { icon } from './icons.js';\n", ''),
        swap('html`${icon(area.icon)}<span class="label"', 'html`<span class="label"'),
      ],
      [AREAS_STYLES]: [block('\n  .icon {')],
    },
  },
  {
    id: 'areas-lazy-items',
    name: "the areas' items rendered when near the viewport (20,000 items without a long task)",
    goal: "the first round (the bench's 20,000 items)",
    how: 'an open area renders its items at once: the LazyItems controller (its IntersectionObserver), the placeholders and their style go.',
    edits: {
      [AREAS]: [
        swap("import { LazyItems } from './lazy-items.js';\n", ''),
        lines(/  private readonly lazyItems = new LazyItems\(this\);/),
        lines(/      if \(fresh\) this\.lazyItems\.reset\(model\.areas\);/),
        lines(/    this\.lazyItems\.show\(id\);/),
        swap(
          '(this.lazyItems.shows(area.id) || this.print.printing ? itemList(shown, this.mark) : placeholder(area.id))',
          'itemList(shown, this.mark)',
        ),
        swap('import { controls, itemList, placeholder, type Mark }', 'import { controls, itemList, type Mark }'),
      ],
      'src/components/cooperation-areas/templates.ts': [block('export function placeholder(id: string): TemplateResult {', '')],
      [AREAS_STYLES]: [block('\n  .placeholder {')],
    },
  },
  {
    id: 'areas-deep-links',
    name: "the areas' deep links (`#area-id` in the page's address opens and shows that area)",
    goal: 'the first round',
    how: 'the hash controller (src/internal/hash.ts), its check after each update and `openFromHash` go.',
    edits: {
      [AREAS]: [
        swap("import { HashController, scrollToView } from '../../internal/hash.js';\n", ''),
        lines(/  private readonly hash = new HashController\(this, \(id\) => void this\.openFromHash\(id\)\);/),
        lines(/    this\.hash\.check\(this\.model\);/),
        lines(/    if \(!noDom && !this\.hydrating\) this\.hash\.check\(model\);/),
        block('  private async openFromHash(id: string) {', ''),
      ],
    },
  },
  {
    id: 'areas-expand-all',
    name: '"Expand all" / "Collapse all"',
    goal: 'the first round',
    how: 'the two buttons, their strings and the template go.',
    edits: {
      [AREAS]: [
        lines(/        \$\{this\.layout === 'accordion' && ids\.length > 3 && .*controls\(t, .*/),
        swap('import { controls, itemList,', 'import { itemList,'),
      ],
      'src/components/cooperation-areas/templates.ts': [
        block('export function controls(t: AreasStrings, setAll: (open: boolean) => void): TemplateResult {', ''),
      ],
      'src/i18n/strings/areas.ts': [lines(/    (expandAll|collapseAll): .*/)],
    },
  },
  {
    id: 'areas-narrow-heading',
    name: "the areas' narrow heading (icon and chevron above the title in a narrow area)",
    goal: 'the owner (3 December: words broke inside titles at 320 px with 200 % text)',
    how: 'the resize observer (src/controllers/shadow-resize.controller.ts), `fitHeadings`, the measuring box and the `.narrow` rules go: the icon, title and chevron always share a row.',
    edits: {
      [AREAS]: [
        swap("import { ShadowResizeController } from '../../controllers/shadow-resize.controller.js';\n", ''),
        lines(/  private measured\?: DOMRectReadOnly;/),
        block('  constructor() {', ''),
        lines(/    if \(changed\.has\('layout'\)\) this\.fitHeadings\(\);/),
        block('  private fitHeadings() {', ''),
        lines(/        <div class="measure" aria-hidden="true"><\/div>/),
      ],
      [AREAS_STYLES]: [
        block('\n  .measure {'),
        block('\n  .narrow :has(> .icon) {'),
        block('\n  .narrow :has(> .icon) > .label {'),
        block('\n  .narrow .chevron {'),
      ],
    },
  },
  {
    id: 'more-languages',
    name: 'German, Croatian, Italian and Ukrainian UI strings, each loaded when a widget needs it',
    goal: 'the first round',
    how: "the four lazy chunks' loaders go (the chunks themselves are not in the entry); `registerLanguage` still works.",
    edits: {
      [LANG]: [
        block(
          'const BUILT_IN: Record<string, () => Promise<{ default: UiStrings }>> = {',
          'const BUILT_IN: Record<string, () => Promise<{ default: UiStrings }>> = {};\n',
        ),
      ],
    },
  },
  {
    id: 'rich-text',
    name: "the card's rich-text body (`bodyHtml`, cleaned by DOMPurify in a lazy chunk)",
    goal: 'DESIGN.md: the data format (`bodyHtml`)',
    how: "the card shows `body`'s paragraphs only: the hook that loads the sanitiser, keeps its result and renders it goes (the lazy chunk itself is not in the entry).",
    edits: {
      [CARD]: [
        lines(/      sanitized: \{ state: true, attribute: false \},/),
        lines(/  private sanitized\?: .*/),
        lines(/    const bodyHtml = this\.source\.state === 'ready' .*/),
        lines(/    \/\/ Rich text needs a DOM to be cleaned; .*/),
        lines(/    if \(bodyHtml && !noDom && !this\.isSanitized\(bodyHtml\)\) this\.sanitizeBody\(bodyHtml\);/),
        block('  private async sanitizeBody(bodyHtml: string) {', ''),
        block('  private isSanitized(bodyHtml: string): boolean {', ''),
        cut('    const richText = this.text(a.bodyHtml);\n', '      : a.body.map(', '    const blocks: unknown[] = a.body.map('),
        swap(' lang=${ifDefined(richText ? this.localized(a.bodyHtml).lang : undefined)}', ''),
      ],
    },
  },
  {
    id: 'structured-data',
    name: "the card's schema.org JSON-LD (`structured-data`; the writer is a lazy chunk)",
    goal: 'the first round',
    how: 'the attribute, the hook after each update that loads the writer, and the clean-up go (the lazy chunk itself is not in the entry).',
    edits: {
      [CARD]: [
        lines(/      structuredData: \{ type: Boolean, attribute: 'structured-data' \},/),
        block('  private async updateStructuredData() {', ''),
        block('  protected override updated(changed: PropertyValues<this>) {', ''),
        block('  override disconnectedCallback() {', ''),
        lines(/const LD_(MARKER|SELECTOR) = .*/),
        swap("import { jsonScript } from '../../internal/trusted-types.js';\n", ''),
      ],
    },
  },
  {
    id: 'get-the-data',
    name: 'the "Get the data" link (`downloadable`; the file writer is a lazy chunk)',
    goal: '#16',
    how: "the attribute, the link, the loader of its chunk (src/internal/data-link.ts) and `updateComplete`'s wait for it go, in the card and the areas (the lazy chunk itself is not in the entry).",
    edits: {
      [CARD]: [
        swap("import { DataLink } from '../../internal/data-link.js';\n", ''),
        lines(/      downloadable: \{ type: Boolean \},/),
        lines(/  private readonly dataLink = new DataLink\(this\);/),
        lines(/    if \(this\.downloadable\) this\.dataLink\.load\(\);/),
        block('  protected override async getUpdateComplete(): Promise<boolean> {', ''),
        lines(/          \$\{this\.downloadable \? this\.renderDownload\(a\) : nothing\}/),
        block('  private renderDownload(a: Article): TemplateResult {', ''),
      ],
      [AREAS]: [
        swap("import { DataLink } from '../../internal/data-link.js';\n", ''),
        swap("import { downloadLink } from './download.js';\n", ''),
        lines(/      downloadable: \{ type: Boolean \},/),
        lines(/  private readonly dataLink = new DataLink\(this\);/),
        lines(/    if \(this\.downloadable\) this\.dataLink\.load\(\);/),
        block('  protected override async getUpdateComplete(): Promise<boolean> {', ''),
        lines(/        \$\{this\.downloadable \? this\.renderDownload\(\) : nothing\}/),
        block('  private renderDownload(): TemplateResult {', ''),
      ],
      [CARD_STYLES]: [
        swap('export const styles = [downloadStyles, card];', 'export const styles = [card];'),
        swap("import { downloadStyles } from '../../styles/download.js';\n", ''),
      ],
      [AREAS_STYLES]: [swap('[downloadStyles, ', '['), swap("import { downloadStyles } from '../../styles/download.js';\n", '')],
    },
  },
];
