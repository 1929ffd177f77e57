import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  centre,
  city,
  countryShapes,
  labels,
  openListRows,
  marker,
  markers,
  network,
  settled,
  shapes,
} from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, colour, emulating, part, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import { builtInCountries } from './basemap.js';
import { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: what it draws (countries, cities, arcs, labels), fitted to its size, with
// the projection it picks, and the data it leaves out. (The basemap: partner-city-map.basemap.test.ts.)

describe('<partner-city-map>', () => {
  it('is defined', () => {
    expect(customElements.get('partner-city-map')).to.equal(PartnerCityMap);
  });

  describe('drawing', () => {
    const warnings = captureWarningsPerTest();

    it('draws the countries in its first ready render when the built-in shapes are loaded already (one render, not two)', async () => {
      await builtInCountries();
      const el = document.createElement('partner-city-map') as PartnerCityMap;
      el.lang = 'en';
      el.src = `/test-api/echo?body=${encodeURIComponent(JSON.stringify(network))}`;
      const loaded = oneEvent(el, 'pcw-load');
      document.body.append(el);
      try {
        // pcw-load comes once the ready state is rendered: that render had the countries.
        await loaded;
        expect(countryShapes(el), 'countries in the first ready render').to.be.greaterThan(5);
        expect(markers(el)).to.have.length(5);
      } finally {
        el.remove();
      }
    });

    it('draws the labels in the task after its first frame, and updateComplete waits for them', async () => {
      const el = document.createElement('partner-city-map') as PartnerCityMap;
      el.lang = 'en';
      el.data = network;
      let [inFirstRender, markersInFirstRender, atFirstFrame] = [-1, -1, -1];
      let complete: Promise<string[]> | undefined;
      // pcw-load comes once the ready state is rendered.
      el.addEventListener('pcw-load', () => {
        [inFirstRender, markersInFirstRender] = [labels(el).length, markers(el).length];
        requestAnimationFrame(() => (atFirstFrame = labels(el).length));
        // updateComplete asked for then resolves once the labels are there.
        complete = el.updateComplete.then(() => labels(el).map((l) => l.textContent!));
      });
      document.body.append(el);
      try {
        await ready(el);
        expect(await complete).to.include('Ljubljana');
        expect(markersInFirstRender, 'markers in the first ready render').to.equal(5);
        expect(inFirstRender, 'labels in the first ready render').to.equal(0);
        expect(atFirstFrame, 'labels in the first frame').to.equal(0);
      } finally {
        el.remove();
      }
    });

    it('draws the labels, and updateComplete resolves, where no frame comes (a hidden tab)', async () => {
      const frames = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      const el = document.createElement('partner-city-map') as PartnerCityMap;
      el.lang = 'en';
      el.data = network;
      document.body.append(el);
      try {
        await ready(el);
        await el.updateComplete;
        expect(labels(el).map((l) => l.textContent)).to.include('Ljubljana');
      } finally {
        window.requestAnimationFrame = frames;
        el.remove();
      }
    });

    it('draws the countries, both cities of the seed and the arc between them', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" src=${SEED_URL}></partner-city-map>`);
      await ready(el);
      await shapes(el);
      // The labels come after the first frame: updateComplete waits for them.
      await el.updateComplete;
      expect(countryShapes(el)).to.be.greaterThan(20);
      // Clipped to the view and rounded: the markup stays small.
      expect(part(el, 'countries')!.innerHTML.length).to.be.lessThan(200_000);
      expect(markers(el)).to.have.length(2);
      expect(qa(el, '[part~="arc"]')).to.have.length(1);
      expect(labels(el).map((l) => l.textContent)).to.have.members(['Ljubljana', 'Moskva']);
      // The countries of the cities are tinted, the home country differently.
      expect(qa(el, '.country.home')).to.have.length(1);
      expect(qa(el, '.country.tint')).to.have.length(1);
      expect(textOf(part(el, 'attribution'))).to.equal('Natural Earth');
      expect(part(el, 'svg')!.getAttribute('role')).to.equal('img');
      expect(part(el, 'svg')!.getAttribute('aria-label')).to.equal('Zemljevid partnerskih mest (2): Ljubljana, Moskva');
    });

    it("shows each country with its own fill: the home country, the partners' and the others, forced colours too", async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" src=${SEED_URL}></partner-city-map>`);
      await ready(el);
      await shapes(el);
      await settled(el);
      // The country drawn under a point of the screen (under the markers and the arc).
      const countryAt = ({ x, y }: { x: number; y: number }) =>
        el.shadowRoot!.elementsFromPoint(x, y).find((e) => e.matches('[part~="country"]'))!;
      const home = centre(marker(el, 'ljubljana'));
      const partner = centre(marker(el, 'moskva'));
      // Between them on screen: Belarus, Ukraine or Poland, none of them tinted.
      const between = { x: (home.x + partner.x) / 2, y: (home.y + partner.y) / 2 };
      const look = (at: { x: number; y: number }) => {
        const s = getComputedStyle(countryAt(at));
        return [s.fill, s.stroke];
      };
      expect(look(home)).to.deep.equal(['rgb(246, 220, 159)', 'rgb(180, 35, 24)']);
      expect(look(partner)[0]).to.equal('rgb(246, 220, 159)');
      expect(look(partner)[1]).not.to.equal('rgb(180, 35, 24)');
      expect(look(between)[0]).to.equal('rgb(244, 241, 234)');
      await emulating({ forcedColors: 'active' }, () => {
        for (const at of [home, partner, between]) expect(look(at)).to.deep.equal([colour('Canvas'), colour('CanvasText')]);
        expect(getComputedStyle(countryAt(home)).strokeWidth).to.equal('1.5px');
        expect(getComputedStyle(countryAt(between)).strokeWidth).not.to.equal('1.5px');
      });
    });

    it('draws many arcs at once, without the draw-in animation; a few are drawn in', async () => {
      const many = Array.from({ length: 40 }, (_, i) => city(`c${i}`, `City ${i}`, 40 + (i % 8), 5 + Math.floor(i / 8) * 3));
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map .data=${{ cities: [{ ...many[0], role: 'home' }, ...many.slice(1)] }}></partner-city-map>`,
      );
      const arcs = qa<SVGPathElement>(el, '[part~="arc"]');
      // Every arc is there: 39 lines from the home city (one "M" each).
      expect(arcs.map((a) => a.getAttribute('d')!.match(/M/g)!.length).reduce((a, b) => a + b, 0)).to.equal(39);
      for (const arc of arcs) expect(getComputedStyle(arc).animationName).to.equal('none');
      const few = await fixture<PartnerCityMap>(
        html`<partner-city-map .data=${{ cities: [{ ...many[0], role: 'home' }, ...many.slice(1, 5)] }}></partner-city-map>`,
      );
      expect(qa(few, '[part~="arc"]').map((a) => getComputedStyle(a).animationName)).to.deep.equal(Array(4).fill('pcw-draw'));
    });

    it('marks the home city distinctly', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      const home = marker(el, 'ljubljana');
      const partner = marker(el, 'zagreb');
      expect(home.getAttribute('r')).to.equal('7');
      expect(getComputedStyle(home).fill).not.to.equal(getComputedStyle(partner).fill);
    });

    it('draws great-circle arcs, not straight lines', async () => {
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map .data=${{ cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home' }), city('tokyo', 'Tokyo', 35.68, 139.69)] }}></partner-city-map>`,
      );
      const arc = q(el, '[part~="arc"]') as unknown as SVGPathElement;
      const length = arc.getTotalLength();
      const start = arc.getPointAtLength(0);
      const end = arc.getPointAtLength(length);
      const middle = arc.getPointAtLength(length / 2);
      // Distance of the arc's middle from the straight line between its ends.
      const off =
        Math.abs((end.y - start.y) * middle.x - (end.x - start.x) * middle.y + end.x * start.y - end.y * start.x) /
        Math.hypot(end.y - start.y, end.x - start.x);
      expect(off).to.be.greaterThan(10);
    });

    it('fits every city inside the view, regional and global', async () => {
      for (const data of [
        network,
        {
          cities: [
            city('a', 'Reykjavik', 64.1, -21.9),
            city('b', 'Wellington', -41.3, 174.8),
            city('c', 'Honolulu', 21.3, -157.9),
            city('d', 'Cape Town', -33.9, 18.4),
          ],
        },
        { cities: [city('solo', 'Ljubljana', 46.05, 14.51)] },
        // Across the antimeridian: a regional map (20° of longitude), not a world map.
        { cities: [city('suva', 'Suva', -18.1, 178.4), city('apia', 'Apia', -13.8, -171.8), city('nuku', "Nuku'alofa", -21.1, -175.2)] },
      ]) {
        const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
        const box = part(el, 'svg')!.getBoundingClientRect();
        for (const m of markers(el)) {
          const c = centre(m);
          expect(c.x, m.closest('.city')!.getAttribute('data-id')!).to.be.within(box.left, box.right);
          expect(c.y).to.be.within(box.top, box.bottom);
        }
        // Never under the zoom buttons or the credit.
        for (const cover of [part(el, 'zoom-controls')!, part(el, 'attribution')!]) {
          const r = cover.getBoundingClientRect();
          for (const m of markers(el)) {
            const c = centre(m);
            const under = c.x >= r.left && c.x <= r.right && c.y >= r.top && c.y <= r.bottom;
            expect(under, `${m.closest('.city')!.getAttribute('data-id')} under ${cover.getAttribute('part')}`).to.equal(false);
          }
        }
      }
    });

    it('uses conic conformal for a region and Natural Earth for the world, unless told', async () => {
      const world = {
        cities: [city('a', 'Reykjavik', 64.1, -21.9), city('b', 'Wellington', -41.3, 174.8), city('c', 'Cape Town', -33.9, 18.4)],
      };
      const positions = async (data: object, projection: 'auto' | 'conic' | 'natural-earth' = 'auto') => {
        const el = await fixture<PartnerCityMap>(html`<partner-city-map projection=${projection} .data=${data}></partner-city-map>`);
        await settled(el);
        return markers(el).map((m) => `${m.getAttribute('cx')},${m.getAttribute('cy')}`);
      };
      // A region: auto draws what forced conic draws, not what Natural Earth draws.
      const regional = await positions(network);
      expect(regional).to.deep.equal(await positions(network, 'conic'));
      expect(regional).not.to.deep.equal(await positions(network, 'natural-earth'));
      // The world: auto draws Natural Earth.
      const global = await positions(world);
      expect(global).to.deep.equal(await positions(world, 'natural-earth'));
      expect(global).not.to.deep.equal(await positions(world, 'conic'));
      // Across the antimeridian, 20° of longitude is a region too.
      const pacific = {
        cities: [city('suva', 'Suva', -18.1, 178.4), city('apia', 'Apia', -13.8, -171.8), city('nuku', "Nuku'alofa", -21.1, -175.2)],
      };
      expect(await positions(pacific)).to.deep.equal(await positions(pacific, 'conic'));
    });

    it('fills its container width and keeps the aspect ratio token', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 400px"><partner-city-map .data=${network}></partner-city-map></div>`,
      );
      const el = wrapper.querySelector('partner-city-map')!;
      // 400 × 250 with a 1px border: 398 × 248 inside.
      await waitUntil(() => part(el, 'svg')?.getAttribute('width') === '398', 'did not follow the width', { timeout: 10000 });
      expect(part(el, 'svg')!.getAttribute('height')).to.equal('248');
      el.style.setProperty('--pcw-map-aspect-ratio', '1');
      await waitUntil(() => part(el, 'svg')!.getAttribute('height') === '398', 'did not follow the aspect ratio', { timeout: 10000 });
    });

    it('never lets two labels overlap, hiding the ones that would', async () => {
      const close = {
        cities: [
          city('a', 'Ljubljana', 46.05, 14.51, { role: 'home' }),
          city('b', 'Ljubljana Vič', 46.04, 14.49),
          city('c', 'Ljubljana Bežigrad', 46.07, 14.52),
          city('d', 'Domžale', 46.14, 14.59),
          city('e', 'Kamnik', 46.22, 14.61),
          city('f', 'Moskva', 55.76, 37.62),
        ],
      };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${close}></partner-city-map>`);
      const boxes = labels(el).map((l) => l.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(1);
      for (let i = 0; i < boxes.length; i++) {
        for (let k = i + 1; k < boxes.length; k++) {
          const [a, b] = [boxes[i], boxes[k]];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `${labels(el)[i].textContent} / ${labels(el)[k].textContent}`).to.equal(false);
        }
      }
      // The home city always gets its label.
      expect(labels(el).map((l) => l.textContent)).to.include('Ljubljana');
    });

    it('gives the home city its label and draws its marker on top, even in a crowd', async () => {
      const data = await (await fetch('/demo/data/sample-network.json')).json();
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" .data=${data}></partner-city-map>`);
      await settled(el);
      expect(labels(el).map((l) => l.textContent)).to.include('Ljubljana');
      const cities = qa(el, '.city');
      expect(cities[cities.length - 1].getAttribute('data-id')).to.equal('ljubljana');
    });

    it('keeps labels clear of the zoom buttons', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 390px"><partner-city-map .data=${network}></partner-city-map></div>`,
      );
      const el = wrapper.querySelector('partner-city-map')!;
      await settled(el);
      const buttons = part(el, 'zoom-controls')!.getBoundingClientRect();
      for (const label of labels(el)) {
        const b = label.getBoundingClientRect();
        const overlap = b.left < buttons.right && buttons.left < b.right && b.top < buttons.bottom && buttons.top < b.bottom;
        expect(overlap, label.textContent!).to.equal(false);
      }
    });

    it('falls back to the default when an attribute is removed or unknown', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map projection="conic" .data=${network}></partner-city-map>`);
      el.removeAttribute('projection');
      expect(el.projection).to.equal('auto');
      el.setAttribute('projection', 'mercator');
      expect(el.projection).to.equal('auto');
    });

    it('skips a city with invalid coordinates, with a warning, and draws the rest', async () => {
      const data = { cities: [...network.cities, city('bad', 'Nowhere', 123, 14)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map debug lang="en" .data=${data}></partner-city-map>`);
      expect(markers(el)).to.have.length(5);
      expect(warnings.calls).to.include('[partner-city-map] cities[5].lat must be a number between -90 and 90 (left out)');
      expect(textOf(part(el, 'warnings'))).to.contain('cities[5].lat');
    });

    it('draws explicit links, and none for links to unknown cities', async () => {
      const data = {
        cities: network.cities,
        links: [
          ['zagreb', 'vienna'],
          ['vienna', 'nowhere'],
        ],
      };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      expect(qa(el, '[part~="arc"]')).to.have.length(1);
      expect(warnings.calls).to.deep.equal(['[partner-city-map] links[1] names "nowhere", which is not among the cities (left out)']);
    });

    it('renders 300 cities with every name reachable in the list', async () => {
      const many = Array.from({ length: 300 }, (_, i) =>
        city(`c${i}`, `City ${i}`, -50 + (i % 20) * 5.5, -170 + Math.floor(i / 20) * 23, { country: 'SI' }),
      );
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${{ cities: many }}></partner-city-map>`);
      // Every city is drawn: alone, or in a group of cities that overlap at this zoom (with its count).
      const grouped = qa(el, '.cluster .count').reduce((n, c) => n + Number(c.textContent), 0);
      expect(markers(el).length + grouped).to.equal(300);
      expect(labels(el).length).to.be.greaterThan(10);
      const rows = await openListRows(el);
      expect(rows).to.have.length(300);
      expect(textOf(rows[299].querySelector('th'))).to.equal('City 299');
      expect(part(el, 'svg')!.getAttribute('aria-label')).to.equal(
        'Map of 300 partner cities: City 0, City 1, City 2, City 3, City 4, City 5, City 6, City 7, City 8, City 9 and 290 more',
      );
    });

    it('keeps the map colours with the theme, dark included', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      const water = () => getComputedStyle(q(el, '.water')!).fill;
      expect(water()).to.equal('rgb(220, 235, 247)');
      el.theme = 'dark';
      await elementUpdated(el);
      expect(water()).to.equal('rgb(14, 34, 51)');
    });

    it('animates the arcs, unless reduced motion is asked for', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      const arc = q(el, '[part~="arc"]')!;
      expect(getComputedStyle(arc).animationName).to.equal('pcw-draw');
      await emulating({ reducedMotion: 'reduce' }, () => {
        expect(getComputedStyle(arc).animationName).to.equal('none');
      });
    });
  });
});
