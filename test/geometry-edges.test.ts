import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarningsPerTest } from '../src/test-support/helpers.js';

/*
 * Valid cities where projections break: at both poles with `projection="conic"`, across the
 * antimeridian. Every city is drawn at a finite place, with no console error.
 */

type MapElement = HTMLElement & { state: string };

captureWarningsPerTest();

async function drawn(data: unknown, projection: string) {
  const errors: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const el = await fixture<MapElement>(html`<partner-city-map projection=${projection} .data=${data}></partner-city-map>`);
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('[part~="city"]'), 'map not drawn', { timeout: 10000 });
    const markers = [...el.shadowRoot!.querySelectorAll('circle[part~="city"]')];
    return { markers: markers.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]), errors };
  } finally {
    console.error = error;
  }
}

describe('map geometry at the edges', () => {
  it('draws cities at both poles with projection="conic" at finite places', async () => {
    const data = {
      cities: [
        { id: 'n', name: 'North', lat: 90, lon: 0, role: 'home' },
        { id: 's', name: 'South', lat: -90, lon: 0 },
        { id: 'e', name: 'Equator', lat: 0, lon: 10 },
      ],
    };
    const { markers, errors } = await drawn(data, 'conic');
    expect(markers).to.have.length(3);
    for (const [x, y] of markers) expect(Number.isFinite(x) && Number.isFinite(y), `${x}, ${y}`).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('draws cities on both sides of the antimeridian', async () => {
    const data = {
      cities: [
        { id: 'a', name: 'Fiji', lat: -18, lon: 178, role: 'home' },
        { id: 'b', name: 'Samoa', lat: -13.8, lon: -171.8 },
      ],
    };
    const { markers, errors } = await drawn(data, 'auto');
    expect(markers).to.have.length(2);
    for (const [x, y] of markers) expect(Number.isFinite(x) && Number.isFinite(y), `${x}, ${y}`).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
