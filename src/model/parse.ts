import type { Announcement, ParseOptions, Result } from './types.js';
import { LIMITS, list, optional, run, text } from './read.js';
import { readArticle } from './parse-article.js';
import { area } from './parse-areas.js';
import { city, dated, partnership } from './parse-partnership.js';

/*
 * Untrusted JSON → the typed model, with the readers of read.ts (whose rules apply: required,
 * optional, lists, limits). Each widget's parser is a module of its own (parse-article.ts,
 * parse-areas.ts, parse-cities.ts), which its element imports, so that a page (or the loader's
 * shared chunk) carries only the parsers of the widgets it uses; this module reads a whole
 * announcement and gathers them all for the package's index.
 */

export { parseArticle } from './parse-article.js';
export { area, hasNoAreas, parseAreas, slug, type AreaList } from './parse-areas.js';
export { hasNoCities, parseCities, type CityNetwork } from './parse-cities.js';
export { city } from './parse-partnership.js';
// The generic readers and the value checks live apart; the card and the controller use some.
export { isObject, LIMITS } from './read.js';
export { parseDate, resolveUrl, safeUrl } from './values.js';

/**
 * Parses a whole announcement. Never throws: any JSON value gives a model (with warnings for
 * the items left out) or an error that names the path. With `base`, relative URLs become absolute.
 */
export function parseAnnouncement(json: unknown, options?: ParseOptions): Result<Announcement> {
  return run(json, options, (ctx, o) => ({
    ...readArticle(ctx, o),
    cities: list(ctx, o, 'cities', '', city, LIMITS.cities),
    mapDescription: optional(ctx, o, 'mapDescription', '', text),
    partnership: optional(ctx, o, 'partnership', '', partnership),
    areas: list(ctx, o, 'areas', '', area, LIMITS.areas),
    events: list(ctx, o, 'events', '', dated),
  }));
}
