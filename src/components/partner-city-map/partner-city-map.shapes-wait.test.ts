import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { countryShapes, markers, network } from '../../test-support/partner-city-map.fixtures.js';
import { defaultCountries, setBuiltIn, type Country } from './basemap.js';
import { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: data that comes before the built-in shapes waits for them a little, so the
// map renders once, with its countries, rather than its cities first and the countries a moment
// later. (Its own file: it replaces the page's built-in shapes with ones the test lets come.)

const src = `/test-api/echo?body=${encodeURIComponent(JSON.stringify(network))}`;

/** Built-in shapes that arrive when the test calls `arrive()`. */
function gatedShapes() {
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  setBuiltIn(gate.then(async () => defaultCountries(await import('./shapes.js')) as Country[]));
  return arrive;
}

/** A map with the data from `src`, in the page; its pcw-load. */
function mapFromSrc() {
  const el = document.createElement('partner-city-map') as PartnerCityMap;
  el.lang = 'en';
  el.src = src;
  const loaded = oneEvent(el, 'pcw-load');
  document.body.append(el);
  return { el, loaded };
}

describe('<partner-city-map> data before the shapes', () => {
  const wait = PartnerCityMap.shapesWait;
  afterEach(() => {
    PartnerCityMap.shapesWait = wait;
  });

  it('waits for the shapes on their way, then renders the cities and the countries at once', async () => {
    // Long enough that the test decides when the shapes come, however busy the machine.
    PartnerCityMap.shapesWait = 60_000;
    const arrive = gatedShapes();
    const { el, loaded } = mapFromSrc();
    try {
      // (Inside the element: its data source has the data.)
      const source = (el as unknown as { source: { state: string } }).source;
      await waitUntil(() => source.state === 'ready', 'the data never came', { timeout: 5000 });
      // The data is there, the shapes are not: the loading view stays, and the map says so.
      await new Promise(requestAnimationFrame);
      expect(markers(el), 'cities drawn before the shapes came').to.have.length(0);
      expect(el.state).to.equal('loading');
      arrive();
      await loaded;
      // The first ready render had both.
      expect(markers(el)).to.have.length(5);
      expect(countryShapes(el)).to.be.greaterThan(5);
    } finally {
      el.remove();
    }
  });

  it('waits a little only: shapes that do not come do not keep the cities from showing', async () => {
    PartnerCityMap.shapesWait = 50;
    gatedShapes();
    const { el, loaded } = mapFromSrc();
    try {
      await loaded;
      expect(markers(el)).to.have.length(5);
      expect(countryShapes(el)).to.equal(0);
    } finally {
      el.remove();
    }
  });
});
