import type { City } from '../../model/types.js';
import { noDom } from '../../internal/env.js';
import { homeFirst, type Controls, type Point } from './drawing.js';
import { toScreen, type Size, type View } from './view-transform.js';

/** The labels' font size (px) when the host's is not known. */
export const LABEL_FONT = 12;
/** The labels' weight, as the map's styles draw them (`.label`): their widths are measured in it. */
export const LABEL_WEIGHT = 600;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The marker's position and radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The text's size. */
  readonly width: number;
  readonly height: number;
  /** Placed even where it would cover other markers (never other labels): the home city's label. */
  readonly required?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Where the text goes (its anchor point on the baseline) and how it is anchored. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Boxes filed by the 32 px cells they cover, so that a box is tested against the few boxes near
 * it, not against every marker and label of the map (300 cities: 4 spots each, against 300
 * markers and the labels placed before). Two boxes that overlap share a cell.
 */
function boxGrid() {
  const CELL = 32;
  const cells = new Map<number, Box[]>();
  const each = (b: Box, f: (key: number) => boolean | void) => {
    const [x1, y1] = [Math.floor((b.x + b.width) / CELL), Math.floor((b.y + b.height) / CELL)];
    for (let x = Math.floor(b.x / CELL); x <= x1; x++) for (let y = Math.floor(b.y / CELL); y <= y1; y++) if (f(x * 1e6 + y)) return true;
    return false;
  };
  return {
    add(b: Box) {
      each(b, (key) => void (cells.get(key) ?? cells.set(key, []).get(key)!).push(b));
    },
    /** Whether `b` overlaps a box of the grid other than `except`. */
    hits: (b: Box, except?: Box) => each(b, (key) => cells.get(key)?.some((t) => t !== except && overlaps(b, t))),
  };
}

/**
 * Places labels greedily, in the order given (most important first): right of the marker,
 * then left, above, below; the first spot that stays inside the view and clear of every label,
 * marker and obstacle (the map's own controls) wins. A label with no free spot is left out
 * (the city stays in the tooltip and the list), unless it is `required`: then it may cover
 * other markers.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({ x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r }));
  const [markerGrid, taken] = [boxGrid(), boxGrid()];
  markers.forEach(markerGrid.add);
  obstacles.forEach(taken.add);
  const placed: PlacedLabel[] = [];
  const gap = 3;
  requests.forEach((r, i) => {
    const { width: w, height: h } = r;
    const candidates: PlacedLabel[] = [
      {
        id: r.id,
        text: r.text,
        x: r.x + r.r + gap,
        y: r.y + h * 0.35,
        anchor: 'start',
        box: { x: r.x + r.r + gap, y: r.y - h / 2, width: w, height: h },
      },
      {
        id: r.id,
        text: r.text,
        x: r.x - r.r - gap,
        y: r.y + h * 0.35,
        anchor: 'end',
        box: { x: r.x - r.r - gap - w, y: r.y - h / 2, width: w, height: h },
      },
      {
        id: r.id,
        text: r.text,
        x: r.x,
        y: r.y - r.r - gap - h * 0.2,
        anchor: 'middle',
        box: { x: r.x - w / 2, y: r.y - r.r - gap - h, width: w, height: h },
      },
      {
        id: r.id,
        text: r.text,
        x: r.x,
        y: r.y + r.r + gap + h * 0.8,
        anchor: 'middle',
        box: { x: r.x - w / 2, y: r.y + r.r + gap, width: w, height: h },
      },
    ];
    const free = ({ box }: PlacedLabel) =>
      box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height && !taken.hits(box);
    const clearOfMarkers = ({ box }: PlacedLabel) => !markerGrid.hits(box, markers[i]);
    const fits = candidates.find((c) => free(c) && clearOfMarkers(c)) ?? (r.required ? candidates.find(free) : undefined);
    if (fits) {
      taken.add(fits.box);
      placed.push(fits);
    }
  });
  return placed;
}

/**
 * The labels of the cities in a view, clear of the zoom buttons and the credit: home first, then
 * in the order given (the most important labels get the best spots); the home city's label is
 * required (it may cover other markers).
 */
export function cityLabels(
  points: readonly Point[],
  view: View,
  { width, height }: Size,
  { zoom, credit }: Controls,
  font: { readonly font: string; readonly size: number; readonly estimate: boolean },
  name: (city: City) => string,
): PlacedLabel[] {
  return placeLabels(
    homeFirst(points).map((p) => {
      const home = p.city.role === 'home';
      const text = name(p.city);
      return {
        id: p.city.id,
        text,
        ...toScreen(view, p),
        r: home ? 7 : 5,
        width: textWidth(text, font.font, font.estimate, font.size),
        height: font.size + 2,
        required: home,
      };
    }),
    width,
    height,
    // The zoom buttons and the credit cover the map there.
    [
      { x: width - zoom.width, y: 0, width: zoom.width, height: zoom.height },
      { x: width - credit.width, y: height - credit.height, width: credit.width, height: credit.height },
    ],
  );
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * The width of a label in the labels' font: an estimate where there is no canvas (the server)
 * and when asked for one (the first render over server-rendered markup, which must match it).
 * Measured widths are kept (up to 5000, then forgotten at once): labels are placed again on
 * every zoom and pan.
 */
export function textWidth(text: string, font: string, estimate = false, size = LABEL_FONT): number {
  // (jsdom has canvas elements without a 2D context, and reports each getContext call as not implemented.)
  if (!estimate && measureContext === undefined)
    measureContext = noDom || typeof CanvasRenderingContext2D !== 'function' ? null : document.createElement('canvas').getContext('2d');
  if (estimate || !measureContext) return text.length * size * 0.6;
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measureContext.font = font;
    width = measureContext.measureText(text).width;
    if (widths.size > 5000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** The labels' font: the host's family, at three quarters of its size (labels grow with the page's text). */
export function labelFont(host: Element): { family: string; size: number } {
  const style = getComputedStyle(host);
  return { family: style.fontFamily || 'sans-serif', size: Math.round((parseFloat(style.fontSize) || 16) * 0.75) };
}
