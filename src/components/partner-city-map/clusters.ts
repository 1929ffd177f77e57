import { homeFirst, type Point } from './drawing.js';

/** Cities whose centres are closer than this on screen (px) are drawn as one group: their markers would overlap. */
export const CLUSTER_RADIUS = 14;

/** Cities that overlap at a zoom, drawn as one marker with their count where they are. */
export interface Cluster {
  /** The first member's id (the group's key). */
  readonly id: string;
  /** The members' centre, before zoom. */
  readonly px: number;
  readonly py: number;
  readonly members: readonly Point[];
}

/** The cities at a zoom: those drawn alone, the groups, and the group of each grouped city. */
export interface Grouping {
  readonly alone: readonly Point[];
  readonly clusters: readonly Cluster[];
  readonly of: ReadonlyMap<string, Cluster>;
}

/**
 * Groups the cities that would overlap at zoom `k` (closer than `CLUSTER_RADIUS` px on screen):
 * greedily, each city not yet grouped (the home city first, then in the data's order) takes the
 * others within the radius of it. The home city is never grouped: it is always drawn and named.
 * Pure, and linear in the cities (a grid of cells of the radius's size): the map memoises it per
 * model, projection and zoom.
 */
export function clusterPoints(points: readonly Point[], k: number): Grouping {
  const r = CLUSTER_RADIUS / k;
  // The points by cells of the radius's size: a city's neighbours are in its cell and the eight around it.
  const cells = new Map<string, Point[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / r)},${Math.floor(y / r)}`;
  for (const p of points) {
    const key = cell(p.px, p.py);
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(p);
  }
  const order = new Map(points.map((p, i) => [p, i]));
  const taken = new Set<Point>();
  const alone: Point[] = [];
  const clusters: Cluster[] = [];
  const of = new Map<string, Cluster>();
  for (const seed of homeFirst(points)) {
    if (taken.has(seed)) continue;
    taken.add(seed);
    const members = [seed];
    if (seed.city.role !== 'home') {
      const [cx, cy] = [Math.floor(seed.px / r), Math.floor(seed.py / r)];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const p of cells.get(`${cx + dx},${cy + dy}`) ?? [])
            if (!taken.has(p) && p.city.role !== 'home' && (p.px - seed.px) ** 2 + (p.py - seed.py) ** 2 < r * r) members.push(p);
    }
    if (members.length === 1) {
      alone.push(seed);
      continue;
    }
    // The others in the data's order, as the seed took them before cells.
    members.sort((a, b) => (a === seed ? -1 : b === seed ? 1 : order.get(a)! - order.get(b)!));
    const cluster: Cluster = {
      id: seed.city.id,
      px: members.reduce((s, p) => s + p.px, 0) / members.length,
      py: members.reduce((s, p) => s + p.py, 0) / members.length,
      members,
    };
    for (const p of members) {
      taken.add(p);
      of.set(p.city.id, cluster);
    }
    clusters.push(cluster);
  }
  return { alone, clusters, of };
}

/**
 * How much to zoom in (a factor) so that the members of a group no longer overlap: their closest
 * pair `CLUSTER_RADIUS` px apart, with a little room. Infinity for cities on one spot.
 */
export function separatingZoom(cluster: Cluster, k: number): number {
  let closest = Infinity;
  const m = cluster.members;
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) closest = Math.min(closest, Math.hypot(m[i].px - m[j].px, m[i].py - m[j].py));
  return closest ? (CLUSTER_RADIUS * 1.1) / (closest * k) : Infinity;
}
