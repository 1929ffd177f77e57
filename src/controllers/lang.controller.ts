import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noDom } from '../internal/env.js';
import { warn } from '../internal/logger.js';
import { candidates, commonStrings, languages, translate, type CommonStrings, type Translations, type UiStrings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;
// The document and the shadow roots observed so far (a subtree observer does not see into
// shadow roots, so each one between a widget and the document is observed itself).
let observed = new WeakSet<Node>();

/** One observer for the whole page: a `lang` change anywhere above a widget re-resolves every widget's language. */
function watch(controller: LangController, host: Element) {
  hosts.add(controller);
  observer ??= new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  for (let root = host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
  }
}

function unwatch(controller: LangController) {
  hosts.delete(controller);
  if (!hosts.size) {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}

/** Asks every widget on the page for an update (a language was registered or has loaded). */
const rerender = () => hosts.forEach((c) => c.host.requestUpdate());

/**
 * The built-in languages beyond English, Slovene and Russian: each a chunk of its own, loaded
 * the first time a widget resolves to it. (Plain `import()`s: bundlers split them, and the
 * one-file build inlines them.)
 */
const BUILT_IN: Record<string, () => Promise<{ default: UiStrings }>> = {
  de: () => import('../i18n/languages/de.js'),
  hr: () => import('../i18n/languages/hr.js'),
  it: () => import('../i18n/languages/it.js'),
  uk: () => import('../i18n/languages/uk.js'),
};

/** How long a widget's update waits for its language's chunk before it renders in English (ms). */
const HOLD = 1000;

/**
 * Per built-in language asked for: what updates wait on while its chunk loads, `HOLD` ms at
 * most; then 0. (A chunk that failed is not asked for again: English stays.)
 */
const holds = new Map<string, Promise<unknown> | 0>();

/** Loads built-in strings: `de` from its chunk, kept unless a page registered `de` meanwhile. */
const load = (tag: string) =>
  BUILT_IN[tag]().then((m) => {
    if (!languages.has(tag)) languages.set(tag, m.default);
  });

/**
 * The built-in language that `lang` needs (`de-AT` → `de`, unless `de-AT` or `de` is there
 * already), its loading started.
 */
function need(lang: string): string | undefined {
  for (const tag of candidates(lang)) {
    // (en, sl and ru are in every bundle, not in BUILT_IN: for them the loop finds nothing to load.)
    if (languages.has(tag)) return;
    if (Object.hasOwn(BUILT_IN, tag)) {
      if (!holds.has(tag)) {
        const loaded = load(tag).then(rerender, () => warn('partner-city-widgets', `no ${tag} UI strings: English is shown`));
        holds.set(
          tag,
          Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, HOLD))]).then(() => holds.set(tag, 0)),
        );
      }
      return tag;
    }
  }
}

/**
 * Adds or replaces a UI language: every widget whose language resolves to `tag` shows these
 * strings, and widgets already on the page re-render.
 *
 * A widget's language is its `lang`, else its nearest ancestor's (across shadow roots), else the
 * document's. Its UI strings come from, in this order: the exact tag (`de-AT`), then the base
 * language (`de`), then the built-in English; under each tag a registered language comes first,
 * then the built-in one (English, Slovene and Russian in every bundle; German, Croatian,
 * Ukrainian and Italian loaded the first time a widget needs them: until they arrive, for a
 * second at most, the widget waits rather than show English first). Tags are compared case-insensitively; a
 * value that is not a language tag gets English (`constructor`; a page's `en_US` is read as `en-US`). Dates and numbers
 * follow the widget's exact tag whether or not it has UI strings (through `Intl`, except in `en`,
 * `sl` and `ru`, which the library writes itself with the same text).
 *
 * ```js
 * import { registerLanguage } from 'partner-city-widgets';
 * registerLanguage('fr', { common: {…}, newsCard: {…}, areas: {…}, map: {…} });
 * ```
 *
 * @param tag A BCP 47 language tag: `fr`, or `de-AT` for that region only.
 * @param strings Every string of every widget (TypeScript reports a missing one).
 * @throws {RangeError} When `tag` is not a language tag.
 */
export function registerLanguage(tag: string, strings: UiStrings): void {
  const [key] = candidates(tag);
  if (!key) throw new RangeError(`[partner-city-widgets] "${tag}" is not a language tag`);
  languages.set(key, strings);
  rerender();
}

/**
 * Loads the built-in UI strings that `lang` needs, if they are not there yet (widgets do this
 * themselves; call it to have them beforehand, e.g. before rendering on the server). Resolves
 * when they are there, or when loading failed (English is used then); never rejects.
 */
export function loadLanguage(lang: string): Promise<void> {
  const tag = need(lang);
  // (The chunk's module is the one the widgets asked for: imported once.)
  return tag ? load(tag).catch(() => {}) : Promise.resolve();
}

/**
 * A language tag the widgets can hand to `Intl`: `en_US` (common on real sites) becomes
 * `en-US`; what is no tag at all (`constructor`, `__proto__`, `x-🙂`) becomes `en`.
 */
export function usableLang(value: string): string {
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The `lang` of the element, else of the nearest ancestor (across shadow roots), else of the
 * document, else `en`; made usable (`usableLang`).
 */
export function resolveLang(el: Element): string {
  if (noDom) return usableLang(el.getAttribute('lang') || 'en');
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return usableLang(node.getAttribute('lang')!);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return usableLang(document.documentElement.lang || 'en');
}

/**
 * Resolves a widget's language and re-renders it when the `lang` of the element, an ancestor
 * or the document changes.
 */
export class LangController implements ReactiveController {
  /** The resolved language tag, e.g. `sl` or `en-GB`. */
  lang = 'en';

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
    if (!noDom) watch(this, this.host);
  }

  hostDisconnected() {
    unwatch(this);
  }

  /** The shared UI strings (loading, errors) in the resolved language. */
  get common(): CommonStrings {
    return translate(commonStrings, this.lang);
  }

  /**
   * What the host's update should wait on: its language's chunk while it loads (at most a
   * second, then it renders in English and again when the chunk comes). Nothing on the server.
   */
  ready(): Promise<unknown> | 0 | undefined {
    const tag = noDom ? undefined : need(this.lang);
    return tag ? holds.get(tag) : undefined;
  }

  /** The strings of a widget's own table in the resolved language. */
  t<T>(table: Translations<T>): T {
    return translate(table, this.lang);
  }

  /** Re-reads the language; asks for an update when it changed. */
  refresh() {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.host.requestUpdate();
  }
}
