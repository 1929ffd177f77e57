import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { centre, city, marker, network, settled, transform, zoomedNetwork } from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, part, q, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: the keyboard, the tooltip, hover and click, zooming, panning, and the list
// of cities.

captureWarningsPerTest();

describe('<partner-city-map>', () => {
  describe('interaction', () => {
    it('moves between cities with the arrow keys, Home, and selects with Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><partner-city-map lang="en" .data=${network}></partner-city-map></div>`,
      );
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
      const data = {
        cities: [
          city('lj', 'Ljubljana', 46.05, 14.51, {
            role: 'home',
            country: 'SI',
            url: 'https://www.ljubljana.si/',
            description: 'Glavno mesto',
          }),
          city('mo', 'Moskva', 55.75, 37.62),
        ],
      };
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

    it('takes a pointer within 12 px of a city as over it, past its marker: tooltip, pointer cursor, click selects', async () => {
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home' }), city('mo', 'Moskva', 55.75, 37.62)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      await settled(el);
      const c = centre(marker(el, 'mo'));
      const map = part(el, 'map')!;
      // 10 px right of the centre: off the 5 px marker, inside the 12 px target.
      const near: [number, number] = [Math.round(c.x + 10), Math.round(c.y)];
      await sendMouse({ type: 'move', position: near });
      await waitUntil(() => part(el, 'tooltip'), 'no tooltip within the hit radius', { timeout: 10000 });
      expect(textOf(part(el, 'tooltip'))).to.contain('Moskva');
      expect(getComputedStyle(map).cursor).to.equal('pointer');
      const selected = oneEvent(el, 'pcw-city-select');
      await sendMouse({ type: 'click', position: near });
      expect((await selected).detail.city.id).to.equal('mo');
      // A click elsewhere on the map selects nothing; a hover there, after Escape, shows no tooltip.
      map.focus();
      await sendKeys({ press: 'Escape' });
      let more = 0;
      el.addEventListener('pcw-city-select', () => more++);
      await sendMouse({ type: 'move', position: [Math.round(c.x + 30), Math.round(c.y + 30)] });
      await sendMouse({ type: 'click', position: [Math.round(c.x + 30), Math.round(c.y + 30)] });
      await elementUpdated(el);
      expect(more).to.equal(0);
      expect(getComputedStyle(map).cursor).not.to.equal('pointer');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('hides the hover tooltip when the pointer moves off the city onto the map', async () => {
      const data = { cities: [city('lj', 'Ljubljana', 46.05, 14.51, { role: 'home' }), city('mo', 'Moskva', 55.75, 37.62)] };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      await settled(el);
      const c = centre(marker(el, 'lj'));
      await sendMouse({ type: 'move', position: [Math.round(c.x), Math.round(c.y)] });
      await waitUntil(() => part(el, 'tooltip'), 'no tooltip on hover', { timeout: 10000 });
      // Below the city (the tooltip is placed beside it): off its target, still on the map.
      await sendMouse({ type: 'move', position: [Math.round(c.x), Math.round(c.y + 40)] });
      await waitUntil(() => !part(el, 'tooltip'), 'the tooltip stayed', { timeout: 10000 });
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('selects a city on a click dispatched on its marker (no pointer position)', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      const selected = oneEvent(el, 'pcw-city-select');
      marker(el, 'zagreb').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await selected).detail.city.id).to.equal('zagreb');
    });

    it('zooms with the buttons and the keys, and resets', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await settled(el);
      const initial = transform(el);
      const before = centre(marker(el, 'parma'));
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
      // (Around the active city, the home city since the map took the focus: Parma moves.)
      expect(centre(marker(el, 'parma'))).not.to.deep.equal(before);
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
      map.dispatchEvent(
        new WheelEvent('wheel', { deltaY: 100, clientX: c.x, clientY: c.y, bubbles: true, cancelable: true, composed: true }),
      );
      await elementUpdated(el);
      expect(part(el, 'hint')!.hidden).to.equal(false);
      expect(textOf(part(el, 'hint'))).to.match(/^Use (Ctrl|⌘) \+ scroll to zoom the map$/);
      expect(transform(el)).to.contain('scale(1)');
      const zoom = new WheelEvent('wheel', {
        deltaY: -200,
        ctrlKey: true,
        clientX: c.x,
        clientY: c.y,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
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
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="ru" src=${SEED_URL}></partner-city-map>`);
      await ready(el);
      const list = part(el, 'list')!;
      // Hidden visually only, its box in the accessibility tree (the toggle's aria-controls); its rows come when it is opened.
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
});
