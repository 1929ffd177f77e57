import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { City } from '../../model/types.js';
import { CLUSTER_RADIUS, clusterPoints, separatingZoom } from './clusters.js';
import type { Point } from './drawing.js';

// The grouping of cities that overlap at a zoom (#16), on its own.

const point = (id: string, px: number, py: number, role: City['role'] = 'partner'): Point => ({
  city: { id, name: { und: id }, lat: 0, lon: 0, role },
  px,
  py,
});

describe('clusterPoints', () => {
  it('groups the cities closer than the radius, keeps the others alone, and the home city always alone', () => {
    const points = [point('a', 100, 100), point('b', 105, 100), point('home', 102, 100, 'home'), point('c', 300, 100)];
    const { alone, clusters, of } = clusterPoints(points, 1);
    expect(alone.map((p) => p.city.id)).to.deep.equal(['home', 'c']);
    expect(clusters).to.have.length(1);
    expect(clusters[0].members.map((p) => p.city.id)).to.deep.equal(['a', 'b']);
    expect([clusters[0].px, clusters[0].py]).to.deep.equal([102.5, 100]);
    expect(of.get('a')).to.equal(clusters[0]);
    expect(of.has('c')).to.equal(false);
  });

  it('separates them at the zoom separatingZoom gives (cities on one spot: never)', () => {
    const points = [point('a', 100, 100), point('b', 103, 104), point('c', 100, 100.5)];
    const [cluster] = clusterPoints(points, 1).clusters;
    const k = separatingZoom(cluster, 1);
    expect(k * 0.5, 'the closest pair ends at the radius').to.be.closeTo(CLUSTER_RADIUS * 1.1, 1e-9);
    expect(clusterPoints(points, k).clusters).to.have.length(0);
    expect(separatingZoom(clusterPoints([point('x', 1, 1), point('y', 1, 1)], 1).clusters[0], 1)).to.equal(Infinity);
  });

  it('draws every city once, alone or in one group, at any zoom', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { maxLength: 40 }),
        fc.constantFrom(1, 2, 5.5, 16),
        (xy, k) => {
          const points = xy.map(([x, y], i) => point(`p${i}`, x, y, i === 0 ? 'home' : 'partner'));
          const { alone, clusters, of } = clusterPoints(points, k);
          const ids = [...alone, ...clusters.flatMap((c) => c.members)].map((p) => p.city.id).sort();
          expect(ids).to.deep.equal(points.map((p) => p.city.id).sort());
          for (const c of clusters) {
            expect(c.members.length).to.be.at.least(2);
            for (const m of c.members) expect(of.get(m.city.id)).to.equal(c);
          }
        },
      ),
    );
  });
});
