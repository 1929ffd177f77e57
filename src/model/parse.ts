import type { Agreement, Announcement, Area, AreaItem, Article, City, Image, ParseOptions, Partnership, Result } from './types.js';
import {
  altText,
  date,
  fail,
  id,
  isObject,
  LIMITS,
  list,
  numberIn,
  object,
  optional,
  own,
  required,
  run,
  text,
  url,
  type Context,
  type Json,
  type Reader,
} from './read.js';

// The generic readers and the value checks live apart; the card and the controller use some.
export { isObject, LIMITS } from './read.js';
export { parseDate, resolveUrl, safeUrl } from './values.js';

/*
 * Untrusted JSON → the typed model of each widget, with the readers of read.ts (whose rules
 * apply: required, optional, lists, limits). Plain functions rather than a class, so that a
 * widget's bundle keeps only the readers it uses.
 */

const size: Reader<number> = (_, value, path) =>
  Number.isInteger(value) && (value as number) > 0 ? (value as number) : fail(path, 'must be a positive whole number');

const image: Reader<Image> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    src: required(ctx, o, 'src', path, url),
    alt: optional(ctx, o, 'alt', path, altText) ?? { [ctx.lang]: '' },
    width: optional(ctx, o, 'width', path, size),
    height: optional(ctx, o, 'height', path, size),
  };
};

export const city: Reader<City> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    id: required(ctx, o, 'id', path, id),
    name: required(ctx, o, 'name', path, text),
    lat: required(ctx, o, 'lat', path, numberIn(-90, 90)),
    lon: required(ctx, o, 'lon', path, numberIn(-180, 180)),
    country: optional(ctx, o, 'country', path, (_, v, p) =>
      typeof v === 'string' && /^[a-zA-Z]{2}$/.test(v) ? v.toUpperCase() : fail(p, 'must be an ISO 3166-1 alpha-2 code'),
    ),
    role:
      optional(ctx, o, 'role', path, (_, v, p) => (v === 'home' || v === 'partner' ? v : fail(p, 'must be "home" or "partner"'))) ??
      'partner',
    since: optional(ctx, o, 'since', path, date),
    url: optional(ctx, o, 'url', path, url),
    description: optional(ctx, o, 'description', path, text),
  };
};

/** An event or an agreement: a title with optional date, place, description and link. */
const dated: Reader<Agreement> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    title: required(ctx, o, 'title', path, text),
    date: optional(ctx, o, 'date', path, date),
    from: optional(ctx, o, 'from', path, date),
    to: optional(ctx, o, 'to', path, date),
    place: optional(ctx, o, 'place', path, text),
    description: optional(ctx, o, 'description', path, text),
    url: optional(ctx, o, 'url', path, url),
  };
};

const areaItem: Reader<AreaItem> = (ctx, value, path) =>
  isObject(value) && value.title !== undefined
    ? {
        title: required(ctx, value, 'title', path, text),
        description: optional(ctx, value, 'description', path, text),
        url: optional(ctx, value, 'url', path, url),
      }
    : { title: text(ctx, value, path) };

export const area: Reader<Area> = (ctx, value, path) => {
  const o = object(value, path);
  const title = required(ctx, o, 'title', path, text);
  return {
    id: optional(ctx, o, 'id', path, id) ?? slug(Object.values(title)[0]),
    title,
    items: list(ctx, o, 'items', path, areaItem),
    description: optional(ctx, o, 'description', path, text),
    icon: optional(ctx, o, 'icon', path, id),
  };
};

const partnership: Reader<Partnership> = (ctx, value, path) => {
  const o = object(value, path);
  return { cities: list(ctx, o, 'cities', path, id), agreements: list(ctx, o, 'agreements', path, dated) };
};

/** `"Socialna zaščita"` → `"socialna-zascita"` (letters of any script are kept). */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'area'
  );
}

/** The article fields of an announcement: what `<city-news-card>` shows. */
function readArticle(ctx: Context, o: Json): Article {
  return {
    id: optional(ctx, o, 'id', '', id),
    lang: ctx.lang === 'und' ? undefined : ctx.lang,
    published: optional(ctx, o, 'published', '', date),
    title: required(ctx, o, 'title', '', text),
    lead: optional(ctx, o, 'lead', '', text),
    body: list(ctx, o, 'body', '', text),
    bodyHtml: optional(ctx, o, 'bodyHtml', '', (c, v, p) => {
      const value = text(c, v, p);
      const long = Object.values(value).some((t) => t.length > LIMITS.bodyHtml);
      return long ? fail(p, `is longer than ${LIMITS.bodyHtml} characters`) : value;
    }),
    url: optional(ctx, o, 'url', '', url),
    image: optional(ctx, o, 'image', '', image),
    tags: list(ctx, o, 'tags', '', text),
  };
}

/** Parses the article part of an announcement (the card's view); the partnership fields are not read. */
export function parseArticle(json: unknown, options?: ParseOptions): Result<Article> {
  return run(json, options, readArticle);
}

/**
 * Parses a whole announcement. Never throws: any JSON value gives a model (with warnings for
 * the items left out) or an error that names the path. With `base`, relative URLs become absolute.
 */
export function parseAnnouncement(json: unknown, options?: ParseOptions): Result<Announcement> {
  return run(json, options, (ctx, o) => ({
    ...readArticle(ctx, o),
    cities: list(ctx, o, 'cities', '', city, LIMITS.cities),
    partnership: optional(ctx, o, 'partnership', '', partnership),
    areas: list(ctx, o, 'areas', '', area, LIMITS.areas),
    events: list(ctx, o, 'events', '', dated),
  }));
}

/** The areas of cooperation, from an announcement (its `areas`) or a bare array of areas. */
export interface AreaList {
  /** Language of the plain-string texts (from the announcement). */
  readonly lang?: string;
  readonly areas: readonly Area[];
}

/**
 * Parses the areas of cooperation: an announcement (only `areas` is read) or a bare array of
 * areas. Ids are made unique (`culture`, `culture-2`) so that each can be a URL hash.
 */
/** An area list with no areas: the widget shows its empty message. */
export const hasNoAreas = (model: AreaList): boolean => !model.areas.length;

export function parseAreas(json: unknown, options?: ParseOptions): Result<AreaList> {
  const bare = Array.isArray(json);
  return run(bare ? { '': json } : json, options, (ctx, o) => {
    const seen = new Set<string>();
    // The next number to try per id: a thousand areas with one title stay linear.
    const next = new Map<string, number>();
    const areas = list(ctx, o, bare ? '' : 'areas', '', area, LIMITS.areas).map((a) => {
      let unique = a.id;
      if (seen.has(unique)) {
        let n = next.get(a.id) ?? 2;
        do unique = `${a.id}-${n++}`;
        while (seen.has(unique));
        next.set(a.id, n);
      }
      seen.add(unique);
      return unique === a.id ? a : { ...a, id: unique };
    });
    return { lang: ctx.lang === 'und' ? undefined : ctx.lang, areas };
  });
}

/** The cities of a partnership or a network, and the links to draw between them. */
export interface CityNetwork {
  readonly lang?: string;
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
    return {
      lang: ctx.lang === 'und' ? undefined : ctx.lang,
      cities: first ? cities.map((c) => (c.since || c.id === hub || !named.includes(c.id) ? c : { ...c, since: first })) : cities,
      links,
    };
  });
}
