import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';

/*
 * Large input: everything is rendered and searched right, and many widgets share the main
 * thread — their updates are split across tasks, so input and painting get turns in between.
 * How long it takes is measured by `npm run bench` (sections 3 and 5), not here: a test on a
 * busy machine cannot tell a slow machine from slow code.
 */

/**
 * Calls `probe` at the start of every task the page gets while `work` runs (a message that
 * posts itself again), and returns what it returned each time.
 */
async function everyTask<T>(probe: () => T, work: () => Promise<void>): Promise<T[]> {
  const seen: T[] = [];
  const channel = new MessageChannel();
  let running = true;
  channel.port1.onmessage = () => {
    seen.push(probe());
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  try {
    await work();
  } finally {
    running = false;
    channel.port1.close();
  }
  return seen;
}

describe('large input', () => {
  it('renders 20,000 area items and searches all of them', async function () {
    this.timeout(60000);
    const areas = Array.from({ length: 200 }, (_, i) => ({
      id: `a${i}`,
      title: `Area ${i}`,
      items: Array.from({ length: 100 }, (_, k) => `Item ${i}.${k}`),
    }));
    const el = await fixture<HTMLElement & { state: string }>(
      html`<cooperation-areas layout="list" searchable .data=${areas}></cooperation-areas>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="area"]').length === 200, 'areas not rendered', { timeout: 40000 });
    // Items render as their area comes near the viewport: the first area's are there.
    const first = el.shadowRoot!.querySelector('[part~="area"]')!;
    await waitUntil(() => first.querySelectorAll('[part~="item"]').length === 100, 'the first area’s items not rendered', {
      timeout: 40000,
    });
    expect(first.querySelector('[part~="item"]')!.textContent!.trim()).to.equal('Item 0.0');

    // Searching all 20,000 items (folding them the first time) and showing the matches.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'item 1';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('results'), 'no search result', {
      timeout: 40000,
    });
    // Areas 1, 10–19 and 100–199 hold an "Item 1…".
    expect(el.shadowRoot!.querySelectorAll('[part~="area"]').length).to.equal(111);
  });

  it('renders 1,000 cards in slices, giving the page a turn between them', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const ready = () =>
      [...wrapper.querySelectorAll<HTMLElement & { state: string }>('city-news-card')].filter((c) => c.state === 'ready').length;
    const seen = await everyTask(ready, async () => {
      for (let i = 0; i < 1000; i++) {
        const card = document.createElement('city-news-card');
        card.lang = 'sl';
        card.setAttribute(
          'data',
          JSON.stringify({
            title: `Novica ${i}`,
            published: '2019-09-11',
            lead: 'Kratek povzetek novice.',
            body: ['Odstavek.'],
            tags: ['moskva'],
          }),
        );
        wrapper.append(card);
      }
      const cards = [...wrapper.querySelectorAll<HTMLElement & { state: string }>('city-news-card')];
      await waitUntil(
        () => cards.every((c) => c.state === 'ready' && c.shadowRoot!.querySelector('[part~="title"]')),
        'cards not rendered',
        { timeout: 40000 },
      );
    });
    // Other tasks ran while some cards were rendered and others still waited.
    const between = seen.filter((n) => n > 0 && n < 1000);
    expect(between.length, `ready cards seen by other tasks: ${seen.join(', ')}`).to.be.greaterThan(0);
    expect(ready()).to.equal(1000);
  });
});
