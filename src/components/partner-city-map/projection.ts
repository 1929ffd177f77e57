import {
  geoConicConformal,
  geoNaturalEarth1,
  geoStream,
  type GeoConicProjection,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';

/** Which projection the map uses: chosen from the extent of the cities, or forced. */
export type ProjectionKind = 'auto' | 'conic' | 'natural-earth';

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** What the controls cover at the frame's edges: no city is fitted under them. */
export interface KeepClear {
  readonly top?: number;
  readonly right?: number;
  readonly bottom?: number;
}

/** A GeoJSON object (a feature, a geometry, a collection). */
export interface GeoObject {
  readonly type: string;
}

/**
 * A projection fitted to the frame. Its signatures name no d3-geo type: the element's public
 * types import `ProjectionKind` from this module, and its users need no d3 types.
 */
export interface FittedProjection {
  /** The projection drawn: `auto` resolved, and `conic` given up near a pole. */
  readonly kind: 'conic' | 'natural-earth';
  /** The place of a point in the frame ([NaN, NaN] where the projection has none). */
  point(lon: number, lat: number): [number, number];
  /**
   * SVG path data of a GeoJSON object (great circles and resampling included), clipped to the
   * frame, coordinates rounded to 0.1 px; '' when nothing of it is visible.
   */
  path(object: GeoObject): string;
  /**
   * SVG path data of a country (a Feature, Polygon or MultiPolygon) as `path` writes it, but
   * without resampling where that draws the same: its edges straight between its projected
   * vertices when none is longer than `SHORT_EDGE` and, on Natural Earth, it stays clear of the
   * cut at the meridian opposite the centre (the built-in 110m shapes: within 1 px of `path`,
   * and the same but in a few countries, at 960 × 600 and 320 px wide); through `path`
   * otherwise. (Resampled, Antarctica alone took 28 to 43 ms, warm, of a regional conic map:
   * its south pole is at infinity, and d3 resamples before it clips to the frame.)
   */
  shape(object: GeoObject): string;
  /**
   * What the projection is made of (its kind, centre, parallels, scale, translation and frame):
   * two fitted projections with the same key draw every object alike.
   */
  readonly key: string;
}

/**
 * Up to this length (degrees of longitude, the shorter way round, or latitude) a country's edges
 * are drawn straight, not resampled (d3's adaptive resampling, at 0.71 px, checks and projects
 * the middle of every edge). The 110m shapes' edges are all shorter (the longest, 9°, in Russia).
 */
export const SHORT_EDGE = 10;

/** Room kept around each city at the frame's edges (px): the largest marker ring, 12 px. */
export const MARKER_MARGIN = 12;

/** Up to this extent (degrees of longitude × latitude) the cities are "regional": conic conformal. */
const REGIONAL = { lon: 100, lat: 60 };

/**
 * A projection that shows every city, fitted into `width` × `height` with padding, without the
 * parts the controls cover (`keepClear`: the zoom buttons' width on the right or height at the
 * top, and the credit's height at the bottom): conic conformal (standard parallels at 1/6 and
 * 5/6 of the latitudes) for a regional extent, Natural Earth for a global one, both centred on
 * the cities' longitude.
 */
export function fitProjection(
  cities: readonly LonLat[],
  width: number,
  height: number,
  kind: ProjectionKind = 'auto',
  keepClear: KeepClear = {},
): FittedProjection {
  const points = cities.map((c) => [c.lon, c.lat]);
  // The shortest arc of longitude that holds every city: all of it but the widest gap between
  // neighbouring longitudes (the one across the antimeridian included). Latitudes: their range.
  // (What d3's geoBounds gives for points; it would bring about 0.9 KB gzipped of bounds code
  // for lines and polygons that the map never needs.)
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
  const make = (): GeoProjection =>
    conic
      ? geoConicConformal()
          .rotate([-centre, 0])
          .parallels([clamp(y0 + latSpan / 6), clamp(y1 - latSpan / 6)])
      : geoNaturalEarth1().rotate([-centre, 0]);
  const projection = make();
  // Fitted to the cities' points (not to circles around them: resampling 300 circles was most of
  // the map's update time), inside the frame less a margin for the markers and their rings, and
  // to a small box around the middle of the cities: one city, or cities very close together, get
  // a sensible scale.
  const radius = conic ? 1.5 : 4;
  const midLat = (y0 + y1) / 2;
  const pad = Math.min(24, Math.min(width, height) * 0.06) + MARKER_MARGIN;
  // What the controls cover is kept clear only while the cities keep at least half the frame's
  // height and width: on a small map with large text (320 px, 200 %) the zoom buttons' row and
  // the credit took all but a pixel of its height, and every city was fitted into that pixel
  // row, the world a dot. Past that, the clear margins shrink and a city may lie under a control.
  const kept = (room: number, wanted: number) => Math.min(1, Math.max(0, room / 2 - 2 * pad) / (wanted || 1));
  const { top: t = 0, right: r = 0, bottom: b = 0 } = keepClear;
  const vertical = kept(height, t + b);
  const [top, bottom, right] = [t * vertical, b * vertical, r * kept(width, r)];
  projection
    .fitExtent(
      [
        [pad, pad + top],
        [Math.max(pad + 1, width - pad - right), Math.max(pad + top + 1, height - pad - bottom)],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          ...points,
          [centre, midLat - radius],
          [centre, midLat + radius],
          [centre - radius, midLat],
          [centre + radius, midLat],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // The same projection without the cut at the antimeridian (d3's spherical clipping tests every
  // polygon against the sphere: a fifth to a third of the countries' cold drawing time), for the
  // polygons that do not reach the meridian opposite the centre: the same path data.
  const fitted = (p: GeoProjection) => p.scale(projection.scale()).translate(projection.translate()).clipExtent(projection.clipExtent());
  const uncut = () => fitted(make().preclip((stream) => stream));
  const [cut, whole] = [svgPath(projection), svgPath(uncut())];
  // Both without resampling, for the countries (`shape`).
  const [cutStraight, straight] = [svgPath(fitted(make().precision(0))), svgPath(uncut().precision(0))];
  const path = (object: GeoObject) => (reach(object, centre)[1] ? cut : whole)(object);
  return {
    kind: conic ? 'conic' : 'natural-earth',
    point: (lon, lat) => projection([lon, lat]) ?? [NaN, NaN],
    path,
    shape: (object) => {
      const [longest, across] = reach(object, centre);
      // Across the cut, only on a conic map: its meridians are straight lines, so the edges the
      // cut adds along the meridian opposite the centre are too (Natural Earth's curve).
      return (longest > SHORT_EDGE || (across && !conic) ? path : across ? cutStraight : straight)(object);
    },
    // (Natural Earth has no parallels: '' in its key.)
    key: [
      projection.rotate(),
      conic ? (projection as GeoConicProjection).parallels() : '',
      projection.scale(),
      projection.translate(),
      width,
      height,
    ].join(' '),
  };
}

/**
 * The longest edge of a polygon (a Feature, Polygon or MultiPolygon), in degrees of longitude
 * (the shorter way round) or latitude, and whether it reaches the meridian opposite `centre`,
 * where the map is cut: a vertex within 0.1° of it, or an edge across it (its vertices'
 * longitudes from the centre jump by half the world or more; a ring around a pole crosses it).
 * A polygon clear of the cut is drawn without it (the same path data). Lines and collections:
 * [180, true].
 */
function reach(object: GeoObject, centre: number): [longest: number, across: boolean] {
  const g = (object.type === 'Feature' ? (object as { geometry?: GeoObject | null }).geometry : object) as
    { type: string; coordinates: number[][][] | number[][][][] } | null | undefined;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [180, true];
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  let longest = 0;
  let across = false;
  // Plain loops, no destructuring: ten thousand vertices on the first (cold) drawing.
  for (const rings of polygons)
    for (const ring of rings) {
      let before = NaN;
      let lat0 = NaN;
      for (let i = 0; i < ring.length; i++) {
        const vertex = ring[i];
        const y = vertex[1];
        // The vertex's longitude from the centre, in [-180, 180).
        const from = ((((vertex[0] - centre) % 360) + 540) % 360) - 180;
        const step = Math.abs(from - before);
        if (Math.abs(from) > 179.9 || step >= 180) across = true;
        longest = Math.max(longest, Math.min(step, 360 - step), Math.abs(y - lat0)) || longest;
        before = from;
        lat0 = y;
      }
    }
  return [longest, across];
}

/**
 * SVG path data of a GeoJSON object through a projection (its resampling, great circles and
 * clipping included), coordinates rounded to 0.1 px. d3's `geoPath` does the same and more
 * (areas, bounds, centroids, canvas), which the map never uses: this keeps about 1 KB
 * (gzipped) of d3-geo out of the bundle. '' when nothing is visible.
 */
function svgPath(projection: GeoProjection): (object: GeoObject) => string {
  return (object) => {
    let d = '';
    let lineFirst = true;
    let polygon = false;
    const round = (v: number) => Math.round(v * 10) / 10;
    geoStream(
      object as GeoPermissibleObjects,
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
