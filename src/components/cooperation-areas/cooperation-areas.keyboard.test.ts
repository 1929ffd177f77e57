import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { visibleItems } from '../../test-support/cooperation-areas.fixtures.js';
import { captureWarningsPerTest, listenUncaught, part, parts, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas>: the keyboard, the toggle events, expand/collapse all, and the URL hash.

captureWarningsPerTest();

describe('<cooperation-areas>', () => {
  describe('keyboard and events', () => {
    it('reaches an area with Tab and toggles it with Enter and Space, firing pcw-area-toggle', async () => {
      const events: { id: string; open: boolean }[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <cooperation-areas lang="en" src=${SEED_URL} @pcw-area-toggle=${(e: CustomEvent) => events.push(e.detail)}></cooperation-areas>
      </div>`);
      const el = wrapper.querySelector('cooperation-areas')!;
      await ready(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // Expand all
      await sendKeys({ press: 'Tab' }); // Collapse all
      await sendKeys({ press: 'Tab' }); // the first area
      const first = parts(el, 'area-toggle')[0];
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleItems(el)).to.have.length(6);
      expect(textOf(part(el, 'count'))).to.equal('6 items');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(events).to.deep.equal([
        { id: 'city-management', open: true },
        { id: 'city-management', open: false },
      ]);
    });

    it('expands and collapses all with the controls', async () => {
      const events: string[] = [];
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas src=${SEED_URL} @pcw-area-toggle=${(e: CustomEvent) => events.push(`${e.detail.id}:${e.detail.open}`)}></cooperation-areas>`,
      );
      await ready(el);
      part(el, 'expand-all')!.click();
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(24);
      expect(events).to.have.length(7);
      part(el, 'collapse-all')!.click();
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(0);
      expect(events).to.have.length(14);
    });

    it('opens the area named by the URL hash and scrolls it into view', async () => {
      const before = location.hash;
      try {
        // Far down a long page: the area starts out of view.
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><div style="height: 3000px"></div><cooperation-areas src=${SEED_URL}></cooperation-areas></div>`,
        );
        const el = wrapper.querySelector('cooperation-areas')!;
        await ready(el);
        const tourism = () => parts(el, 'area')[3];
        expect(tourism().getBoundingClientRect().top).to.be.greaterThan(innerHeight);
        location.hash = '#tourism';
        await waitUntil(() => parts(el, 'area-toggle')[3].getAttribute('aria-expanded') === 'true', 'hash did not open the area', {
          timeout: 10000,
        });
        expect(visibleItems(el)).to.have.length(2);
        await waitUntil(
          () => {
            const top = tourism().getBoundingClientRect().top;
            return top >= 0 && top < innerHeight / 2;
          },
          'the area was not scrolled into view',
          { timeout: 10000 },
        );
        // A widget created when the hash is already set opens the area too, in its first render
        // with the data: no area is drawn closed and then opened (a second render, before).
        // (Watched from its connection on: the seed is in the request cache, it renders at once.)
        const late = document.createElement('cooperation-areas');
        late.setAttribute('src', SEED_URL);
        wrapper.append(late);
        const reopened: MutationRecord[] = [];
        const watch = new MutationObserver((records) => reopened.push(...records.filter((r) => r.oldValue === 'false')));
        watch.observe(late.shadowRoot!, { subtree: true, attributeFilter: ['aria-expanded'], attributeOldValue: true });
        await ready(late);
        await waitUntil(() => parts(late, 'area-toggle')[3].getAttribute('aria-expanded') === 'true', 'initial hash ignored', {
          timeout: 10000,
        });
        watch.disconnect();
        expect(reopened.length, 'an area drawn closed, then opened').to.equal(0);
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
        scrollTo(0, 0);
      }
    });

    it('ignores a hash that is not valid percent-encoding, without an uncaught error', async () => {
      const before = location.hash;
      const uncaught = listenUncaught();
      try {
        history.replaceState(null, '', '#%E0%A4%A');
        const el = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED_URL}></cooperation-areas>`);
        await ready(el);
        location.hash = '#%E0%A4%B';
        await aTimeout(50);
        expect(uncaught.errors).to.deep.equal([]);
        expect(parts(el, 'area-toggle').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(7).fill('false'));
      } finally {
        uncaught.stop();
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });

    it('wires toggles and panels for any area id, spaces and quotes included', async () => {
      const data = ['culture arts', 'a"b', 'x y z', 'čšž ЖЖ'].map((id, i) => ({ id, title: `Area ${i}`, items: [`item ${i}`] }));
      const el = await fixture<CooperationAreas>(html`<cooperation-areas .data=${data}></cooperation-areas>`);
      for (const toggle of parts(el, 'area-toggle')) {
        const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
        expect(panel?.getAttribute('part'), toggle.textContent!).to.equal('panel');
        expect(panel!.getAttribute('aria-labelledby')).to.equal(toggle.id);
      }
      await expect(el).to.be.accessible();
    });

    it('keeps area ids apart from its own ids (an area called "search")', async () => {
      const before = location.hash;
      try {
        const data = [{ title: 'Search' }, { title: 'Toggle search' }, { title: 'Panel' }].map((a, i) => ({ ...a, items: [`item ${i}`] }));
        const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable .data=${data}></cooperation-areas>`);
        const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
        expect(new Set(ids).size, ids.join(', ')).to.equal(ids.length);
        // The label still names the search field, and the hash still opens the area.
        expect(el.shadowRoot!.querySelector('label')!.control).to.equal(part(el, 'search-input'));
        location.hash = '#search';
        await waitUntil(() => parts(el, 'area-toggle')[0].getAttribute('aria-expanded') === 'true', 'hash did not open the area "search"', {
          timeout: 10000,
        });
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  });
});
