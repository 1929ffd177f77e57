import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { captureWarnings, textOf } from '../../test-support/helpers.js';
import { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

const SEED = '/demo/data/ljubljana-moskva-2019.json';

const q = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const part = (el: HTMLElement, name: string) => q(el, `[part~="${name}"]`);
const ready = (el: PartnerCityMap) => waitUntil(() => el.state === 'ready', 'never ready', { timeout: 5000 });
// Countries outside the view are clipped away: Europe shows a few dozen.
const shapes = (el: PartnerCityMap) => waitUntil(() => qa(el, '[part~="country"]').length > 20, 'country shapes never drawn', { timeout: 5000 });
const markers = (el: PartnerCityMap) => qa<SVGCircleElement>(el, '[part~="city"]');
const labels = (el: PartnerCityMap) => qa<SVGTextElement>(el, '[part~="label"]');
const marker = (el: PartnerCityMap, id: string) => q(el, `.city[data-id="${id}"] [part~="city"]`) as unknown as SVGCircleElement;
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
const transform = (el: PartnerCityMap) => q(el, 'svg > g')!.getAttribute('transform');
/** Waits until the map has taken the size of its frame (a ResizeObserver reports it after the first render). */
const settled = (el: PartnerCityMap) =>
  waitUntil(() => part(el, 'svg')?.getAttribute('width') === String(Math.round(part(el, 'frame')?.clientWidth ?? -1)), 'map never took its size', { timeout: 10000 });

const city = (id: string, name: string, lat: number, lon: number, extra: Record<string, unknown> = {}) => ({ id, name, lat, lon, ...extra });
const network = {
  cities: [
    city('ljubljana', 'Ljubljana', 46.05, 14.51, { country: 'SI', role: 'home' }),
    city('zagreb', 'Zagreb', 45.81, 15.98, { country: 'HR', since: '2001' }),
    city('vienna', 'Wien', 48.21, 16.37, { country: 'AT' }),
    city('bratislava', 'Bratislava', 48.15, 17.11, { country: 'SK' }),
    city('parma', 'Parma', 44.8, 10.33, { country: 'IT' }),
  ],
};

/** The sample network, at its size, zoomed in twice with the + button. */
async function zoomedNetwork(): Promise<PartnerCityMap> {
  const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
  await settled(el);
  part(el, 'zoom-in')!.click();
  part(el, 'zoom-in')!.click();
  await elementUpdated(el);
  return el;
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<partner-city-map>', () => {
  it('is defined', () => {
    expect(customElements.get('partner-city-map')).to.equal(PartnerCityMap);
  });

  describe('drawing', () => {
    it('draws the countries, both cities of the seed and the arc between them', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" src=${SEED}></partner-city-map>`);
      await ready(el);
      await shapes(el);
      expect(qa(el, '[part~="country"]').length).to.be.greaterThan(20);
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

    it('marks the home city distinctly', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      const home = marker(el, 'ljubljana');
      const partner = marker(el, 'zagreb');
      expect(home.getAttribute('r')).to.equal('7');
      expect(getComputedStyle(home).fill).not.to.equal(getComputedStyle(partner).fill);
    });

    it('draws great-circle arcs, not straight lines', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${{ cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home' }), city('tokyo', 'Tokyo', 35.68, 139.69)] }}></partner-city-map>`);
      const arc = q(el, '[part~="arc"]') as unknown as SVGPathElement;
      const length = arc.getTotalLength();
      const start = arc.getPointAtLength(0);
      const end = arc.getPointAtLength(length);
      const middle = arc.getPointAtLength(length / 2);
      // Distance of the arc's middle from the straight line between its ends.
      const off = Math.abs((end.y - start.y) * middle.x - (end.x - start.x) * middle.y + end.x * start.y - end.y * start.x) / Math.hypot(end.y - start.y, end.x - start.x);
      expect(off).to.be.greaterThan(10);
    });

    it('fits every city inside the view, regional and global', async () => {
      for (const data of [
        network,
        { cities: [city('a', 'Reykjavik', 64.1, -21.9), city('b', 'Wellington', -41.3, 174.8), city('c', 'Honolulu', 21.3, -157.9), city('d', 'Cape Town', -33.9, 18.4)] },
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
      const world = { cities: [city('a', 'Reykjavik', 64.1, -21.9), city('b', 'Wellington', -41.3, 174.8), city('c', 'Cape Town', -33.9, 18.4)] };
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
      const pacific = { cities: [city('suva', 'Suva', -18.1, 178.4), city('apia', 'Apia', -13.8, -171.8), city('nuku', "Nuku'alofa", -21.1, -175.2)] };
      expect(await positions(pacific)).to.deep.equal(await positions(pacific, 'conic'));
    });

    it('fills its container width and keeps the aspect ratio token', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><partner-city-map .data=${network}></partner-city-map></div>`);
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

    it('still draws the cities when the basemap cannot be loaded, with a warning', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap="/test-api/status?code=404" .data=${network}></partner-city-map>`);
      await waitUntil(() => warnings.calls.length > 0, 'no warning', { timeout: 10000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      expect(qa(el, '[part~="country"]')).to.have.length(0);
      expect(markers(el)).to.have.length(5);
      expect(el.state).to.equal('ready');
    });

    it('says so under the map, in its language, when the shapes cannot be loaded, and credits no shapes', async () => {
      const notices = { en: 'The country shapes could not be loaded; the cities are shown without them.', sl: 'Obrisov držav ni bilo mogoče naložiti; mesta so prikazana brez njih.' };
      for (const [lang, theme] of [['en', 'light'], ['sl', 'dark']] as const) {
        warnings.calls.length = 0;
        const el = await fixture<PartnerCityMap>(
          html`<partner-city-map lang=${lang} theme=${theme} basemap="/test-api/status?code=404" attribution="© Test basemap" .data=${network}></partner-city-map>`,
        );
        await waitUntil(() => part(el, 'notice'), `no notice (${lang})`, { timeout: 5000 });
        expect(textOf(part(el, 'notice'))).to.equal(notices[lang]);
        expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
        expect(part(el, 'attribution'), 'a credit for shapes that are not drawn').to.equal(null);
        expect(textOf(el.shadowRoot)).not.to.include('Natural Earth');
        expect(markers(el)).to.have.length(5);
        // The console still names the reason.
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded \(.*404/);
        await expect(el).to.be.accessible();
      }
    });

    it('shows the notice in system colours in forced-colours mode', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap="/test-api/status?code=404" .data=${network}></partner-city-map>`);
      await waitUntil(() => part(el, 'notice'), 'no notice', { timeout: 5000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      const probe = document.createElement('div');
      try {
        await emulateMedia({ forcedColors: 'active' });
        document.body.append(probe);
        const system = (name: string) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        };
        const notice = getComputedStyle(part(el, 'notice')!);
        expect(notice.color).to.equal(system('CanvasText'));
        expect(notice.backgroundColor).to.equal(system('Canvas'));
        expect(notice.borderTopColor).to.equal(system('CanvasText'));
      } finally {
        probe.remove();
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('takes the notice away when a basemap that loads is chosen', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap="/test-api/status?code=404" attribution="© Test basemap" .data=${network}></partner-city-map>`);
      await waitUntil(() => part(el, 'notice'), 'no notice', { timeout: 5000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      el.basemap = '/demo/data/custom-basemap.json';
      await waitUntil(() => qa(el, '[part~="country"]').length > 0 && !part(el, 'notice'), 'the notice stayed after a basemap loaded', { timeout: 5000 });
      expect(textOf(part(el, 'attribution'))).to.equal('© Test basemap');
      expect(warnings.calls).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows no notice when the shapes load', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await waitUntil(() => qa(el, '[part~="country"]').length > 0, 'country shapes never drawn', { timeout: 5000 });
      expect(part(el, 'notice')).to.equal(null);
      expect(textOf(part(el, 'attribution'))).to.equal('Natural Earth');
    });

    it('draws a custom GeoJSON basemap', async () => {
      const square = (code: string, x: number, y: number) => ({
        type: 'Feature',
        properties: { iso_a2: code },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + 5], [x + 5, y + 5], [x + 5, y], [x, y]]] },
      });
      const geojson = { type: 'FeatureCollection', features: [square('SI', 12, 44), square('HR', 15, 43), square('XX', 20, 50)] };
      const url = URL.createObjectURL(new Blob([JSON.stringify(geojson)], { type: 'application/json' }));
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap=${url} .data=${network}></partner-city-map>`);
      // XX lies outside the view and is clipped away.
      await waitUntil(() => qa(el, '[part~="country"]').length === 2, 'custom basemap not drawn', { timeout: 10000 });
      expect(qa(el, '.country.home')).to.have.length(1);
      expect(qa(el, '.country.tint')).to.have.length(1);
    });

    it('turns GeoJSON rings wound the RFC 7946 way (counter-clockwise) around instead of flooding the map', async () => {
      const ccw = (code: string, x: number, y: number) => ({
        type: 'Feature',
        properties: { iso_a2: code },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 4, y], [x + 4, y + 3], [x, y + 3], [x, y]]] },
      });
      const url = URL.createObjectURL(new Blob([JSON.stringify({ type: 'FeatureCollection', features: [ccw('SI', 13, 45), ccw('AT', 12, 47)] })], { type: 'application/json' }));
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap=${url} attribution="© Test basemap" .data=${network}></partner-city-map>`);
      await waitUntil(() => qa(el, '[part~="country"]').length === 2, 'basemap not drawn', { timeout: 10000 });
      const frame = part(el, 'frame')!.getBoundingClientRect();
      for (const country of qa<SVGPathElement>(el, '[part~="country"]')) {
        // A small shape, not the whole sphere minus a hole.
        expect(country.getBoundingClientRect().width).to.be.lessThan(frame.width / 2);
      }
      expect(textOf(part(el, 'attribution'))).to.equal('© Test basemap');
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
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 390px"><partner-city-map .data=${network}></partner-city-map></div>`);
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
      const data = { cities: network.cities, links: [['zagreb', 'vienna'], ['vienna', 'nowhere']] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      expect(qa(el, '[part~="arc"]')).to.have.length(1);
      expect(warnings.calls).to.deep.equal(['[partner-city-map] links[1] names "nowhere", which is not among the cities (left out)']);
    });

    it('renders 300 cities with every name reachable in the list', async () => {
      const many = Array.from({ length: 300 }, (_, i) => city(`c${i}`, `City ${i}`, -50 + (i % 20) * 5.5, -170 + Math.floor(i / 20) * 23, { country: 'SI' }));
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${{ cities: many }}></partner-city-map>`);
      expect(markers(el)).to.have.length(300);
      expect(labels(el).length).to.be.greaterThan(10);
      const rows = qa(el, '[part~="list"] tbody tr');
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
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(arc).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('interaction', () => {
    it('moves between cities with the arrow keys, Home, and selects with Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><partner-city-map lang="en" .data=${network}></partner-city-map></div>`);
      const el = wrapper.querySelector('partner-city-map')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'map'));
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      expect(q(el, '.city.active')!.getAttribute('data-id')).to.equal('ljubljana');
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      // East of Ljubljana the nearest is Zagreb.
      expect(q(el, '.city.active')!.getAttribute('data-id')).to.equal('zagreb');
      await sendKeys({ press: 'ArrowUp' });
      await elementUpdated(el);
      expect(['vienna', 'bratislava']).to.include(q(el, '.city.active')!.getAttribute('data-id'));
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await elementUpdated(el);
      await sendKeys({ press: 'Home' });
      const selected = oneEvent(el, 'pcw-city-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail.city.id).to.equal('ljubljana');
      expect(detail.city.name).to.deep.equal({ und: 'Ljubljana' });
      expect(detail.name).to.equal('Ljubljana');
      // The map is one tab stop: the next Tab leaves it for the zoom buttons.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-in'));
    });

    it('shows a tooltip (name, country, since) on keyboard focus and closes it with Escape', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" .data=${network}></partner-city-map>`);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      const tooltip = part(el, 'tooltip')!;
      expect(textOf(tooltip)).to.equal('Zagreb Hrvaška Partnerstvo od 2001');
      expect(textOf(q(el, '[role="status"]'))).to.equal('Zagreb, Hrvaška, Partnerstvo od 2001');
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(part(el, 'tooltip')).to.equal(null);
      // Russian needs the noun after a year alone.
      el.lang = 'ru';
      await elementUpdated(el);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(textOf(q(el, '[role="status"]'))).to.equal('Zagreb, Хорватия, Партнёрство с 2001 года');
    });

    it('shows the tooltip on hover and selects on click', async () => {
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', country: 'SI', url: 'https://www.ljubljana.si/', description: 'Glavno mesto' }), city('mo', 'Moskva', 55.75, 37.62)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" .data=${data}></partner-city-map>`);
      const c = centre(marker(el, 'lj'));
      await sendMouse({ type: 'move', position: [Math.round(c.x), Math.round(c.y)] });
      await waitUntil(() => part(el, 'tooltip'), 'no tooltip on hover', { timeout: 10000 });
      expect(textOf(part(el, 'tooltip'))).to.contain('Ljubljana');
      expect(textOf(part(el, 'tooltip'))).to.contain('Slovenija');
      expect(part(el, 'tooltip')!.querySelector('a')!.getAttribute('href')).to.equal('https://www.ljubljana.si/');
      const selected = oneEvent(el, 'pcw-city-select');
      await sendMouse({ type: 'click', position: [Math.round(c.x), Math.round(c.y)] });
      expect((await selected).detail.city.id).to.equal('lj');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('zooms with the buttons and the keys, and resets', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await settled(el);
      const initial = transform(el);
      const before = centre(marker(el, 'ljubljana'));
      part(el, 'zoom-in')!.click();
      await elementUpdated(el);
      expect(transform(el)).not.to.equal(initial);
      expect(transform(el)).to.contain('scale(1.5)');
      part(el, 'zoom-out')!.click();
      await elementUpdated(el);
      expect(transform(el)).to.contain('scale(1)');
      part(el, 'map')!.focus();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await elementUpdated(el);
      expect(transform(el)).to.contain('scale(2.25)');
      // Markers keep their size and move with the view.
      expect(marker(el, 'ljubljana').getAttribute('r')).to.equal('7');
      expect(centre(marker(el, 'ljubljana'))).not.to.deep.equal(before);
      await sendKeys({ press: '-' });
      await elementUpdated(el);
      expect(transform(el)).to.contain('scale(1.5)');
      await sendKeys({ press: '0' });
      await elementUpdated(el);
      expect(transform(el)).to.equal(initial);
      part(el, 'zoom-in')!.click();
      await elementUpdated(el);
      part(el, 'zoom-reset')!.click();
      await elementUpdated(el);
      expect(transform(el)).to.equal(initial);
    });

    it('zooms with Ctrl + wheel; a plain wheel shows a hint instead', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${network}></partner-city-map>`);
      await settled(el);
      const map = part(el, 'map')!;
      const c = centre(map);
      map.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, clientX: c.x, clientY: c.y, bubbles: true, cancelable: true, composed: true }));
      await elementUpdated(el);
      expect(part(el, 'hint')!.hidden).to.equal(false);
      expect(textOf(part(el, 'hint'))).to.match(/^Use (Ctrl|⌘) \+ scroll to zoom the map$/);
      expect(transform(el)).to.contain('scale(1)');
      const zoom = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: c.x, clientY: c.y, bubbles: true, cancelable: true, composed: true });
      map.dispatchEvent(zoom);
      await elementUpdated(el);
      expect(zoom.defaultPrevented).to.equal(true);
      expect(transform(el)).not.to.contain('scale(1)');
    });

    it('pans by dragging', async () => {
      const el = await zoomedNetwork();
      const zoomed = transform(el);
      const c = centre(part(el, 'map')!);
      await sendMouse({ type: 'move', position: [Math.round(c.x), Math.round(c.y)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(c.x + 60), Math.round(c.y + 30)] });
      await sendMouse({ type: 'up' });
      await elementUpdated(el);
      expect(transform(el)).not.to.equal(zoomed);
      expect(transform(el)).to.contain('scale(2.25)');
    });

    it('reveals the list of cities with "Show as list"; screen readers reach it always', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="ru" src=${SEED}></partner-city-map>`);
      await ready(el);
      const list = part(el, 'list')!;
      // Hidden visually only: still in the accessibility tree.
      expect(getComputedStyle(list).display).not.to.equal('none');
      expect(list.getBoundingClientRect().width).to.be.lessThan(3);
      const toggle = part(el, 'list-toggle')!;
      expect(textOf(toggle)).to.equal('Показать списком');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(list.getBoundingClientRect().width).to.be.greaterThan(100);
      const rows = [...list.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => textOf(c)));
      expect(rows[0][0]).to.equal('Любляна (родной город)');
      expect(rows[0][1]).to.equal('Словения');
      expect(rows[1].slice(0, 3)).to.deep.equal(['Москва', 'Россия', '2000']);
      expect(list.querySelector('a')!.getAttribute('href')).to.equal('https://www.ljubljana.si/');
      await expect(el).to.be.accessible();
    });
  });

  describe('partnerships, zoomed views, pointers and forced colours', () => {
    const announcement = {
      lang: 'sl',
      title: 'T',
      cities: [city('lj', 'Ljubljana', 46.05, 14.51, { country: 'SI' }), city('mo', 'Moskva', 55.75, 37.62, { country: 'RU' }), city('zg', 'Zagreb', 45.81, 15.98, { country: 'HR' })],
      partnership: { cities: ['lj', 'mo', 'nowhere'], agreements: [{ title: 'Program', date: '2019-09-10' }, { title: 'Protokol', date: '2000' }] },
    };

    it("links the cities of an announcement's partnership, partners since its first agreement", async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${announcement}></partner-city-map>`);
      await ready(el);
      // No city is marked home: the first named in the partnership is the hub; Zagreb is not in it.
      expect(qa(el, '[part~="arc"]')).to.have.length(1);
      // What the reader sees in the list: Moskva a partner since 2000, Zagreb with no date.
      const since = qa(el, '[part~="list"] tbody tr').map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('time')?.textContent ?? '']);
      expect(since).to.deep.equal([['Ljubljana', ''], ['Moskva', '2000'], ['Zagreb', '']]);
      expect(warnings.calls).to.deep.equal(['[partner-city-map] partnership.cities[2] names "nowhere", which is not among the cities (left out)']);
    });

    it('draws one home city and no link from a city to itself, with warnings', async () => {
      const data = {
        cities: [city('a', 'A', 46, 14, { role: 'home' }), city('b', 'B', 48, 16, { role: 'home' }), city('c', 'C', 45, 12)],
        links: [['a', 'a'], ['a', 'b'], ['a', 'c']],
      };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      expect(qa(el, '.city.home').map((g) => g.dataset.id)).to.deep.equal(['a']);
      expect(qa(el, '[part~="arc"]')).to.have.length(2);
      expect(warnings.calls).to.deep.equal([
        '[partner-city-map] cities[1].role is a second "home"; this city is shown as a partner (left out)',
        '[partner-city-map] links[0] links a city to itself (left out)',
      ]);
    });

    it('draws whole arcs once they are drawn, zoomed in too (no dashes)', async () => {
      const el = await zoomedNetwork();
      for (const arc of qa(el, '[part~="arc"]')) {
        arc.getAnimations().forEach((a) => a.finish());
        expect(getComputedStyle(arc).strokeDasharray).to.equal('none');
      }
    });

    it('keeps the city the keyboard moves to inside the view, and zooms around it', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await settled(el);
      part(el, 'map')!.focus();
      const inFrame = (id: string) => {
        const f = part(el, 'frame')!.getBoundingClientRect();
        const c = centre(marker(el, id));
        return c.x >= f.left && c.x <= f.right && c.y >= f.top && c.y <= f.bottom;
      };
      for (let i = 0; i < 5; i++) await sendKeys({ press: '+' });
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      expect(inFrame('ljubljana'), 'home city in view after Home').to.equal(true);
      const before = centre(marker(el, 'ljubljana'));
      await sendKeys({ press: '+' });
      await elementUpdated(el);
      const after = centre(marker(el, 'ljubljana'));
      expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y), 'zoomed around the active city').to.be.lessThan(2);
      for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowRight', 'ArrowDown']) {
        await sendKeys({ press: key });
        await elementUpdated(el);
        const id = q(el, '.city.active')!.getAttribute('data-id')!;
        expect(inFrame(id), `${id} in view after ${key}`).to.equal(true);
      }
    });

    it('reaches cities on the same spot with the arrow keys', async () => {
      const data = { cities: [city('a', 'A', 46, 14, { role: 'home' }), city('b', 'B', 48, 16), city('c', 'C', 48, 16), city('d', 'D', 48, 16)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      part(el, 'map')!.focus();
      const seen = new Set<string>();
      await sendKeys({ press: 'Home' });
      const path: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
        await sendKeys({ press: key });
        await elementUpdated(el);
        path.push(q(el, '.city.active')!.getAttribute('data-id')!);
        seen.add(path[path.length - 1]);
      }
      expect(path).to.deep.equal(['b', 'c', 'd', 'c', 'b']);
      expect([...seen].sort()).to.deep.equal(['b', 'c', 'd']);
    });

    it('keeps the hidden list out of the tab order until it is shown', async () => {
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', url: 'https://www.ljubljana.si/' }), city('mo', 'Moskva', 55.75, 37.62, { url: 'https://www.mos.ru/' })] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      const links = () => qa(el, '[part~="list"] a');
      expect(links().map((a) => a.getAttribute('tabindex'))).to.deep.equal(['-1', '-1']);
      part(el, 'list-toggle')!.click();
      await elementUpdated(el);
      expect(links().map((a) => a.getAttribute('tabindex'))).to.deep.equal([null, null]);
    });

    it('keeps the tooltip inside a small map, and places it after rendering without a style attribute', async () => {
      const long = 'Ena dolga opisna poved o partnerstvu, ki se v majhnem zemljevidu ne sme odrezati. '.repeat(3);
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', description: long, url: 'https://www.ljubljana.si/' }), city('mo', 'Moskva', 55.75, 37.62, { description: long })] };
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><partner-city-map .data=${data}></partner-city-map></div>`);
      const el = wrapper.querySelector('partner-city-map')!;
      await settled(el);
      part(el, 'map')!.focus();
      for (const key of ['Home', 'ArrowRight']) {
        await sendKeys({ press: key });
        await elementUpdated(el);
        await el.updateComplete;
        const f = part(el, 'frame')!.getBoundingClientRect();
        const t = part(el, 'tooltip')!.getBoundingClientRect();
        expect(t.left >= f.left && t.right <= f.right && t.top >= f.top && t.bottom <= f.bottom, `tooltip inside the frame after ${key}`).to.equal(true);
      }
      expect(qa(el, '[style]')).to.have.length(0);
    });

    it('closes a hover tooltip when the pointer leaves, but not on the way to its link', async () => {
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', url: 'https://www.ljubljana.si/' }), city('mo', 'Moskva', 55.75, 37.62)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" .data=${data}></partner-city-map>`);
      await settled(el);
      const c = centre(marker(el, 'lj'));
      await sendMouse({ type: 'move', position: [Math.round(c.x), Math.round(c.y)] });
      await waitUntil(() => part(el, 'tooltip'), 'no tooltip on hover', { timeout: 10000 });
      // Hovering is not announced: the live region is for the keyboard.
      expect(textOf(q(el, '[role="status"]'))).to.equal('');
      const link = centre(part(el, 'tooltip')!.querySelector('a')!);
      await sendMouse({ type: 'move', position: [Math.round(link.x), Math.round(link.y)] });
      await elementUpdated(el);
      expect(part(el, 'tooltip'), 'tooltip kept on the way to its link').to.exist;
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !part(el, 'tooltip'), 'tooltip stayed after the pointer left', { timeout: 10000 });
    });

    it('ignores a basemap that failed after a newer one was chosen', async () => {
      const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Box' }, geometry: { type: 'Polygon', coordinates: [[[10, 40], [10, 50], [20, 50], [20, 40], [10, 40]]] } }] };
      const failing = '/test-api/status?code=500&delay=400';
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap=${failing} .data=${network}></partner-city-map>`);
      await ready(el);
      el.basemap = `/test-api/echo?body=${encodeURIComponent(JSON.stringify(geojson))}`;
      await waitUntil(() => qa(el, '[part~="country"]').length === 1, 'the newer basemap was not drawn', { timeout: 10000 });
      await aTimeout(600);
      expect(qa(el, '[part~="country"]')).to.have.length(1);
    });

    it('keeps its zoom, and about what is in view, when its width changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><partner-city-map .data=${network}></partner-city-map></div>`);
      const el = wrapper.querySelector('partner-city-map')!;
      await settled(el);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 2; i++) await sendKeys({ press: '+' });
      await elementUpdated(el);
      const relative = () => {
        const f = part(el, 'frame')!.getBoundingClientRect();
        const c = centre(marker(el, 'ljubljana'));
        return [(c.x - f.left) / f.width, (c.y - f.top) / f.height];
      };
      const [x0, y0] = relative();
      wrapper.style.width = '600px';
      await settled(el);
      expect(transform(el)).to.contain('scale(2.25)');
      const [x1, y1] = relative();
      // About where it was: the padding around the fitted cities does not scale with the frame.
      expect(Math.abs(x1 - x0) + Math.abs(y1 - y0), 'the home city moved in the frame').to.be.lessThan(0.1);
    });

    it('lets a vertical swipe scroll the page unless the map is zoomed', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await settled(el);
      expect(getComputedStyle(part(el, 'map')!).touchAction).to.equal('pan-y');
      part(el, 'zoom-in')!.click();
      await elementUpdated(el);
      expect(getComputedStyle(part(el, 'map')!).touchAction).to.equal('none');
    });

    it('uses system colours in forced-colours mode: sea, markers and the active city', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      try {
        await emulateMedia({ forcedColors: 'active' });
        const probe = document.createElement('div');
        document.body.append(probe);
        const system = (name: string) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        };
        expect(getComputedStyle(q(el, '.water')!).fill).to.equal(system('Canvas'));
        expect(getComputedStyle(marker(el, 'ljubljana')).stroke).to.equal(system('Highlight'));
        expect(getComputedStyle(marker(el, 'ljubljana')).fill).to.equal(system('CanvasText'));
        expect(getComputedStyle(marker(el, 'zagreb')).fill).to.equal(system('LinkText'));
        probe.remove();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('safety and states', () => {
    it('renders hostile names as text and never makes hostile URLs links', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = {
        cities: [
          city('a', payload, 46, 14, { role: 'home', url: 'javascript:window.__pwned=1', description: payload }),
          city('b', 'B', 50, 20, { url: ' data:text/html,<script>1</script>' }),
        ],
      };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      expect(labels(el).map((l) => l.textContent)).to.include(payload);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      expect(part(el, 'tooltip')!.textContent).to.contain(payload);
      expect(qa(el, 'a')).to.have.length(0);
      expect(qa(el, 'img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows a clear empty state for an empty city list', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${{ title: 'No cities', cities: [] }}></partner-city-map>`);
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('There are no cities to show.');
    });

    it('shows an error with retry, fires pcw-error, and stays accessible', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" src="/test-api/html"></partner-city-map>`);
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('html');
      await elementUpdated(el);
      expect(q(el, '[role="alert"]')).to.exist;
      expect(textOf(part(el, 'retry-button'))).to.equal('Poskusi znova');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible when ready, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await fixture<PartnerCityMap>(html`<partner-city-map theme=${theme} src=${SEED}></partner-city-map>`);
        await ready(el);
        await shapes(el);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading and with a tooltip open', async () => {
      const loading = await fixture<PartnerCityMap>(html`<partner-city-map src="/test-api/hang?ms=2000"></partner-city-map>`);
      expect(q(loading, '[aria-busy="true"]')).to.exist;
      await expect(loading).to.be.accessible();
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  });
});
