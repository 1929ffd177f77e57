import { css } from 'lit';

/** The list of the cities (a table, blocks when narrow), the skeleton, and the print, reduced-motion and forced-colours rules. */
export const listStyles = css`
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

  /* Hidden (for screen readers only): not a container, so that its 1px box does not match the
     narrow rule below: a plain table, its column headers exposed, not 300 stacked blocks with
     900 generated labels laid out for nobody (2.2 MB less of the Blink heap for 300 cities). */
  .list.visually-hidden {
    container-type: normal;
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
    .marker.home {
      fill: CanvasText;
    }
    .marker.active,
    .marker.selected,
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
