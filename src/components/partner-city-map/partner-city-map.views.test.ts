import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  centre,
  city,
  openListRows,
  marker,
  network,
  settled,
  transform,
  zoomedNetwork,
} from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, colour, emulating, part, q, qa, ready, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: partnerships, zoomed views, pointers and forced colours.

const warnings = captureWarningsPerTest();

describe('<partner-city-map>', () => {
  describe('partnerships, zoomed views, pointers and forced colours', () => {
    const announcement = {
      lang: 'sl',
      title: 'T',
      cities: [
        city('lj', 'Ljubljana', 46.05, 14.51, { country: 'SI' }),
        city('mo', 'Moskva', 55.75, 37.62, { country: 'RU' }),
        city('zg', 'Zagreb', 45.81, 15.98, { country: 'HR' }),
      ],
      partnership: {
        cities: ['lj', 'mo', 'nowhere'],
        agreements: [
          { title: 'Program', date: '2019-09-10' },
          { title: 'Protokol', date: '2000' },
        ],
      },
    };

    it("links the cities of an announcement's partnership, partners since its first agreement", async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${announcement}></partner-city-map>`);
      await ready(el);
      // No city is marked home: the first named in the partnership is the hub; Zagreb is not in it.
      expect(qa(el, '[part~="arc"]')).to.have.length(1);
      // What the reader sees in the list: Moskva a partner since 2000, Zagreb with no date.
      const since = (await openListRows(el)).map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        tr.querySelector('time')?.textContent ?? '',
      ]);
      expect(since).to.deep.equal([
        ['Ljubljana', ''],
        ['Moskva', '2000'],
        ['Zagreb', ''],
      ]);
      expect(warnings.calls).to.deep.equal([
        '[partner-city-map] partnership.cities[2] names "nowhere", which is not among the cities (left out)',
      ]);
    });

    it('draws one home city and no link from a city to itself, with warnings', async () => {
      const data = {
        cities: [city('a', 'A', 46, 14, { role: 'home' }), city('b', 'B', 48, 16, { role: 'home' }), city('c', 'C', 45, 12)],
        links: [
          ['a', 'a'],
          ['a', 'b'],
          ['a', 'c'],
        ],
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
      const data = {
        cities: [city('a', 'A', 46, 14, { role: 'home' }), city('b', 'B', 48, 16), city('c', 'C', 48, 16), city('d', 'D', 48, 16)],
      };
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

    it('keeps the hidden list out of the tab order while it is hidden', async () => {
      const data = {
        cities: [
          city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', url: 'https://www.ljubljana.si/' }),
          city('mo', 'Moskva', 55.75, 37.62, { url: 'https://www.mos.ru/' }),
        ],
      };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><partner-city-map .data=${data}></partner-city-map><button id="after">after</button></div>`,
      );
      const el = wrapper.querySelector('partner-city-map')!;
      /** Where Tab goes from the last button under the map: a list link, or out of the map. */
      const tabFromKeys = async () => {
        part(el, 'keys-toggle')!.focus();
        await sendKeys({ press: 'Tab' });
        return el.shadowRoot!.activeElement?.getAttribute('part') ?? document.activeElement?.id;
      };
      // Opened (its rows come): Tab reaches its first website link.
      await openListRows(el);
      expect(await tabFromKeys()).to.equal('list-link');
      // Hidden again, its rows still there: Tab passes them by.
      part(el, 'list-toggle')!.click();
      await elementUpdated(el);
      expect(qa(el, '[part~="list"] a')).to.have.length(2);
      expect(await tabFromKeys()).to.equal('after');
      part(el, 'list-toggle')!.click();
      await elementUpdated(el);
      expect(await tabFromKeys()).to.equal('list-link');
    });

    /** A 320 px map of two cities, each with this description and a website, drawn at its size. */
    async function smallMapAt(description: string) {
      const data = {
        cities: [
          city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', description, url: 'https://www.ljubljana.si/' }),
          city('mo', 'Moskva', 55.75, 37.62, { description, url: 'https://www.mos.ru/' }),
        ],
      };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><partner-city-map lang="sl" .data=${data}></partner-city-map></div>`,
      );
      const el = wrapper.querySelector('partner-city-map')!;
      await settled(el);
      return el;
    }
    const rect = (el: Element) => el.getBoundingClientRect();
    const inside = (p: { x: number; y: number }, r: DOMRect) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;
    /** A key on the focused map, and the map updated (the tooltip placed). */
    const press = async (el: PartnerCityMap, key: string) => {
      await sendKeys({ press: key });
      await elementUpdated(el);
      await el.updateComplete;
    };
    /** Home to Ljubljana, then the arrow to Moskva: each key with the city it makes active. */
    const tour = [
      ['Home', 'lj'],
      ['ArrowRight', 'mo'],
    ] as const;

    it('keeps a tooltip that fits beside its city inside a small map, placed without a style attribute', async () => {
      const el = await smallMapAt('Pobratena mesta.');
      part(el, 'map')!.focus();
      for (const [key, id] of tour) {
        await press(el, key);
        const f = rect(part(el, 'frame')!);
        const t = rect(part(el, 'tooltip')!);
        expect(
          t.left >= f.left && t.right <= f.right && t.top >= f.top && t.bottom <= f.bottom,
          `tooltip inside the frame after ${key}`,
        ).to.equal(true);
        expect(inside(centre(marker(el, id)), t), `the tooltip covers its city after ${key}`).to.equal(false);
      }
      expect(qa(el, '[style]')).to.have.length(0);
    });

    // At 320 px a long description (or 200 % text) makes the tooltip as large as the map: beside
    // its city it covered the city (and cut the text, to be scrolled). Under the map it is whole.
    for (const rootFont of [16, 32])
      it(`shows a tooltip that would cover its city under a small map, whole, and gives the room back (${rootFont} px root font)`, async () => {
        document.documentElement.style.fontSize = `${rootFont}px`;
        try {
          const long = 'Ena dolga opisna poved o partnerstvu, ki se v majhnem zemljevidu ne sme odrezati. '.repeat(rootFont === 16 ? 3 : 1);
          const el = await smallMapAt(long);
          const toggleTop = rect(part(el, 'list-toggle')!).top;
          part(el, 'map')!.focus();
          for (const [key, id] of tour) {
            await press(el, key);
            const f = rect(part(el, 'frame')!);
            const tooltip = part(el, 'tooltip')!;
            const t = rect(tooltip);
            expect(t.top, `under the map after ${key}`).to.be.at.least(f.bottom);
            expect(t.left).to.be.at.least(f.left - 1);
            expect(t.right).to.be.at.most(f.right + 1);
            expect(tooltip.scrollHeight, 'the tooltip cut').to.be.at.most(tooltip.clientHeight + 1);
            expect(textOf(tooltip)).to.contain(id === 'lj' ? 'Ljubljana' : 'Moskva');
            // The city in view, not covered by the tooltip; what follows the map moved down, clear of it.
            const c = centre(marker(el, id));
            expect(inside(c, f) && !inside(c, t), `the city under the tooltip after ${key}`).to.equal(true);
            expect(rect(part(el, 'list-toggle')!).top).to.be.at.least(t.bottom);
          }
          // Still next in the tab order.
          await press(el, 'Tab');
          expect(el.shadowRoot!.activeElement).to.equal(part(el, 'tooltip-link'));
          await expect(el).to.be.accessible();
          await sendKeys({ press: 'Shift+Tab' });
          await press(el, 'Escape');
          expect(part(el, 'tooltip')).to.equal(null);
          expect(rect(part(el, 'list-toggle')!).top).to.equal(toggleTop);
          expect(qa(el, '[style]')).to.have.length(0);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

    it('keeps a tooltip of a hostile description under a small map to the window’s reach: it scrolls', async () => {
      const el = await smallMapAt('Dolgo. '.repeat(30000));
      part(el, 'map')!.focus();
      await press(el, 'Home');
      const tooltip = part(el, 'tooltip')!;
      const frame = rect(part(el, 'frame')!);
      expect(rect(tooltip).top).to.be.at.least(frame.bottom);
      expect(tooltip.clientHeight).to.be.at.most(Math.max(frame.height, 0.6 * window.innerHeight) + 1);
      expect(tooltip.scrollHeight).to.be.greaterThan(tooltip.clientHeight);
      expect(rect(part(el, 'list-toggle')!).top).to.be.at.least(rect(tooltip).bottom);
    });

    it('lays a hover’s tooltip that would cover its city over what follows a small map, without moving it; a click pushes', async () => {
      const el = await smallMapAt('Ena dolga opisna poved o partnerstvu, ki se v majhnem zemljevidu ne sme odrezati. '.repeat(3));
      const toggle = part(el, 'list-toggle')!;
      const toggleTop = rect(toggle).top;
      const c = centre(marker(el, 'mo'));
      const at: [number, number] = [Math.round(c.x), Math.round(c.y)];
      try {
        await sendMouse({ type: 'move', position: at });
        await waitUntil(() => part(el, 'tooltip'), 'no tooltip on hover', { timeout: 10000 });
        await el.updateComplete;
        expect(rect(part(el, 'tooltip')!).top).to.be.at.least(rect(part(el, 'frame')!).bottom);
        // A pointer passing over the map does not move the page: the tooltip lies over the button.
        expect(rect(toggle).top).to.equal(toggleTop);
        const b = centre(toggle);
        expect(el.shadowRoot!.elementFromPoint(b.x, b.y)?.closest('.tooltip')).to.equal(part(el, 'tooltip'));
        // Chosen with a click, it stays: now it pushes what follows, clear of it.
        await sendMouse({ type: 'click', position: at });
        await elementUpdated(el);
        await el.updateComplete;
        expect(rect(toggle).top).to.be.at.least(rect(part(el, 'tooltip')!).bottom);
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('closes a hover tooltip when the pointer leaves, but not on the way to its link', async () => {
      const data = {
        cities: [
          city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home', url: 'https://www.ljubljana.si/' }),
          city('mo', 'Moskva', 55.75, 37.62),
        ],
      };
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
      const geojson = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Box' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [10, 40],
                  [10, 50],
                  [20, 50],
                  [20, 40],
                  [10, 40],
                ],
              ],
            },
          },
        ],
      };
      const failing = '/test-api/status?code=500&delay=400';
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap=${failing} .data=${network}></partner-city-map>`);
      await ready(el);
      el.basemap = `/test-api/echo?body=${encodeURIComponent(JSON.stringify(geojson))}`;
      await waitUntil(() => qa(el, '[part~="country"]').length === 1, 'the newer basemap was not drawn', { timeout: 10000 });
      await aTimeout(600);
      expect(qa(el, '[part~="country"]')).to.have.length(1);
    });

    it('keeps its zoom, and about what is in view, when its width changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><partner-city-map .data=${network}></partner-city-map></div>`,
      );
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
      await emulating({ forcedColors: 'active' }, () => {
        expect(getComputedStyle(q(el, '.water')!).fill).to.equal(colour('Canvas'));
        expect(getComputedStyle(marker(el, 'ljubljana')).stroke).to.equal(colour('Highlight'));
        expect(getComputedStyle(marker(el, 'ljubljana')).fill).to.equal(colour('CanvasText'));
        expect(getComputedStyle(marker(el, 'zagreb')).fill).to.equal(colour('LinkText'));
      });
    });
  });
});
