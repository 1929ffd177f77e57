import { css } from 'lit';
import { darkTheme } from '../../styles/host.js';

const dark = darkTheme(`
  --_water: var(--pcw-partner-city-map-water, var(--pcw-map-water, #0e2233));
  --_land: var(--pcw-partner-city-map-land, var(--pcw-map-land, #2a333d));
  --_land-tint: var(--pcw-partner-city-map-land-tint, var(--pcw-map-land-tint, #5b4c24));
  --_map-border: var(--pcw-partner-city-map-border, var(--pcw-map-border, #56626f));
  --_home: var(--pcw-partner-city-map-home, var(--pcw-map-home, #ff8a7a));
  --_halo: var(--pcw-partner-city-map-label-halo, var(--pcw-map-label-halo, #0d1117));
`);

const base = css`
  :host {
    /* --pcw-partner-city-map-*; the --pcw-map-* names are aliases until 0.3. */
    --_aspect: var(--pcw-partner-city-map-aspect-ratio, var(--pcw-map-aspect-ratio, 16 / 10));
    --_water: var(--pcw-partner-city-map-water, var(--pcw-map-water, #dcebf7));
    --_land: var(--pcw-partner-city-map-land, var(--pcw-map-land, #f4f1ea));
    --_land-tint: var(--pcw-partner-city-map-land-tint, var(--pcw-map-land-tint, #f6dc9f));
    --_map-border: var(--pcw-partner-city-map-border, var(--pcw-map-border, #aab5c0));
    --_arc: var(--pcw-partner-city-map-arc, var(--pcw-map-arc, var(--_accent)));
    --_city: var(--pcw-partner-city-map-city, var(--pcw-map-city, var(--_accent)));
    --_home: var(--pcw-partner-city-map-home, var(--pcw-map-home, #b42318));
    --_halo: var(--pcw-partner-city-map-label-halo, var(--pcw-map-label-halo, #ffffff));
  }

  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .frame {
    container-type: inline-size;
    position: relative;
    width: 100%;
    aspect-ratio: var(--_aspect);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
  }

  /* Not zoomed, a vertical swipe scrolls the page (the map does not trap it); zoomed, a drag pans. */
  .map {
    position: absolute;
    inset: 0;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
  }

  .map.zoomed {
    touch-action: none;
  }

  .map:active {
    cursor: grabbing;
  }

  .map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  /* Labels are placed for left-to-right text, also on a right-to-left page. */
  svg {
    display: block;
    width: 100%;
    height: 100%;
    direction: ltr;
  }

  .water {
    fill: var(--_water);
  }

  .country {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.6;
  }

  .country.tint {
    fill: var(--_land-tint);
  }

  .country.home {
    fill: var(--_land-tint);
    stroke: var(--_home);
  }

  /* The dashes only while drawing: with a non-scaling stroke they are measured on screen, so
     a zoomed arc would show gaps. */
  @keyframes pcw-draw {
    from {
      stroke-dasharray: 1;
      stroke-dashoffset: 1;
    }
    to {
      stroke-dasharray: 1;
      stroke-dashoffset: 0;
    }
  }

  .arc {
    fill: none;
    stroke: var(--_arc);
    stroke-width: 2;
    stroke-linecap: round;
  }

  .drawn-in {
    animation: pcw-draw 1.2s ease-out backwards;
  }

  /* Over a city (within its hit radius: the map hit-tests the pointer). */
  .map.pointing {
    cursor: pointer;
  }

  .marker {
    fill: var(--_city);
    stroke: var(--_halo);
    stroke-width: 2;
  }

  .home .marker {
    fill: var(--_home);
  }

  .active .marker,
  .selected .marker {
    stroke: var(--_text);
    stroke-width: 3;
  }

  /* A ring around the active or selected city, on a halo: visible in a crowd and on the home marker. */
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    filter: drop-shadow(0 0 1px var(--_halo)) drop-shadow(0 0 1px var(--_halo));
    pointer-events: none;
  }

  .label {
    fill: var(--_text);
    font-size: 0.75em;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .attribution {
    position: absolute;
    right: 0.35rem;
    bottom: 0.25rem;
    margin: 0;
    padding: 0 0.3rem;
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.7rem;
    opacity: 0.9;
  }

  .notice {
    margin: 0;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
  }

  .hint {
    position: absolute;
    inset: auto 0 40% 0;
    width: fit-content;
    margin: 0 auto;
    padding: 0.4rem 0.8rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    pointer-events: none;
  }

  .hint[hidden] {
    display: none;
  }

  .zoom {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  /* At least 24 px (WCAG 2.5.8), also on pages with a small root font size. */
  /* A narrow map is also a short one: the buttons go in a row along its top. */
  @container (width < 26rem) {
    .zoom {
      flex-direction: row;
    }
  }

  /* The buttons' symbols need not grow with the text: at 200 % text 2rem buttons covered a
     quarter of a small map. At least 24 px (WCAG 2.5.8), at most 36 px. */
  .zoom button {
    width: clamp(24px, 2rem, 36px);
    height: clamp(24px, 2rem, 36px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_text);
    font-size: clamp(16px, 1.1rem, 22px);
    line-height: 1;
  }

  /* While the map has keyboard focus: the main keys, over its top left corner. */
  .keys-hint {
    position: absolute;
    top: 0.4rem;
    left: 0.4rem;
    display: none;
    max-width: calc(100% - 4rem);
    margin: 0;
    padding: 0.2rem 0.5rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_text);
    color: var(--_surface);
    font-size: min(0.8125rem, 16px);
    pointer-events: none;
  }

  .map:focus-visible .keys-hint {
    display: block;
  }

  /* A click on a group zooms in on it. */
  .cluster {
    cursor: pointer;
  }

  .cluster .marker {
    fill: var(--_city);
    stroke: var(--_halo);
    stroke-width: 2;
  }

  .count {
    fill: var(--_surface);
    font-size: 11px;
    font-weight: 700;
    pointer-events: none;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    max-width: min(18rem, calc(100% - 8px));
    max-height: calc(100% - 8px);
    overflow: auto;
    padding: 0.5rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    font-size: 0.875rem;
  }

  .tooltip .description {
    color: var(--_muted);
  }

  /* The buttons and links under the map, with room below them before the page goes on. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }

  .description {
    margin: 0;
    color: var(--_text);
    font-size: 0.9375rem;
  }

  .description[hidden],
  .keys[hidden] {
    display: none;
  }

  .keys {
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
  }

  .keys dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0;
  }

  .keys dl > div {
    display: contents;
  }

  .keys dd {
    margin: 0;
  }

  .download {
    font-size: 0.875em;
  }

  .list-toggle,
  .keys-toggle {
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }

  /* A wide table scrolls inside the list; it never widens the page. */
  .list {
    width: 100%;
    container-type: inline-size;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }

  th,
  td {
    padding: 0.4rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }

  tbody tr:last-child > * {
    border-bottom: 0;
  }

  tbody th {
    font-weight: 600;
  }

  /* Narrow: each city a block of its lines (a definition list to the eye), so that no column,
     the website least of all, is scrolled out of view. The column's name before each value is
     decoration (alt text ''): the cells keep their headers. */
  @container (width < 30rem) {
    thead {
      display: none;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tbody tr {
      padding: 0.4rem 0.75rem;
      border-bottom: 1px solid var(--_border);
    }
    tbody th,
    tbody td {
      padding: 0.1rem 0;
      border: 0;
    }
    td:empty {
      display: none;
    }
    td::before {
      content: attr(data-label) ': ' / '';
      color: var(--_muted);
    }
  }

  .role {
    color: var(--_muted);
    font-weight: 400;
  }

  .skeleton-map {
    background: var(--_subtle);
    animation: pcw-pulse 1.4s ease-in-out infinite;
  }


  /* Printed: the map and its list, open, without the controls. */
  @media print {
    .zoom,
    .actions,
    .keys,
    .hint,
    .keys-hint,
    .tooltip {
      display: none;
    }
    .frame,
    tr {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .arc {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .water {
      fill: Canvas;
    }
    .country {
      fill: Canvas;
      stroke: CanvasText;
    }
    .country.tint,
    .country.home {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .arc {
      stroke: LinkText;
    }
    .marker {
      fill: LinkText;
      stroke: Canvas;
    }
    .home .marker {
      fill: CanvasText;
    }
    .active .marker,
    .selected .marker,
    .ring {
      stroke: Highlight;
      stroke-width: 4;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .count {
      fill: Canvas;
    }
  }
`;

export const styles = [base, dark];
