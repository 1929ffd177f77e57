import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Declarations that apply under `theme="dark"`, and under `theme="auto"` when the system is
 * dark, on screen (paper is white: a dark widget prints in the light colours). For the
 * library's own constant token lists only (never data).
 *
 * A module of its own: the builds minify the CSS templates of every module but those that
 * build CSS with `unsafeCSS` (scripts/minify-templates.mjs), and src/styles/host.ts, whose
 * templates every widget carries, is minified only without it.
 */
export function darkTheme(declarations: string): CSSResult {
  return unsafeCSS(
    `@media not print { :host([theme='dark']) {${declarations}} @media (prefers-color-scheme: dark) { :host([theme='auto']) {${declarations}} } }`,
  );
}
