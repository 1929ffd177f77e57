/** Which projection the map uses: chosen from the extent of the cities, or forced. Kept apart from geo.ts so that the public types need no d3-geo types. */
export type ProjectionKind = 'auto' | 'conic' | 'natural-earth';
