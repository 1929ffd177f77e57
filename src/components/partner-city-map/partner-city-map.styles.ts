import { css } from 'lit';
import { darkTheme } from '../../styles/dark-theme.js';

/** The map's colours in the dark theme: last, over the light ones. */
export const mapDarkStyles = darkTheme(`
  --_water: var(--pcw-partner-city-map-water, var(--pcw-map-water, #0e2233));
  --_land: var(--pcw-partner-city-map-land, var(--pcw-map-land, #2a333d));
  --_land-tint: var(--pcw-partner-city-map-land-tint, var(--pcw-map-land-tint, #5b4c24));
  --_map-border: var(--pcw-partner-city-map-border, var(--pcw-map-border, #56626f));
  --_home: var(--pcw-partner-city-map-home, var(--pcw-map-home, #ff8a7a));
  --_halo: var(--pcw-partner-city-map-label-halo, var(--pcw-map-label-halo, #0d1117));
`);

/** The frame and the map: the colours, the map's box, countries, arcs, markers and labels. */
export const mapStyles = css`
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

  .marker.home {
    fill: var(--_home);
  }

  .marker.active,
  .marker.selected {
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
    font-weight: 600; /* LABEL_WEIGHT in labels.ts: the placement measures the labels in it */
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
`;
