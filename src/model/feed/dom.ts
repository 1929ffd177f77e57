/*
 * The little of the DOM this model uses, typed here: src/model is type-checked without the DOM
 * library (tsconfig.model.json), and runs where there may be none (server rendering). Only the
 * browser's `DOMParser` is used, and only when it exists: XML as `application/xml`, HTML
 * (feed content, to read its text) as `text/html` in an inert document that runs no script and
 * loads nothing.
 */

export interface XNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<XNode>;
  readonly parentNode: XNode | null;
  readonly previousSibling: XNode | null;
  readonly textContent: string | null;
}

export interface XElement extends XNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly children: ArrayLike<XElement>;
  readonly parentElement: XElement | null;
  readonly firstElementChild: XElement | null;
  readonly nextElementSibling: XElement | null;
  innerHTML: string;
  remove(): void;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string | null, name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): XElement | null;
  querySelectorAll(selectors: string): ArrayLike<XElement>;
  append(...nodes: XNode[]): void;
  replaceChildren(...nodes: XNode[]): void;
}

export interface XDocument {
  readonly documentElement: XElement | null;
  readonly doctype: XNode | null;
  readonly body: XElement | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XElement>;
  createElement(name: string): XElement;
  importNode<N extends XNode>(node: N, deep: boolean): N;
}

interface XParser {
  parseFromString(text: string, type: 'application/xml' | 'text/html'): XDocument;
}

/** A new `DOMParser`, or `undefined` where there is none (on a server). */
export function domParser(): XParser | undefined {
  const Ctor = (globalThis as { DOMParser?: new () => XParser }).DOMParser;
  return Ctor ? new Ctor() : undefined;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
