import { geoCircle, geoConicConformal, geoNaturalEarth1, geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { ProjectionKind } from './projection.js';

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Up to this extent (degrees of longitude × latitude) the cities are "regional": conic conformal. */
const REGIONAL = { lon: 100, lat: 60 };

/**
 * A projection that fits the cities into `width` × `height` with padding: conic conformal
 * (standard parallels at 1/6 and 5/6 of the latitudes) for a regional extent, Natural Earth
 * for a global one, both centred on the cities' longitude.
 */
/**
 * A projection that shows every city, fitted into the frame without the parts the controls
 * cover (`keepClear`: the zoom buttons' width on the right or height at the top, and the
 * credit's height at the bottom).
 */
export function fitProjection(
  cities: readonly LonLat[],
  width: number,
  height: number,
  kind: ProjectionKind = 'auto',
  keepClear: { top?: number; right?: number; bottom?: number } = {},
): GeoProjection {
  const points = cities.map((c) => [c.lon, c.lat]);
  // The shortest arc of longitude that holds every city: all of it but the widest gap between
  // neighbouring longitudes (the one across the antimeridian included). Latitudes: their range.
  // (What d3's geoBounds gives for points; it would bring about 0.9 KB gzipped of bounds code
  // for lines and polygons that the map never needs, and the map's budget is 30 KB.)
  const lons = points.map(([lon]) => ((((lon + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  let gap = lons[0] + 360 - lons[lons.length - 1];
  let x0 = lons[0];
  for (let i = 1; i < lons.length; i++) {
    if (lons[i] - lons[i - 1] > gap) [gap, x0] = [lons[i] - lons[i - 1], lons[i]];
  }
  const lonSpan = 360 - gap;
  // A loop, not Math.min(...lats): a spread of many thousand values overflows the stack.
  let [y0, y1] = [Infinity, -Infinity];
  for (const [, lat] of points) [y0, y1] = [Math.min(y0, lat), Math.max(y1, lat)];
  const latSpan = y1 - y0;
  const centre = ((((x0 + lonSpan / 2 + 180) % 360) + 360) % 360) - 180;
  // A conformal conic puts a pole at infinity: with a city near a pole the map is Natural Earth
  // even when `conic` was asked for (the cities would be drawn at NaN, invisible).
  const nearPole = y0 < -85 || y1 > 85;
  const conic = !nearPole && (kind === 'conic' || (kind === 'auto' && lonSpan <= REGIONAL.lon && latSpan <= REGIONAL.lat));
  const clamp = (lat: number) => Math.max(-80, Math.min(80, lat));
  const projection = conic
    ? geoConicConformal()
        .rotate([-centre, 0])
        .parallels([clamp(y0 + latSpan / 6), clamp(y1 - latSpan / 6)])
    : geoNaturalEarth1().rotate([-centre, 0]);
  // Fitting small circles around the cities leaves room for markers and labels, and gives one
  // city, or cities very close together, a sensible scale.
  const radius = conic ? 1.5 : 4;
  const pad = Math.min(24, Math.min(width, height) * 0.06);
  const { top = 0, right = 0, bottom = 0 } = keepClear;
  projection.fitExtent(
    [
      [pad, pad + top],
      [Math.max(pad + 1, width - pad - right), Math.max(pad + top + 1, height - pad - bottom)],
    ],
    {
      type: 'FeatureCollection',
      features: points.map((p) => ({ type: 'Feature', properties: {}, geometry: geoCircle().center(p as [number, number]).radius(radius)() })),
    },
  );
  return projection;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  readonly id: string;
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
  /** Where the text goes (its anchor point on the baseline) and how it is anchored. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places labels greedily, in the order given (most important first): right of the marker,
 * then left, above, below; the first spot that stays inside the view and clear of every label,
 * marker and obstacle (the map's own controls) wins. A label with no free spot is left out
 * (the city stays in the tooltip and the list), unless it is `required`: then it may cover
 * other markers.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number, obstacles: readonly Box[] = []): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({ x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const gap = 3;
  requests.forEach((r, i) => {
    const { width: w, height: h } = r;
    const candidates: PlacedLabel[] = [
      { id: r.id, x: r.x + r.r + gap, y: r.y + h * 0.35, anchor: 'start', box: { x: r.x + r.r + gap, y: r.y - h / 2, width: w, height: h } },
      { id: r.id, x: r.x - r.r - gap, y: r.y + h * 0.35, anchor: 'end', box: { x: r.x - r.r - gap - w, y: r.y - h / 2, width: w, height: h } },
      { id: r.id, x: r.x, y: r.y - r.r - gap - h * 0.2, anchor: 'middle', box: { x: r.x - w / 2, y: r.y - r.r - gap - h, width: w, height: h } },
      { id: r.id, x: r.x, y: r.y + r.r + gap + h * 0.8, anchor: 'middle', box: { x: r.x - w / 2, y: r.y + r.r + gap, width: w, height: h } },
    ];
    const free = ({ box }: PlacedLabel) =>
      box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height && !taken.some((t) => overlaps(box, t));
    const clearOfMarkers = ({ box }: PlacedLabel) => !markers.some((m, k) => k !== i && overlaps(box, m));
    const fits = candidates.find((c) => free(c) && clearOfMarkers(c)) ?? (r.required ? candidates.find(free) : undefined);
    if (fits) {
      taken.push(fits.box);
      placed.push(fits);
    }
  });
  return placed;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The index of the point nearest to `points[from]` in a direction (the screen's: up is smaller
 * y), preferring points in line with it; `from` itself when there is none that way. Points on
 * the same spot come first, in their order: every point is reachable.
 */
export function nearestInDirection(points: readonly { x: number; y: number }[], from: number, direction: Direction): number {
  const origin = points[from];
  let best = from;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    let along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Cities on the same spot: right and down step to the next one, left and up to the one before.
    if (!dx && !dy) along = (i > from) === (direction === 'right' || direction === 'down') ? 1e-6 * Math.abs(i - from) : 0;
    // Within 60° either side of the direction.
    if (along <= 0 || across > along * 1.75) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * SVG path data of a GeoJSON object through a projection (its resampling, great circles and
 * clipping included), coordinates rounded to 0.1 px. d3's `geoPath` does the same and more
 * (areas, bounds, centroids, canvas), which the map never uses: this keeps about 1 KB
 * (gzipped) of d3-geo out of the bundle. '' when nothing is visible.
 */
export function svgPath(projection: GeoProjection): (object: GeoPermissibleObjects) => string {
  return (object) => {
    let d = '';
    let lineFirst = true;
    let polygon = false;
    const round = (v: number) => Math.round(v * 10) / 10;
    geoStream(
      object,
      projection.stream({
        point(x, y) {
          d += `${lineFirst ? 'M' : 'L'}${round(x)},${round(y)}`;
          lineFirst = false;
        },
        lineStart() {
          lineFirst = true;
        },
        lineEnd() {
          if (polygon) d += 'Z';
        },
        polygonStart() {
          polygon = true;
        },
        polygonEnd() {
          polygon = false;
        },
        sphere() {},
      }),
    );
    return d;
  };
}
