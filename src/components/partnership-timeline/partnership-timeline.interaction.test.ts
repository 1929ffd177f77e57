import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axis, entries, entryNamed, NOW } from '../../test-support/partnership-timeline.fixtures.js';
import { captureWarningsPerTest, part, parts, ready, SEED_URL } from '../../test-support/helpers.js';
import type { PartnershipTimeline } from './partnership-timeline.js';
import './partnership-timeline.js';

// <partnership-timeline>: the keyboard in the horizontal layout, pcw-entry-select and the URL hash.

captureWarningsPerTest();

/** Many entries, so that the horizontal axis is much wider than its box. */
const many = Array.from({ length: 16 }, (_, i) => ({
  id: `e${i}`,
  date: `${2000 + i}-06-01`,
  title: `Entry ${i}`,
  ...(i % 2 ? { url: `https://example.org/${i}` } : {}),
}));

/** Smooth scrolling of a long way may take a while on a busy machine. */
const WAIT = { timeout: 10000 };

/** Where focus is inside the widget (its shadow root's active element), or null. */
const active = (el: HTMLElement) => el.shadowRoot!.activeElement;

describe('<partnership-timeline>', () => {
  describe('horizontal layout and keyboard', () => {
    it('is a labelled, focusable scroll region that arrow keys, End and Home scroll', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 480px">
        <button id="before">before</button>
        <partnership-timeline lang="en" layout="horizontal" now="2030-01-01" .data=${many}></partnership-timeline>
      </div>`);
      const el = wrapper.querySelector('partnership-timeline')!;
      await el.updateComplete;
      const region = axis(el);
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Timeline of the partnership');
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth * 3);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(region);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => region.scrollLeft > 0, 'ArrowRight did not scroll the axis', WAIT);
      await sendKeys({ press: 'End' });
      await waitUntil(() => region.scrollLeft >= region.scrollWidth - region.clientWidth - 1, 'End did not reach the end', WAIT);
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => region.scrollLeft < region.scrollWidth - region.clientWidth - 1, 'ArrowLeft did not scroll back', WAIT);
      await sendKeys({ press: 'Home' });
      await waitUntil(() => region.scrollLeft === 0, 'Home did not go back to the start', WAIT);
    });

    it('lets Tab reach every title in order and leave the widget (no trap)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 480px">
        <button id="before">before</button>
        <partnership-timeline lang="en" layout="horizontal" now="2030-01-01" .data=${many}></partnership-timeline>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('partnership-timeline')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // the axis
      const reached: Element[] = [];
      for (let i = 0; i < many.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(active(el)!);
      }
      expect(reached).to.deep.equal(parts(el, 'entry-title').map((h) => h.firstElementChild));
      // The last title was scrolled into the axis's view by the browser.
      const box = axis(el).getBoundingClientRect();
      const last = reached.at(-1)!.getBoundingClientRect();
      expect(last.left >= box.left - 1 && last.right <= box.right + 1, 'last title in view').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('has no scroll region in the vertical layout', async () => {
      const el = await fixture<PartnershipTimeline>(html`<partnership-timeline lang="en" .data=${many}></partnership-timeline>`);
      expect(axis(el).hasAttribute('role')).to.equal(false);
      expect(axis(el).hasAttribute('tabindex')).to.equal(false);
      el.layout = 'horizontal';
      await elementUpdated(el);
      expect(el.getAttribute('layout')).to.equal('horizontal');
      expect(axis(el).getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('selection', () => {
    it('fires pcw-entry-select with the id and entry from the title button, the link and the entry, and marks it current', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const exchange = entryNamed(el, 'Student exchange')!;
      const button = exchange.querySelector<HTMLButtonElement>('[part~="entry-button"]')!;
      setTimeout(() => button.click());
      const { detail } = await oneEvent(el, 'pcw-entry-select');
      expect(detail.id).to.equal('exchange');
      expect(detail.entry.date.iso).to.equal('2019-11');
      await elementUpdated(el);
      expect(exchange.getAttribute('aria-current')).to.equal('true');
      expect(parts(el, 'entry').filter((e) => e.hasAttribute('aria-current'))).to.have.length(1);
      // Enter on the focused button.
      const signing = entryNamed(el, 'Signing in Moscow')!;
      signing.querySelector<HTMLButtonElement>('button')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      expect((await oneEvent(el, 'pcw-entry-select')).detail.id).to.equal('signing');
      await elementUpdated(el);
      expect(signing.getAttribute('aria-current')).to.equal('true');
      expect(exchange.hasAttribute('aria-current')).to.equal(false);
      // A click on the entry's text, and on a title link (its navigation prevented here).
      const days = entryNamed(el, 'Days of Ljubljana in Moscow')!;
      setTimeout(() => days.querySelector<HTMLElement>('[part~="place"]')!.click());
      expect((await oneEvent(el, 'pcw-entry-select')).detail.id).to.equal('days');
      const link = entryNamed(el, 'Concert, Ljubljana; "spring"')!.querySelector<HTMLAnchorElement>('[part~="entry-link"]')!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      setTimeout(() => link.click());
      expect((await oneEvent(el, 'pcw-entry-select')).detail.id).to.equal('concert');
    });

    it('does not select an entry when its calendar link is used', async () => {
      const selected: string[] = [];
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries} @pcw-entry-select=${(e: CustomEvent) => selected.push(e.detail.id)}></partnership-timeline>`,
      );
      const link = part<HTMLAnchorElement>(el, 'calendar')!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      link.click();
      await elementUpdated(el);
      expect(selected).to.deep.equal([]);
      expect(parts(el, 'entry').some((e) => e.hasAttribute('aria-current'))).to.equal(false);
    });
  });

  describe('URL hash', () => {
    it('selects the entry #timeline-<id> names and scrolls it into the horizontal axis, without an event', async () => {
      const before = location.hash;
      const selected: string[] = [];
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 480px">
          <partnership-timeline
            lang="en"
            layout="horizontal"
            now="2030-01-01"
            .data=${many}
            @pcw-entry-select=${(e: CustomEvent) => selected.push(e.detail.id)}
          ></partnership-timeline>
        </div>`);
        const el = wrapper.querySelector('partnership-timeline')!;
        await el.updateComplete;
        const target = parts(el, 'entry')[13];
        const inView = () => {
          const box = axis(el).getBoundingClientRect();
          const r = target.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1;
        };
        expect(inView()).to.equal(false);
        location.hash = '#timeline-e13';
        await waitUntil(() => target.getAttribute('aria-current') === 'true', 'the hash did not select the entry');
        await waitUntil(inView, 'the entry was not scrolled into the axis', { timeout: 10000 });
        expect(selected).to.deep.equal([]);
        // A hash of another widget, or of no entry, changes nothing.
        location.hash = '#e3';
        location.hash = '#timeline-nothing';
        await elementUpdated(el);
        expect(target.getAttribute('aria-current')).to.equal('true');
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });

    it('selects the hash’s entry of the seed when the widget is created with it set', async () => {
      const before = location.hash;
      try {
        history.replaceState(null, '', '#timeline-2020-days-of-ljubljana-in-moscow');
        const el = await fixture<PartnershipTimeline>(html`<partnership-timeline src=${SEED_URL}></partnership-timeline>`);
        // Selected in its first render with the data: no entry is drawn unselected and then
        // selected (a second render, before).
        const changed: MutationRecord[] = [];
        const watch = new MutationObserver((records) => changed.push(...records));
        watch.observe(el.shadowRoot!, { subtree: true, attributeFilter: ['aria-current'] });
        await ready(el);
        await waitUntil(() => parts(el, 'entry')[2].getAttribute('aria-current') === 'true', 'initial hash ignored');
        watch.disconnect();
        expect(changed.length, 'an entry selected after its first render').to.equal(0);
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  });
});
