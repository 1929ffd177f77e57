import type { City, LocalizedText, ParseOptions, Result } from './types.js';
import { fail, id, LIMITS, list, optional, own, run, text, type Reader } from './read.js';
import { city, partnership } from './parse-partnership.js';

/*
 * The parser of `<partner-city-map>`, with the readers of read.ts and the city and partnership
 * readers of parse-partnership.ts. A module of its own, so that a page without the map does not load it.
 */

/** The cities of a partnership or a network, and the links to draw between them. */
export interface CityNetwork {
  /** The announcement's id (none for a bare array): names the map's "Get the data" files. */
  readonly id?: string;
  readonly lang?: string;
  /** The author's description of the map (`mapDescription` in the data): the map's accessible description, shown under it. */
  readonly description?: LocalizedText;
  readonly cities: readonly City[];
  /** Pairs of city ids. Without `links` in the data: the home city to every other city. */
  readonly links: readonly (readonly [string, string])[];
}

/**
 * Parses the cities to map: an announcement (its `cities`), `{ cities, links? }`, or a bare
 * array of cities. A city with invalid coordinates, or a second city with the same id, is left
 * out with a warning; so is a link that names a city that is not there.
 */
/** A network with no cities: the widget shows its empty message. */
export const hasNoCities = (model: CityNetwork): boolean => !model.cities.length;

export function parseCities(json: unknown, options?: ParseOptions): Result<CityNetwork> {
  const bare = Array.isArray(json);
  return run(bare ? { '': json } : json, options, (ctx, o) => {
    const ids = new Set<string>();
    let homes = 0;
    const readCity: Reader<City> = (c, v, p) => {
      const read = city(c, v, p);
      if (ids.has(read.id)) return fail(`${p}.id`, `repeats "${read.id}"`);
      ids.add(read.id);
      if (read.role !== 'home' || !homes++) return read;
      // One home city: a second one is drawn as a partner.
      c.warnings.push({ path: `${p}.role`, message: 'is a second "home"; this city is shown as a partner' });
      return { ...read, role: 'partner' as const };
    };
    const cities = list(ctx, o, bare ? '' : 'cities', '', readCity, LIMITS.cities);
    const link: Reader<[string, string]> = (c, v, p) => {
      const pair = Array.isArray(v) && v.length === 2 ? v.map((x, i) => id(c, x, `${p}[${i}]`)) : fail(p, 'must be a pair of city ids');
      const unknown = pair.find((x) => !ids.has(x));
      if (unknown !== undefined) return fail(p, `names "${unknown}", which is not among the cities`);
      return pair[0] === pair[1] ? fail(p, 'links a city to itself') : [pair[0], pair[1]];
    };
    const home = cities.find((c) => c.role === 'home');
    // An announcement's partnership names the cities it links: its home city (or the first
    // one named) with each of the others, partners since its first agreement unless said.
    const pact = bare || own(o, 'links') !== undefined ? undefined : optional(ctx, o, 'partnership', '', partnership);
    const named: string[] = [];
    (pact?.cities ?? []).forEach((id, i) => {
      if (ids.has(id)) named.push(id);
      else ctx.warnings.push({ path: `partnership.cities[${i}]`, message: `names "${id}", which is not among the cities` });
    });
    const hub = named.length > 1 ? (named.find((id) => id === home?.id) ?? named[0]) : home?.id;
    const first = pact?.agreements
      .flatMap((a) => ((a.date ?? a.from) ? [(a.date ?? a.from)!] : []))
      .sort((a, b) => (a.iso < b.iso ? -1 : 1))[0];
    const links =
      !bare && own(o, 'links') !== undefined
        ? list(ctx, o, 'links', '', link)
        : (named.length > 1 ? named : [...ids]).filter((id) => hub && id !== hub).map((id): [string, string] => [hub!, id]);
    const ownId = bare ? undefined : optional(ctx, o, 'id', '', id);
    const description = bare ? undefined : optional(ctx, o, 'mapDescription', '', text);
    return {
      ...(ownId && { id: ownId }),
      ...(description && { description }),
      lang: ctx.lang === 'und' ? undefined : ctx.lang,
      cities: first ? cities.map((c) => (c.since || c.id === hub || !named.includes(c.id) ? c : { ...c, since: first })) : cities,
      links,
    };
  });
}
