/**
 * The page's base URL, read through the DOM's own getter: a page element named `baseURI`
 * (`<form name="baseURI">`) shadows `document.baseURI` with itself.
 */
export function pageBase(): string {
  try {
    const base: unknown = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')?.get?.call(document);
    if (typeof base === 'string') return base;
  } catch {
    // Not a document with a DOM (a server render).
  }
  return typeof location === 'object' ? location.href : 'http://localhost/';
}

/** `url` made absolute against the page, or `undefined` when the browser cannot parse it (`http://[`). */
export function absoluteUrl(url: string): string | undefined {
  try {
    return new URL(url, pageBase()).href;
  } catch {
    return undefined;
  }
}
