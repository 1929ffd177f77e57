/** One rule for every copy of the library on the page. */
const KEY = Symbol.for('partner-city-widgets.display-rule');

interface Shared {
  readonly sheet: CSSStyleSheet;
  readonly tags: Set<string>;
}

/**
 * Makes `tag` a block in the page before its element is defined: a constructed style sheet the
 * document adopts (allowed under a strict CSP, unlike a `<style>`). Without it a thousand widgets
 * in the HTML are laid out as inline boxes first and all turn into blocks at once when they
 * upgrade, one long style recalculation no script can split (measured in `npm run bench`,
 * section 3). The rule has no specificity (`:where`), so any rule of the page wins, and it
 * leaves out `[hidden]` widgets.
 */
export function displayAsBlock(tag: string): void {
  try {
    if (typeof document === 'undefined' || !Array.isArray(document.adoptedStyleSheets)) return;
    const global = globalThis as { [KEY]?: Shared };
    let shared = global[KEY];
    if (!shared) {
      shared = global[KEY] = { sheet: new CSSStyleSheet(), tags: new Set() };
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, shared.sheet];
    }
    if (shared.tags.has(tag)) return;
    shared.tags.add(tag);
    shared.sheet.replaceSync(`:where(${[...shared.tags].map((t) => `${t}:not([hidden])`).join(', ')}) { display: block; }`);
  } catch {
    // A document without constructed style sheets: the widgets become blocks when they upgrade.
  }
}
