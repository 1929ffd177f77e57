import { css } from 'lit';

/** Over and under the map: credit, notices, hints, zoom buttons, the keys, groups of cities, the tooltip, the actions and the description. */
export const controlsStyles = css`
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

  /* From when the map takes keyboard focus until a key is used on it: the main keys, over its top left corner. */
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

  .map:focus-visible:not(.keyed) .keys-hint {
    display: block;
  }

  /* Under the row of the zoom buttons of a narrow map (above), the map's width. */
  @container (width < 26rem) {
    .keys-hint {
      top: calc(0.5rem + clamp(24px, 2rem, 36px) + 0.25rem);
      max-width: calc(100% - 0.8rem);
    }
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

  /* The list of keys in the same box as the notice. */
  .notice,
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
`;
