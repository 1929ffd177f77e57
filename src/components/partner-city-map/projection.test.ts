import { expect } from '@open-wc/testing';
import { defaultCountries } from './basemap.js';
import { fitProjection, MARKER_MARGIN, SHORT_EDGE, type GeoObject, type LonLat } from './projection.js';
import * as builtIn from './shapes.js';

// The fitted projection on its own: which projection it picks, where it puts cities (across the
// antimeridian, near the poles), and the SVG path data it writes.

const W = 800;
const H = 500;
const at = (lon: number, lat: number): LonLat => ({ lon, lat });
const places = (cities: LonLat[], kind?: 'auto' | 'conic' | 'natural-earth') => {
  const projection = fitProjection(cities, W, H, kind);
  return { kind: projection.kind, points: cities.map((c) => projection.point(c.lon, c.lat)) };
};
const inside = ([x, y]: [number, number], width = W, height = H) =>
  Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= width && y >= 0 && y <= height;

describe('projection', () => {
  describe('across the antimeridian', () => {
    it('shows cities at 179° and -179° side by side on a regional map centred on 180°', () => {
      const { kind, points } = places([at(179, -17), at(-179, -17)]);
      expect(kind).to.equal('conic');
      const [[x1, y1], [x2, y2]] = points;
      // 179°E is just west of 179°W: left of it, at the same height, around the middle of the frame.
      expect(x1).to.be.lessThan(x2);
      expect((x1 + x2) / 2).to.be.closeTo(W / 2, 1);
      expect(y1).to.be.closeTo(y2, 1);
      // Fitted to the frame, not at opposite ends of a world map.
      expect(x2 - x1).to.be.within(200, W);
      for (const p of points) expect(inside(p), String(p)).to.equal(true);
    });

    it('centres a world map across the antimeridian too', () => {
      const { kind, points } = places([at(179, 0), at(-179, 0)], 'natural-earth');
      expect(kind).to.equal('natural-earth');
      expect((points[0][0] + points[1][0]) / 2).to.be.closeTo(W / 2, 1);
      expect(points[0][0]).to.be.lessThan(points[1][0]);
    });

    it('draws the arc between them the short way, not around the world', () => {
      const projection = fitProjection([at(179, -17), at(-179, -17)], W, H);
      const [[x1], [x2]] = [projection.point(179, -17), projection.point(-179, -17)];
      const d = projection.path({
        type: 'LineString',
        coordinates: [
          [179, -17],
          [-179, -17],
        ],
      } as { type: string });
      const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(xs.length).to.be.greaterThan(1);
      for (const x of xs) expect(x).to.be.within(x1 - 1, x2 + 1);
    });
  });

  describe('near the poles', () => {
    it('draws a city at 89.9° on Natural Earth, even when conic was asked for', () => {
      for (const kind of ['auto', 'conic', 'natural-earth'] as const) {
        const { kind: drawn, points } = places([at(15, 89.9), at(16, 80)], kind);
        expect(drawn, kind).to.equal('natural-earth');
        for (const p of points) expect(inside(p), `${kind}: ${p}`).to.equal(true);
      }
    });

    it('switches from conic to Natural Earth beyond 85° north or south', () => {
      expect(places([at(10, 85), at(20, 80)], 'conic').kind).to.equal('conic');
      expect(places([at(10, 85.1), at(20, 80)], 'conic').kind).to.equal('natural-earth');
      expect(places([at(10, -85), at(20, -80)], 'conic').kind).to.equal('conic');
      expect(places([at(10, -85.1), at(20, -80)], 'conic').kind).to.equal('natural-earth');
      // Within 85°, conic keeps every city at a finite place in the frame.
      for (const p of places([at(10, 85), at(20, 80)], 'conic').points) expect(inside(p), String(p)).to.equal(true);
    });

    it('keeps cities at both poles at finite places', () => {
      const { kind, points } = places([at(0, 90), at(0, -90), at(10, 0)], 'conic');
      expect(kind).to.equal('natural-earth');
      for (const p of points) expect(inside(p), String(p)).to.equal(true);
    });
  });

  describe('choosing the projection', () => {
    it('uses conic conformal up to 100° of longitude and 60° of latitude, Natural Earth beyond', () => {
      expect(places([at(0, 10), at(100, 10)]).kind).to.equal('conic');
      expect(places([at(0, 10), at(101, 10)]).kind).to.equal('natural-earth');
      expect(places([at(10, -20), at(10, 40)]).kind).to.equal('conic');
      expect(places([at(10, -20), at(10, 41)]).kind).to.equal('natural-earth');
      // Forced either way.
      expect(places([at(0, 10), at(101, 10)], 'conic').kind).to.equal('conic');
      expect(places([at(0, 10), at(1, 10)], 'natural-earth').kind).to.equal('natural-earth');
    });

    it('gives one city a sensible scale, in the middle of the frame', () => {
      const { points } = places([at(14.51, 46.05)]);
      expect(points[0][0]).to.be.closeTo(W / 2, 1);
      expect(points[0][1]).to.be.closeTo(H / 2, 1);
    });

    it('fits every city inside the frame, clear of what the controls cover', () => {
      const cities = [at(-21.9, 64.1), at(174.8, -41.3), at(-157.9, 21.3), at(18.4, -33.9)];
      const projection = fitProjection(cities, W, H, 'auto', { right: 40, bottom: 21 });
      for (const c of cities) {
        const [x, y] = projection.point(c.lon, c.lat);
        expect(x, `${c.lon}`).to.be.within(0, W - 40);
        expect(y, `${c.lat}`).to.be.within(0, H - 21);
      }
    });

    it('leaves the cities at least half a small frame whose controls would cover nearly all its height (320 px, 200 % text)', () => {
      // Cleveland, Ljubljana, Moskva, Buenos Aires, Tianjin; the zoom buttons' row at the top and
      // the credit at the bottom of a 238 × 148 map at a 32 px root font.
      const cities = [at(-81.7, 41.5), at(14.5, 46.05), at(37.6, 55.75), at(-58.4, -34.6), at(117.2, 39.1)];
      const [w, h] = [238, 148];
      const projection = fitProjection(cities, w, h, 'auto', { top: 52, bottom: 40 });
      const points = cities.map((c) => projection.point(c.lon, c.lat));
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      for (const [x, y] of points) {
        expect(x).to.be.within(MARKER_MARGIN, w - MARKER_MARGIN);
        expect(y).to.be.within(MARKER_MARGIN, h - MARKER_MARGIN);
      }
      // Not all on one spot (before: fitted into the one pixel row the controls left).
      const spread = Math.max((Math.max(...xs) - Math.min(...xs)) / w, (Math.max(...ys) - Math.min(...ys)) / h);
      expect(spread).to.be.greaterThan(0.4);
    });
  });

  describe("fitted to the cities' points", () => {
    // A seeded spread of 300 cities, world-wide and regional, with the controls' boxes kept clear.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const spread = (lon0: number, lon1: number, lat0: number, lat1: number) =>
      Array.from({ length: 300 }, () => at(lon0 + random() * (lon1 - lon0), lat0 + random() * (lat1 - lat0)));

    for (const [name, cities] of [
      ['world-wide', spread(-180, 180, -60, 75)],
      ['regional', spread(5, 30, 40, 55)],
      ['across the antimeridian', spread(170, 190, -25, -10)],
    ] as const) {
      it(`keeps every city inside the frame with room for its marker (${name})`, () => {
        const keep = { right: 40, bottom: 21 };
        const projection = fitProjection(cities, W, H, 'auto', keep);
        let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
        for (const c of cities) {
          const [x, y] = projection.point(c.lon, c.lat);
          [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
        }
        expect(minX).to.be.at.least(MARKER_MARGIN);
        expect(minY).to.be.at.least(MARKER_MARGIN);
        expect(maxX).to.be.at.most(W - keep.right - MARKER_MARGIN);
        expect(maxY).to.be.at.most(H - keep.bottom - MARKER_MARGIN);
        // And it fills the frame: the cities span most of its width or of its height.
        expect(Math.max((maxX - minX) / (W - keep.right), (maxY - minY) / (H - keep.bottom))).to.be.greaterThan(0.8);
      });
    }
  });

  describe('SVG paths', () => {
    const europe = fitProjection([at(14.51, 46.05), at(37.62, 55.75)], W, H);

    it('writes lines as M … L … with coordinates rounded to 0.1 px', () => {
      const d = europe.path({
        type: 'LineString',
        coordinates: [
          [14.51, 46.05],
          [37.62, 55.75],
        ],
      } as { type: string });
      expect(d).to.match(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+$/);
      for (const n of d.match(/-?[\d.]+/g)!) expect(n).to.match(/^-?\d+(\.\d)?$/);
      const [x, y] = europe.point(14.51, 46.05);
      expect(d.startsWith(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`)).to.equal(true);
    });

    it('closes polygon rings with Z', () => {
      const square = {
        type: 'Polygon',
        coordinates: [
          [
            [20, 48],
            [20, 50],
            [22, 50],
            [22, 48],
            [20, 48],
          ],
        ],
      };
      const d = europe.path(square as { type: string });
      expect(d.startsWith('M')).to.equal(true);
      expect(d.endsWith('Z')).to.equal(true);
    });

    it('writes nothing for what lies outside the frame', () => {
      const australia = {
        type: 'Polygon',
        coordinates: [
          [
            [130, -30],
            [130, -20],
            [140, -20],
            [140, -30],
            [130, -30],
          ],
        ],
      };
      expect(europe.path(australia as { type: string })).to.equal('');
    });

    // A world map of cities all around (centred on 0°, cut at 180°): a country across the cut is
    // drawn at both edges, a country clear of it (drawn without the spherical cut: the same path)
    // in one piece.
    const world = fitProjection(
      [-150, -90, -30, 30, 90, 150].map((lon, i) => at(lon, i % 2 ? 60 : -60)),
      W,
      H,
      'natural-earth',
    );
    const box = (west: number, east: number, south: number, north: number) =>
      ({
        type: 'Feature',
        properties: null,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [west, north],
              [east, north],
              [east, south],
              [west, south],
            ],
          ],
        },
      }) as { type: string };
    const rings = (d: string) =>
      d
        .split('M')
        .filter(Boolean)
        .map((ring) => [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1])));

    it('cuts a country across the meridian opposite the centre, and draws it at both edges', () => {
      expect(world.point(0, 0)[0]).to.be.closeTo(W / 2, 1);
      const parts = rings(world.path(box(140, -140, 50, 58)));
      expect(parts).to.have.length(2);
      // One piece at each edge, never a band across the map.
      for (const ring of parts) expect(Math.max(...ring) - Math.min(...ring)).to.be.lessThan(W / 4);
      expect(Math.min(...parts.flat())).to.be.lessThan(W / 4);
      expect(Math.max(...parts.flat())).to.be.greaterThan((3 * W) / 4);
    });

    it('draws a ring around a pole across the whole map, and a country clear of the cut in one piece', () => {
      const south = {
        type: 'Polygon',
        coordinates: [
          [
            [-180, -50],
            [-90, -50],
            [0, -50],
            [90, -50],
            [180, -50],
            [180, -90],
            [90, -90],
            [0, -90],
            [-90, -90],
            [-180, -90],
            [-180, -50],
          ],
        ],
      };
      const xs = rings(world.path(south as { type: string })).flat();
      expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(W / 2);
      const parts = rings(world.path(box(10, 30, 40, 50)));
      expect(parts).to.have.length(1);
      const [x] = world.point(20, 45);
      expect(Math.min(...parts[0])).to.be.lessThan(x);
      expect(Math.max(...parts[0])).to.be.greaterThan(x);
    });
  });
  describe("the countries' path data", () => {
    const points = (d: string) =>
      d
        .split('M')
        .filter(Boolean)
        .map((ring) => [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    const toSegment = ([x, y]: number[], [ax, ay]: number[], [bx, by]: number[]) => {
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      return Math.hypot(x - ax - t * dx, y - ay - t * dy);
    };
    /** How far the points of one path data are from the lines of the other (px), both ways. */
    const apart = (a: string, b: string) => {
      const far = (from: number[][][], to: number[][][]) =>
        Math.max(
          0,
          ...from.flat().map((p) => Math.min(...to.flatMap((ring) => ring.map((q, i) => toSegment(p, q, ring[(i + 1) % ring.length]))))),
        );
      return Math.max(far(points(a), points(b)), far(points(b), points(a)));
    };
    const countries = defaultCountries(builtIn) as GeoObject[];

    const world = [at(14.51, 46.05), at(-157.9, 21.3), at(174.8, -41.3), at(-70, -33)];
    for (const [cities, width, height, kind] of [
      [world, 960, 600, 'auto'],
      [world, 320, 400, 'auto'],
      // Conic, the world: the countries across the cut are drawn without resampling too (its
      // meridians, the cut's edges, are straight lines).
      [world, 320, 200, 'conic'],
      [[at(-120, -60), at(0, -60), at(120, -60), at(60, 40)], 960, 600, 'conic'],
      [[at(14.51, 46.05), at(37.62, 55.75)], 960, 600, 'auto'],
      [[at(-123, 49.5), at(-95, 48.5)], 320, 200, 'auto'],
    ] as const)
      it(`draws the built-in countries within 1 px of their resampled lines, at ${width} × ${height} (${cities.length} cities, ${kind})`, () => {
        const projection = fitProjection(cities, width, height, kind);
        let differ = 0;
        for (const f of countries) {
          const [resampled, straight] = [projection.path(f), projection.shape(f)];
          if (resampled === straight) continue;
          differ++;
          expect(apart(resampled, straight), JSON.stringify((f as { properties?: unknown }).properties)).to.be.lessThan(1);
        }
        // Resampling adds a point in a few countries at most.
        expect(differ).to.be.lessThan(5);
      });

    const box = (west: number, east: number, south: number, north: number, step = 1) => {
      const ring: number[][] = [];
      for (let y = south; y < north; y += step) ring.push([west, y]);
      for (let x = west; x < east; x += step) ring.push([x, north]);
      for (let y = north; y > south; y -= step) ring.push([east, y]);
      for (let x = east; x > west; x -= step) ring.push([x, south]);
      ring.push([west, south]);
      return { type: 'Polygon', coordinates: [ring] } as GeoObject;
    };
    const europe = fitProjection([at(14.51, 46.05), at(37.62, 55.75)], W, H);

    it('writes a country inside the frame, across its edge and outside it as its resampled path does (short edges)', () => {
      const [inside, across, outside] = [box(20, 24, 48, 51), box(-20, 5, 40, 45), box(130, 140, -30, -20)];
      expect(europe.shape(inside)).to.equal(europe.path(inside));
      // Its vertices, projected and rounded.
      const [x, y] = europe.point(20, 48);
      expect(europe.shape(inside).startsWith(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}L`)).to.equal(true);
      expect(europe.shape(across)).to.equal(europe.path(across));
      for (const [px, py] of points(europe.shape(across)).flat()) {
        expect(px).to.be.within(0, W);
        expect(py).to.be.within(0, H);
      }
      expect(europe.shape(outside)).to.equal('');
    });

    it(`resamples a country with an edge longer than ${SHORT_EDGE}°`, () => {
      // A great circle across Europe: resampled, it bends (more points than the three vertices).
      const long = {
        type: 'Polygon',
        coordinates: [
          [
            [8, 44],
            [8 + SHORT_EDGE + 10, 56],
            [8 + SHORT_EDGE + 10, 44],
            [8, 44],
          ],
        ],
      } as GeoObject;
      expect(europe.shape(long)).to.equal(europe.path(long));
      expect(points(europe.shape(long)).flat().length).to.be.greaterThan(3);
    });

    it('gives the same key to the same projection fitted again, another to another size or kind', () => {
      const cities = [at(14.51, 46.05), at(37.62, 55.75)];
      const key = fitProjection(cities, W, H).key;
      expect(
        fitProjection(
          cities.map((c) => ({ ...c })),
          W,
          H,
        ).key,
      ).to.equal(key);
      expect(fitProjection(cities, W + 1, H).key).not.to.equal(key);
      expect(fitProjection(cities, W, H, 'natural-earth').key).not.to.equal(key);
      expect(fitProjection(cities, W, H, 'auto', { right: 40 }).key).not.to.equal(key);
    });
  });
});
