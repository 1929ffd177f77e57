import type { CSSResultOrNative } from 'lit';

/**
 * Style sheets for a shadow root in another document. A constructed style sheet can only be
 * adopted in the document it was made in: a widget moved into an iframe (or a window opened
 * by the page) would keep its markup but lose every style, for good. There it gets copies made
 * in that document (constructed too, so a strict CSP still allows them), once per document.
 */
const copies = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function cssText(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((r) => r.cssText).join('\n');
  return style.cssText;
}

/** Adopts `styles` into `root`, made in `root`'s own document. */
export function adoptInDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let own = copies.get(doc);
  if (!own) copies.set(doc, (own = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    // The library's own document: the sheets Lit made.
    if (doc === document) return style instanceof CSSStyleSheet ? style : style.styleSheet!;
    let sheet = own.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      own.set(style, sheet);
    }
    return sheet;
  });
}
