// The default basemap: Natural Earth 1:110m countries (world-atlas), with the alpha-2 code of
// each country. Loaded lazily by <partner-city-map>, so a page without a map never downloads
// it; it imports nothing else, so that it stays one small file beside any build. The TopoJSON
// is a string parsed here (scripts/gen-shapes.mjs): JSON.parse of a string is far cheaper to
// compile and run than the same data as an object literal.
import { ALPHA2 } from './country-codes.js';
import { TOPOLOGY_JSON } from './shapes-data.js';

/** The TopoJSON of the countries. */
export const topology: unknown = JSON.parse(TOPOLOGY_JSON);

export { ALPHA2 };
