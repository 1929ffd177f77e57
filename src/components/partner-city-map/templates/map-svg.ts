import { html, svg, type TemplateResult } from 'lit';
import type { DrawnCity, Drawing } from '../drawing.js';
import type { PlacedLabel } from '../labels.js';
import type { Size, View } from '../view-transform.js';

/**
 * Up to this many arcs, each is its own path and is drawn in (an animation of its dashes);
 * beyond, the arcs are one path, drawn at once: a per-frame repaint of hundreds of arcs is not free.
 */
export const ANIMATED_ARCS = 12;

/** What the map's `<svg>` shows. */
export interface MapScene {
  /** Its accessible name: a summary of the cities. */
  readonly label: string;
  readonly size: Size;
  readonly view: View;
  readonly drawing: Drawing;
  /** In drawing order: the last on top. */
  readonly cities: readonly DrawnCity[];
  readonly labels: readonly PlacedLabel[];
  /** The groups of cities that overlap at this zoom: where they are on screen and how many. */
  readonly clusters: readonly { readonly id: string; readonly x: number; readonly y: number; readonly n: number }[];
}

/**
 * The map: the sea, the countries and arcs (zoomed and panned as one), then the groups of cities
 * that overlap at this zoom (a marker with their count), the city markers, a ring around the active
 * or selected city (above every marker) and the labels, which keep their size at every zoom. The
 * markers have no listeners: the map hit-tests pointers against the cities (MapInteraction).
 */
export function mapSvg({ label, size: { width, height }, view: { k, x, y }, drawing, cities, labels, clusters }: MapScene): TemplateResult {
  return html`<svg part="svg" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    <rect class="water" width=${width} height=${height}></rect>
    <g transform="translate(${x} ${y}) scale(${k})">
      <g part="countries">
        ${drawing.countries.map((c) => svg`<path part="country" class=${c.className} d=${c.d} vector-effect="non-scaling-stroke"></path>`)}
      </g>
      <g part="arcs">
        ${
          drawing.arcs.length <= ANIMATED_ARCS
            ? drawing.arcs.map(
                (d) => svg`<path part="arc" class="arc drawn-in" d=${d} pathLength="1" vector-effect="non-scaling-stroke"></path>`,
              )
            : svg`<path part="arc" class="arc" d=${drawing.arcs.join('')} vector-effect="non-scaling-stroke"></path>`
        }
      </g>
    </g>
    <g class="clusters">
      ${clusters.map(
        // No white space between the elements of the many: an SVG does not draw it, but each run would be a text node.
        (c) =>
          svg`<g class="cluster" data-cluster=${c.id}><circle part="cluster" class="marker" cx=${c.x} cy=${c.y} r="11"></circle><text class="count" x=${c.x} y=${c.y} dy="0.35em" text-anchor="middle">${c.n}</text></g>`,
      )}
    </g>
    <g class="cities">
      ${cities.map((c) => {
        // One element per city, no group around it: hundreds of cities are the most of the map's elements.
        const classes = `city marker${c.home ? ' home' : ''}${c.active ? ' active' : ''}${c.selected ? ' selected' : ''}`;
        return svg`<circle part="city" class=${classes} data-id=${c.city.id} cx=${c.x} cy=${c.y} r=${c.home ? 7 : 5}></circle>`;
      })}
    </g>
    <g class="rings">
      ${cities
        .filter((c) => c.active || c.selected)
        .map((c) => svg`<circle class="ring" data-id=${c.city.id} cx=${c.x} cy=${c.y} r=${c.home ? 12 : 10}></circle>`)}
    </g>
    <text class="labels" aria-hidden="true">${
      // One text element, a positioned span per label: each its own text chunk (its x, y and
      // anchor), drawn alike, and one text layout instead of one per label (0.06 MB of 300 cities' heap).
      labels.map((l) => svg`<tspan part="label" class="label" data-id=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</tspan>`)
    }</text>
  </svg>`;
}
