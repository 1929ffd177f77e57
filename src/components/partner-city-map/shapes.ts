// The default basemap: Natural Earth 1:110m countries (world-atlas), with the alpha-2 code of
// each country. Loaded lazily by <partner-city-map>, so a page without a map never downloads
// it; it imports nothing else, so that it stays one small file beside any build.
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import { ALPHA2 } from './country-codes.js';

export { ALPHA2, topology };
