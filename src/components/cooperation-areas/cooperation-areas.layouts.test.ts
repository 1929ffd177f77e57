import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { visibleItems } from '../../test-support/cooperation-areas.fixtures.js';
import { captureWarningsPerTest, part, parts, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas>: the layouts (accordion, list, grid), open, icons, headings, and the item
// counts in each language's plural forms.

captureWarningsPerTest();

describe('<cooperation-areas>', () => {
  describe('layouts', () => {
    it('accordion (default): every area closed, with a button to open it', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED_URL}></cooperation-areas>`);
      await ready(el);
      expect(el.layout).to.equal('accordion');
      const toggles = parts(el, 'area-toggle');
      expect(toggles).to.have.length(7);
      expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(visibleItems(el)).to.have.length(0);
      expect(part(el, 'expand-all')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('list: everything open, no toggles', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" src=${SEED_URL}></cooperation-areas>`);
      await ready(el);
      expect(parts(el, 'area-toggle')).to.have.length(0);
      expect(part(el, 'expand-all')).to.equal(null);
      expect(visibleItems(el)).to.have.length(24);
      await expect(el).to.be.accessible();
    });

    it('grid: columns by the widget width, not the viewport', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><cooperation-areas layout="grid" src=${SEED_URL}></cooperation-areas></div>`);
      const el = wrapper.querySelector('cooperation-areas')!;
      await ready(el);
      const columns = () => new Set(parts(el, 'area').map((a) => Math.round(a.getBoundingClientRect().left))).size;
      wrapper.style.width = '1000px';
      await aTimeout(50);
      expect(columns()).to.equal(3);
      wrapper.style.width = '300px';
      await aTimeout(50);
      expect(columns()).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('open: opens every area without firing pcw-area-toggle', async () => {
      let toggles = 0;
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas open @pcw-area-toggle=${() => toggles++} src=${SEED_URL}></cooperation-areas>`,
      );
      await ready(el);
      expect(visibleItems(el)).to.have.length(24);
      el.open = false;
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(0);
      el.open = true;
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(24);
      expect(toggles).to.equal(0);
    });

    it('shows the built-in icons, none for an unknown name', async () => {
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas .data=${[{ title: 'A', icon: 'culture' }, { title: 'B', icon: 'constructor' }, { title: 'C' }]}></cooperation-areas>`,
      );
      const icons = parts(el, 'area').map((a) => a.querySelector('svg[part~="icon"]'));
      expect(icons[0]).to.exist;
      expect(icons[0]!.getAttribute('aria-hidden')).to.equal('true');
      expect(icons[1]).to.equal(null);
      expect(icons[2]).to.equal(null);
    });

    it('puts area titles in headings of heading-level', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas heading-level="4" src=${SEED_URL}></cooperation-areas>`);
      await ready(el);
      expect(parts(el, 'area-heading').map((h) => h.localName)).to.deep.equal(Array(7).fill('h4'));
    });
  });

  describe('plurals', () => {
    const counts = async (lang: string) => {
      const data = [1, 2, 3, 4, 5, 21].map((n, i) => ({
        id: `a${i}`,
        title: `A${i}`,
        items: Array.from({ length: n }, (_, k) => `i${k}`),
      }));
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang=${lang} .data=${data}></cooperation-areas>`);
      return parts(el, 'count').map((c) => textOf(c));
    };

    it('counts items in Slovene (four forms)', async () => {
      expect(await counts('sl')).to.deep.equal(['1 postavka', '2 postavki', '3 postavke', '4 postavke', '5 postavk', '21 postavk']);
    });

    it('counts items in Russian (three forms)', async () => {
      expect(await counts('ru')).to.deep.equal(['1 пункт', '2 пункта', '3 пункта', '4 пункта', '5 пунктов', '21 пункт']);
    });

    it('counts items in English', async () => {
      expect(await counts('en')).to.deep.equal(['1 item', '2 items', '3 items', '4 items', '5 items', '21 items']);
    });
  });
});
