import type { CityNetwork } from '../../model/parse-cities.js';
import type { City } from '../../model/types.js';
import { countryCode, type Country } from './basemap.js';
import { memo } from './memo.js';
import { fitProjection, type FittedProjection, type ProjectionKind } from './projection.js';
import { toScreen, type Size, type View } from './view-transform.js';

export interface Point {
  readonly city: City;
  /** Projected position, before zoom. */
  readonly px: number;
  readonly py: number;
}

/** A city as drawn: where it is on screen, and how it is marked. */
export interface DrawnCity {
  readonly city: City;
  readonly x: number;
  readonly y: number;
  readonly home: boolean;
  readonly active: boolean;
  readonly selected: boolean;
}

/** What the zoom buttons and the credit cover: from the frame's right and top, and from its bottom right. */
export interface Controls {
  readonly zoom: Size;
  readonly credit: Size;
}

/** What is drawn for one model, size and projection: computed once, not on every hover. */
export interface Drawing {
  readonly points: readonly Point[];
  /** The countries, one path per class (`country`, `country tint`, `country home`). */
  readonly countries: readonly { readonly d: string; readonly className: string }[];
  /** One path per arc. */
  readonly arcs: readonly string[];
}

/**
 * The projection for the cities, fitted to the frame clear of the controls: once per model, size,
 * kind and boxes to keep clear (numbers, so the credit's width, which changes when its text is
 * measured, does not fit the map again), not again when the country shapes arrive.
 */
export function fitMap(model: CityNetwork, size: Size, kind: ProjectionKind, zoomWidth: number, zoomHeight: number, creditHeight: number) {
  const keepClear = zoomWidth > zoomHeight ? { top: zoomHeight, bottom: creditHeight } : { right: zoomWidth, bottom: creditHeight };
  return fitProjection(model.cities, size.width, size.height, kind, keepClear);
}

/**
 * Where the cities are drawn with the projection `fitMap` made: the same array for the same
 * model and projection (memoised by the map), so that labels are not placed again when only
 * the country shapes change.
 */
export function projectCities(model: CityNetwork, projection: FittedProjection): Point[] {
  return model.cities.map((city) => {
    const [px, py] = projection.point(city.lon, city.lat);
    return { city, px, py };
  });
}

/**
 * Each country's path data with a fitted projection, kept for the last four projections drawn
 * on the page (any map's), by the shapes and the projection's key: a map drawn again with the
 * same shapes, cities, size and projection kind (its data loaded again, a size and back, a
 * second map of the same cities) does not project the countries again.
 */
const countryPaths = memo(
  (countries: readonly Country[], projection: FittedProjection) => countries.map((f) => projection.shape(f)),
  (countries, projection) => [countries, projection.key],
  4,
);

/**
 * The countries of a model drawn with the projection `fitMap` made (clear of the controls: the
 * zoom buttons stand in a column on the right, or in a row at the top of a narrow map; the
 * credit at the bottom), one path per fill class: the countries of the cities are tinted
 * (`country tint`, the home city's `country home`). Paths are clipped to the view and rounded
 * to 0.1 px: the map's markup stays small.
 */
export function drawCountries(model: CityNetwork, countries: readonly Country[], projection: FittedProjection): Drawing['countries'] {
  const { cities } = model;
  const tinted = new Set(cities.map((c) => c.country).filter(Boolean));
  const homeCountry = cities.find((c) => c.role === 'home')?.country;
  const paths = countryPaths(countries, projection);
  // One path per fill class (the map's countries are not interactive): 3 elements, not 177.
  const layers = new Map<string, string>();
  for (const [i, f] of countries.entries()) {
    const d = paths[i];
    const code = countryCode(f);
    const className = code && tinted.has(code) ? (code === homeCountry ? 'country home' : 'country tint') : 'country';
    if (d) layers.set(className, (layers.get(className) ?? '') + d);
  }
  return [...layers].map(([className, d]) => ({ d, className }));
}

/**
 * The great-circle arcs of a model's links with the projection `fitMap` made: worked out apart
 * from the countries (memoised by the map), so not again when the country shapes arrive.
 */
export function drawArcs(model: CityNetwork, projection: FittedProjection): Drawing['arcs'] {
  const byId = new Map(model.cities.map((c) => [c.id, c]));
  return model.links.flatMap(([from, to]) => {
    const [a, b] = [byId.get(from)!, byId.get(to)!];
    const line = {
      type: 'LineString',
      coordinates: [
        [a.lon, a.lat],
        [b.lon, b.lat],
      ],
    };
    const d = projection.path(line);
    return d ? [d] : [];
  });
}

/** The points with the home city first, the others in the order given. */
export function homeFirst<P extends { readonly city: City }>(points: readonly P[]): P[] {
  return [...points].sort((a, b) => (a.city.role === 'home' ? -1 : 0) - (b.city.role === 'home' ? -1 : 0));
}

/**
 * The cities in the order they are drawn, at their places in a view: the home city last, on top
 * of its neighbours, and the active or selected city on top of all.
 */
export function drawOrder(points: readonly Point[], view: View, active?: string, selected?: string): DrawnCity[] {
  const marked = (id: string) => id === active || id === selected;
  return homeFirst(points)
    .reverse()
    .sort((a, b) => +marked(a.city.id) - +marked(b.city.id))
    .map((p) => ({
      city: p.city,
      ...toScreen(view, p),
      home: p.city.role === 'home',
      active: p.city.id === active,
      selected: p.city.id === selected,
    }));
}
