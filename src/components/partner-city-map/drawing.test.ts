import { expect } from '@open-wc/testing';
import type { CityNetwork } from '../../model/parse-cities.js';
import type { City } from '../../model/types.js';
import { defaultCountries, type Country } from './basemap.js';
import { drawCountries, fitMap } from './drawing.js';
import type { FittedProjection } from './projection.js';
import * as builtIn from './shapes.js';

// The countries' drawing on its own: each country is projected once per shapes and projection,
// not again when the map is drawn again with the same ones.

const city = (id: string, lon: number, lat: number, country: string, role: City['role'] = 'partner'): City => ({
  id,
  name: { und: id },
  lon,
  lat,
  country,
  role,
});
const network = (): CityNetwork => ({
  cities: [city('ljubljana', 14.51, 46.05, 'SI', 'home'), city('moskva', 37.62, 55.75, 'RU'), city('kyoto', 135.77, 35.01, 'JP')],
  links: [],
});
const countries: Country[] = defaultCountries(builtIn);

/** A fitted projection that counts the countries it projects. */
const counting = (projection: FittedProjection) => {
  const counted = { ...projection, projected: 0 };
  counted.shape = (object) => {
    counted.projected++;
    return projection.shape(object);
  };
  return counted;
};
const fit = (model: CityNetwork, width: number, height: number) => counting(fitMap(model, { width, height }, 'auto', 40, 112, 21));

describe('drawCountries', () => {
  it('projects the countries once for the same shapes, cities, size and projection, and draws the same', () => {
    const first = fit(network(), 961, 601);
    const drawn = drawCountries(network(), countries, first);
    expect(first.projected).to.equal(countries.length);
    expect(drawn.map((l) => l.className)).to.have.members(['country', 'country tint', 'country home']);
    // The data loaded again (a new model of the same cities), fitted again: a new projection
    // object with the same key. Nothing is projected again, and the drawing is the same.
    const again = fit(network(), 961, 601);
    expect(again.key).to.equal(first.key);
    expect(drawCountries(network(), countries, again)).to.deep.equal(drawn);
    expect(again.projected).to.equal(0);
  });

  it('projects again for another size, and not when the size comes back', () => {
    const wide = fit(network(), 962, 602);
    const drawn = drawCountries(network(), countries, wide);
    const narrow = fit(network(), 322, 402);
    expect(narrow.key).not.to.equal(wide.key);
    const narrowDrawn = drawCountries(network(), countries, narrow);
    expect(narrow.projected).to.equal(countries.length);
    expect(narrowDrawn).not.to.deep.equal(drawn);
    const back = fit(network(), 962, 602);
    expect(drawCountries(network(), countries, back)).to.deep.equal(drawn);
    expect(back.projected).to.equal(0);
  });

  it('projects again for other shapes, and tints by the cities given even when the projection is kept', () => {
    const projection = fit(network(), 963, 603);
    drawCountries(network(), countries, projection);
    const others = countries.slice(0, 50);
    const other = fit(network(), 963, 603);
    drawCountries(network(), others, other);
    expect(other.projected).to.equal(others.length);
    // Moskva's partner in Kyoto gone from the data: Japan no longer tinted, nothing projected.
    const fewer = { ...network(), cities: network().cities.slice(0, 2) };
    const kept = counting(projection);
    const tinted = (model: CityNetwork) => drawCountries(model, countries, kept).find((l) => l.className === 'country tint')!.d;
    expect(tinted(fewer).length).to.be.lessThan(tinted(network()).length);
    expect(kept.projected).to.equal(0);
  });
});
