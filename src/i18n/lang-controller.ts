import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { commonStrings, translate, type CommonStrings, type Translations } from './strings.js';

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

/** The `lang` of the element, else of the nearest ancestor (across shadow roots), else of the document, else `en`. */
export function resolveLang(el: Element): string {
  if (isServer) return el.getAttribute('lang') || 'en';
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

/**
 * Resolves a widget's language and re-renders it when the `lang` of the element, an ancestor
 * or the document changes.
 */
export class LangController implements ReactiveController {
  /** The resolved language tag, e.g. `sl` or `en-GB`. */
  lang = 'en';
  /** The shared UI strings (loading, errors) in that language. */
  common: CommonStrings = commonStrings.en;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
    if (!isServer) watch(this, this.host);
  }

  hostDisconnected() {
    unwatch(this);
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
    this.common = translate(commonStrings, lang);
    this.host.requestUpdate();
  }
}
