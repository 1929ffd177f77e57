import type { Agreement, City, Partnership } from './types.js';
import { date, id, leaf, list, numberIn, object, optional, required, text, url, type Reader } from './read.js';

/*
 * The readers of an announcement's cities and partnership: shared by the map's parser
 * (parse-cities.ts), which links the cities of a partnership, and the whole announcement's (parse.ts).
 */

// The city's field readers are made once, not for every city.
const lat = /* @__PURE__ */ numberIn(-90, 90);
const lon = /* @__PURE__ */ numberIn(-180, 180);
const country = /* @__PURE__ */ leaf(
  (_, v) => (typeof v === 'string' && /^[a-zA-Z]{2}$/.test(v) ? v.toUpperCase() : undefined),
  'must be an ISO 3166-1 alpha-2 code',
);
const role = /* @__PURE__ */ leaf<City['role']>((_, v) => (v === 'home' || v === 'partner' ? v : undefined), 'must be "home" or "partner"');

export const city: Reader<City> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    id: required(ctx, o, 'id', path, id),
    name: required(ctx, o, 'name', path, text),
    lat: required(ctx, o, 'lat', path, lat),
    lon: required(ctx, o, 'lon', path, lon),
    country: optional(ctx, o, 'country', path, country),
    role: optional(ctx, o, 'role', path, role) ?? 'partner',
    since: optional(ctx, o, 'since', path, date),
    url: optional(ctx, o, 'url', path, url),
    description: optional(ctx, o, 'description', path, text),
  };
};

/** An event or an agreement: a title with optional date, place, description and link. */
export const dated: Reader<Agreement> = (ctx, value, path) => {
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

export const partnership: Reader<Partnership> = (ctx, value, path) => {
  const o = object(value, path);
  return { cities: list(ctx, o, 'cities', path, id), agreements: list(ctx, o, 'agreements', path, dated) };
};
