import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/city-news-card/city-news-card.js';
import type { CityNewsCard } from '../components/city-news-card/city-news-card.component.js';
import { nextSlice } from './schedule.js';

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
});
