import { css } from 'lit';
import { darkTheme } from './dark-theme.js';

/**
 * Shared tokens and host styles. Each public `--pcw-*` token is read once, with a fallback,
 * into a private `--_*` variable; dark fallbacks apply under `theme="dark"` (and `auto` when
 * the system is dark). A page themes every widget from `:root`, or one theme with
 * `city-news-card[theme="dark"] { --pcw-color-text: … }`.
 */
// Dark fallbacks, applied by theme="dark" and by theme="auto" on a dark system. Kept as one
// constant string (static, never data) so both selectors share it.
const darkTokens = `
  --_text: var(--pcw-color-text, #e6ebf0);
  --_muted: var(--pcw-color-text-muted, #aab4bf);
  --_surface: var(--pcw-color-surface, #161b22);
  --_subtle: var(--pcw-color-surface-subtle, #222a33);
  --_border: var(--pcw-color-border, #3d4651);
  --_accent: var(--pcw-color-accent, #7cb7ff);
  --_on-accent: var(--pcw-color-on-accent, #0d1117);
  --_danger: var(--pcw-color-danger, #ff9b8f);
  --_focus: var(--pcw-color-focus, #7cb7ff);
  color-scheme: dark;
`;

const themeStyles = darkTheme(darkTokens);

const baseStyles = css`
  :host {
    --_font: var(--pcw-font-family, inherit);
    --_text: var(--pcw-color-text, #1d232a);
    --_muted: var(--pcw-color-text-muted, #4f5965);
    --_surface: var(--pcw-color-surface, #ffffff);
    --_subtle: var(--pcw-color-surface-subtle, #f1f4f7);
    --_border: var(--pcw-color-border, #c9d1d9);
    --_accent: var(--pcw-color-accent, #0b5cad);
    --_on-accent: var(--pcw-color-on-accent, #ffffff);
    --_danger: var(--pcw-color-danger, #b42318);
    --_focus: var(--pcw-color-focus, #0b5cad);
    --_radius: var(--pcw-radius, 0.5rem);
    /* 1rem; less on a phone with large text (at 320 px from a root font of 19.2 px): the widget's
       text keeps more of a narrow screen. */
    --_space: var(--pcw-space, min(1rem, 6vw));
    /* The light theme is light whatever the page's scheme: form controls, and an accent given as
       light-dark(light, dark) by the page, follow the widget's theme (dark sets dark). */
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    /* Left to right, as every language of the UI, also on a right-to-left page (a widget with
       dir="rtl" of its own is right to left). */
    direction: ltr;
    unicode-bidi: isolate;
    /* Inherited text styles of the page stop here (the font family and size still come in). */
    white-space: normal;
    /* A word wider than its line (a 320 px phone at 200 % text: a date, a chip, a label in a
       narrow column) breaks inside rather than reach out of the widget; also in a flex item,
       whose narrowest size it sets (break-word would still let the item overflow). */
    overflow-wrap: anywhere;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    text-shadow: none;
  }

  :host([hidden]) {
    display: none;
  }

  :host([dir='rtl']) {
    direction: rtl;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A word wider than the whole column (a 320 px phone at 200 % text: "Клавиатура" with the
     button's padding) breaks inside the button rather than reaching out of the widget, also in a
     heading that keeps its words whole (break-word) where there is room. */
  button {
    font: inherit;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  /* The widgets' own rules select classes, never [part~=…] (each element has a part, the API of
     ::part): a rule whose last step is an attribute is tried on every element with that attribute,
     so a card's elements were each matched against every part rule (1,000 cards: style 5 ms more,
     traced, in 12 of 12 loads). The part's name is the element's class. */
  .error {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    color: var(--_text);
    background: var(--_surface);
  }

  .error-message {
    margin: 0 0 0.25rem;
    font-weight: 600;
    color: var(--_danger);
  }

  .error-details p {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }

  .retry-button {
    margin-top: 0.5rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }

  .warnings {
    margin-top: var(--_space);
    padding: 0.5rem var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_subtle);
    font-size: 0.875em;
  }

  /* Read by screen readers, not shown (important: it wins over any component's layout). */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  @keyframes pcw-pulse {
    50% {
      opacity: 0.45;
    }
  }

  .skeleton {
    display: block;
    height: 1em;
    margin: 0.6em 0;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
    animation: pcw-pulse 1.4s ease-in-out infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    .skeleton {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* Printed: the content without its controls. */
  @media print {
    .retry-button {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .skeleton {
      background: GrayText;
    }
    .retry-button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const hostStyles = [baseStyles, themeStyles];
