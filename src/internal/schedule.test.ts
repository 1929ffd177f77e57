import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/city-news-card/city-news-card.js';
import type { CityNewsCard } from '../components/city-news-card/city-news-card.component.js';
import { nextSlice, sliceUsedUp } from './schedule.js';

/** Lets every pending microtask run (Lit's update chain included), without leaving the task. */
async function flushMicrotasks() {
  for (let i = 0; i < 50; i++) await null;
}

const titleOf = (card: CityNewsCard) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

describe('update slices', () => {
  it('renders a widget added after a click in the same task', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    await nextSlice();
    const card = document.createElement('city-news-card');
    card.data = { title: 'Now' };
    wrapper.append(card);
    await flushMicrotasks();
    expect(titleOf(card)).to.equal('Now');
  });

  it('counts the time spent connecting widgets: after a long upgrade they render in a later task', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // A fresh task, with no slice started yet.
    await nextSlice();
    const cards = Array.from({ length: 5 }, (_, i) => {
      const card = document.createElement('city-news-card');
      card.data = { title: `Card ${i}` };
      wrapper.append(card);
      return card;
    });
    // Like a browser upgrading a thousand widgets of the HTML: the task is busy before any update.
    const busyUntil = performance.now() + 60;
    while (performance.now() < busyUntil);
    await flushMicrotasks();
    expect(cards.map(titleOf), 'rendered in the same task').to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    await waitUntil(() => cards.every((c) => titleOf(c)), 'cards never rendered', { timeout: 10000 });
    expect(cards.map(titleOf)).to.deep.equal(['Card 0', 'Card 1', 'Card 2', 'Card 3', 'Card 4']);
  });

  it("shows a waiting widget's fallback content until its first render, and not beside it after", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    await nextSlice();
    const withFallback = document.createElement('city-news-card');
    withFallback.innerHTML = '<p>Fallback text</p>';
    withFallback.data = { title: 'With fallback' };
    const without = document.createElement('city-news-card');
    without.data = { title: 'Without' };
    wrapper.append(withFallback, without);
    // A long upgrade: their first renders wait for a later task.
    const busyUntil = performance.now() + 60;
    while (performance.now() < busyUntil);
    await flushMicrotasks();
    const fallback = withFallback.querySelector('p')!;
    const rendered = () => waitUntil(() => titleOf(withFallback) && titleOf(without), 'cards never rendered', { timeout: 10000 });
    try {
      expect(titleOf(withFallback), 'rendered in the same task').to.equal(undefined);
      expect(fallback.assignedSlot, 'the fallback is not shown while the card waits').to.not.equal(null);
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
    } finally {
      // (Rendered either way: an update left waiting would be counted by the next tests' slices.)
      await rendered();
    }
    expect(fallback.assignedSlot, 'the fallback is shown beside the card').to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
  });

  describe('the end of a slice', () => {
    let now = 0;
    let clock = () => now;
    const realNow = Object.getOwnPropertyDescriptor(performance, 'now');
    beforeEach(async () => {
      // A fresh task, so a fresh slice, on a clock the test moves.
      await nextSlice();
      now = 1000;
      clock = () => now;
      Object.defineProperty(performance, 'now', { configurable: true, value: () => clock() });
    });
    afterEach(() => {
      if (realNow) Object.defineProperty(performance, 'now', realNow);
      else delete (performance as { now?: unknown }).now;
    });

    /** Runs updates of `ms` each, `left` waiting before the first; how many ran before the slice ended. */
    function run(ms: number, left: number) {
      let ran = 0;
      while (left > 0 && !sliceUsedUp(left)) {
        now += ms;
        ran++;
        left--;
      }
      return ran;
    }

    it('ends after about 40 ms when many updates are left', () => {
      // 4 ms each: ten fit; the 990 others go to later tasks.
      expect(run(4, 1000)).to.equal(10);
    });

    it('finishes the last few updates rather than leave them a task of their own', () => {
      // 4 ms each: after ten (40 ms), two more fit in the 10 ms it may run on.
      expect(run(4, 12)).to.equal(12);
    });

    it('runs on only as far as its pace says they fit', () => {
      // Three left at 4 ms each would end at 52 ms, past 50: the slice ends at ten.
      expect(run(4, 13)).to.equal(10);
    });

    /** Cards connected in this task, on a clock at which each rendered card took 4 ms. */
    async function cardsAt4ms(count: number) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      await nextSlice();
      const cards: CityNewsCard[] = [];
      clock = () => 1000 + 4 * cards.filter((c) => titleOf(c)).length;
      for (let i = 0; i < count; i++) {
        const card = document.createElement('city-news-card');
        card.data = { title: `Card ${i}` };
        cards.push(card);
      }
      wrapper.append(...cards);
      await flushMicrotasks();
      return cards;
    }

    it('counts the widgets waiting: 12 cards of 4 ms render in one task', async () => {
      const cards = await cardsAt4ms(12);
      expect(cards.filter((c) => titleOf(c)).length, 'rendered in the first task').to.equal(12);
    });

    it('counts the widgets waiting: of 14 cards of 4 ms, 10 render in the first task, the others later', async () => {
      const cards = await cardsAt4ms(14);
      expect(cards.filter((c) => titleOf(c)).length, 'rendered in the first task').to.equal(10);
      await waitUntil(() => cards.every((c) => titleOf(c)), 'cards never rendered', { timeout: 10000 });
    });
  });
});
