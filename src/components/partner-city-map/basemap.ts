// The country shapes under the map: TopoJSON or GeoJSON read into GeoJSON features, the built-in
// Natural Earth shapes (a lazy chunk), and a `basemap` URL loaded like the data.
import { Task } from '@lit/task';
import { geoArea } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { ReactiveControllerHost } from 'lit';
import { noDom } from '../../internal/env.js';
import type { Topology } from 'topojson-specification';
import { absoluteUrl } from '../../internal/page-url.js';
import { loadJson } from '../../model/load.js';
import { isObject } from '../../model/read.js';

export type Country = Feature<Geometry, { code?: string } | null>;

/** The shapes drawn, and whether the last ones asked for failed to load (the map then says so and credits nothing). */
export interface Shapes {
  readonly countries: readonly Country[];
  readonly failed: boolean;
}

export const NO_SHAPES: Shapes = { countries: [], failed: false };

/** Reads the country features out of TopoJSON or GeoJSON; [] for anything else. */
export function toCountries(json: unknown): Country[] {
  if (!isObject(json)) return [];
  if (json.type === 'Topology' && isObject(json.objects)) {
    const topo = json as unknown as Topology;
    const name = 'countries' in topo.objects ? 'countries' : Object.keys(topo.objects)[0];
    const result = feature(topo, topo.objects[name]);
    return 'features' in result ? (result.features as Country[]) : [result as Country];
  }
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) return (json.features as Country[]).map(rewind);
  if (json.type === 'Feature') return [rewind(json as unknown as Country)];
  return [];
}

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo reads such a ring as the rest
 * of the sphere. A polygon that covers more than half of the sphere is turned around.
 */
export function rewind(f: Country): Country {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: reverse(g.coordinates) } : { ...g, coordinates: g.coordinates.map(reverse) };
  return { ...f, geometry };
}

/** The built-in Natural Earth countries, each with its alpha-2 code in `properties.code`. */
export function defaultCountries({
  topology,
  ALPHA2,
}: {
  readonly topology: unknown;
  readonly ALPHA2: Readonly<Record<string, string>>;
}): Country[] {
  return toCountries(topology).map((f) => ({
    ...f,
    properties: { code: ALPHA2[String(f.id ?? (f.properties as { name?: string } | null)?.name)] },
  }));
}

/** The ISO 3166-1 alpha-2 code of a country feature, from the properties common basemaps use. */
export function countryCode(f: Country): string | undefined {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  const code = p.code ?? p.iso_a2 ?? p.ISO_A2 ?? p.iso_3166_1_alpha_2 ?? f.id;
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : undefined;
}

let builtIn: Promise<Country[]> | undefined;
let builtInShapes: Shapes | undefined;

/**
 * The built-in countries, loaded (the lazy chunk) and read once per page, for every map: a map
 * starts this when it is connected, before its data is there (a failure is tried again next time).
 */
export function builtInCountries(): Promise<Country[]> {
  return (builtIn ??= import('./shapes.js').then(
    (module) => keep(defaultCountries(module)),
    (e: unknown) => {
      builtIn = undefined;
      throw e;
    },
  ));
}

const keep = (countries: Country[]) => (builtInShapes = { countries, failed: false }).countries;

/** Replaces the built-in countries with `countries` (tests: shapes that come when the test says). @internal */
export function setBuiltIn(countries: Promise<Country[]>): void {
  builtInShapes = undefined;
  builtIn = countries.then(keep);
}

/**
 * The shapes to draw: the task's (`task`), or, before it has run for a map without a `basemap`,
 * the built-in shapes if they are loaded already (one object for the page, the one the task
 * gives later): a map whose data comes after them draws them in its first ready render.
 */
export const shapesNow = (task: Shapes | undefined, basemap: string | undefined): Shapes =>
  (task === NO_SHAPES && basemap === undefined && builtInShapes) || (task ?? NO_SHAPES);

/** Whether a map with this `basemap` draws the built-in shapes and they are not loaded yet (in a browser). */
export const builtInOnTheWay = (basemap: string | undefined): boolean => basemap === undefined && !builtInShapes && !noDom;

/** Settles when the built-in shapes are loaded (or could not be), or after `ms`; never rejects. */
export function builtInOrAfter(ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([builtInCountries(), new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
    .catch(() => {})
    .then(() => clearTimeout(timer));
}

/**
 * The countries of a basemap URL (resolved against the page), or the built-in shapes without
 * one. Rejects, with a reason for the console, when they cannot be had; `signal` stops the wait.
 */
export async function loadCountries(url: string | undefined, signal: AbortSignal): Promise<Country[]> {
  if (!url) return builtInCountries();
  const absolute = absoluteUrl(url);
  if (!absolute) throw new Error(`"${url}" is not a URL`);
  const countries = toCountries(await loadJson(absolute, { signal }));
  if (!countries.length) throw new Error('it holds no TopoJSON or GeoJSON features');
  return countries;
}

/**
 * The country shapes of one map. The built-in ones start loading at the map's first update,
 * while its data is still on the way (one download for every map of the page); what is drawn is
 * loaded once there is data: '' for the built-in shapes, else the `basemap` URL, again for each
 * new one. The newest asked for wins: an older request still on its way is aborted and its answer
 * dropped. A failure is one console warning (through `warn`) and a map without shapes, `failed`.
 */
export class MapShapes {
  /** What the task loads: `undefined` until there is data, '' for the built-in shapes, else a URL. */
  private wanted?: string;
  private readonly task: Task<readonly [string | undefined], Shapes>;

  constructor(
    host: ReactiveControllerHost,
    private readonly basemap: () => string | undefined,
    warn: (message: string) => void,
  ) {
    this.task = new Task(host, {
      args: () => [this.wanted] as const,
      task: async ([url], { signal }) => {
        try {
          // The built-in shapes as the object `loadedBuiltIn` gives: the same value, nothing drawn again.
          if (!url) return (await builtInCountries(), builtInShapes!);
          return { countries: await loadCountries(url, signal), failed: false };
        } catch (e) {
          // Aborted for a newer basemap: the task drops this answer anyway; nothing to say.
          if (signal.aborted) throw e;
          warn(`the map shapes could not be loaded (${e instanceof Error ? e.message : String(e)}); the cities are drawn without them`);
          return { countries: [], failed: true };
        }
      },
      // Nothing to load before there is data.
      initialValue: NO_SHAPES,
    });
  }

  /** Called in the map's `willUpdate`: at its `first` update, and whether its data is `ready`. Nothing on the server. */
  update(first: boolean, ready: boolean): void {
    if (noDom) return;
    if (first && this.basemap() === undefined) builtInCountries().catch(() => {});
    if (ready) this.wanted = this.basemap() ?? '';
  }

  /** The shapes to draw now (see `shapesNow`). */
  get value(): Shapes {
    return shapesNow(this.task.value, this.basemap());
  }
}
