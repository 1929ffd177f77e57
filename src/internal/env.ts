import { isServer } from 'lit';

/**
 * Whether there is no DOM: a server rendering with @lit-labs/ssr. Lit's `isServer` is true in
 * every Node process (its Node build), also in jsdom, the DOM of Jest's and Vitest's tests,
 * where the widgets must load, listen and render as in a browser; there the document has a
 * real root element, where @lit-labs/ssr's shimmed document (if any) has none.
 */
export const noDom: boolean = isServer && !(typeof document === 'object' && document?.documentElement?.nodeType === 1);
