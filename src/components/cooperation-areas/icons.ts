import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The built-in icons for common areas of cooperation, drawn with `currentColor` strokes on a
 * 24 × 24 grid. An area chooses one with `"icon": "culture"`; an unknown name shows none.
 */
export const ICONS: Readonly<Record<string, SVGTemplateResult>> = {
  // City management and economy: buildings.
  city: svg`<path d="M3 21h18M5 21V10l5-3v14M10 21V4l9 4v13M13 10h3M13 14h3M13 18h3M7 13h1M7 17h1"/>`,
  // Science and business: a flask.
  science: svg`<path d="M9 3h6M10 3v6l-5.6 9.6A1.6 1.6 0 0 0 5.8 21h12.4a1.6 1.6 0 0 0 1.4-2.4L14 9V3M7 15h10"/>`,
  // Culture and the arts: a classical building.
  culture: svg`<path d="M3 21h18M4 18h16M4 10h16M12 3l8 4.5H4zM6.5 10v8M10 10v8M14 10v8M17.5 10v8"/>`,
  // Tourism: a map pin.
  tourism: svg`<path d="M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11z"/><circle cx="12" cy="10" r="2.5"/>`,
  // Sport: a ball.
  sport: svg`<circle cx="12" cy="12" r="9"/><path d="M3.6 9.5c3.2.8 5.6 4.3 5.9 11.1M20.4 9.5c-3.2.8-5.6 4.3-5.9 11.1M6.5 4.8c2.8 2.3 8.2 2.3 11 0"/>`,
  // Education: a graduation cap.
  education: svg`<path d="M2 9l10-5 10 5-10 5zM6 11v5c0 1.7 2.7 3 6 3s6-1.3 6-3v-5M22 9v6"/>`,
  // Social care: two people.
  social: svg`<circle cx="8" cy="8" r="3"/><path d="M2.5 20a5.5 5.5 0 0 1 11 0M16 5a3 3 0 0 1 0 6M17.5 14.2A5.5 5.5 0 0 1 21.5 20"/>`,
};

/** The icon for a name, as a decorative inline SVG, or nothing. */
export function icon(name: string | undefined): TemplateResult | undefined {
  const shape = name && Object.hasOwn(ICONS, name) ? ICONS[name] : undefined;
  return shape
    ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${shape}</svg>`
    : undefined;
}
