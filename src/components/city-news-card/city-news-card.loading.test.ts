import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hits, part, ready, uniqueKey } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card> while its data loads: the space it keeps (no layout shift for the page
// below it when the data comes) and `loading="lazy"` (no work until it is near the viewport).

/** An announcement whose title and lead take one line each in a 400 px card. */
const SHORT = {
  lang: 'en',
  published: '2019-09-11',
  title: 'Short title',
  lead: 'A short lead.',
  image: { src: '/demo/data/ljubljana-moskva.svg', alt: 'Ljubljana and Moscow', width: 640, height: 360 },
};
const slowSrc = (data: unknown, key = uniqueKey('loading')) =>
  `/test-api/echo?delay=1500&key=${key}&body=${encodeURIComponent(JSON.stringify(data))}`;

/** Two frames: layout, paint and the layout-shift entries of the last change are in. */
const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Layout shifts from now on whose sources include `el`. */
function shiftsOf(el: Element) {
  const moved: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[]) {
      if (entry.sources.some((s) => s.node === el || (s.node && s.node.contains(el)))) moved.push(entry.value);
    }
  });
  observer.observe({ type: 'layout-shift' });
  return { moved, stop: () => observer.disconnect() };
}

/** Renders `card` (loading from a slow `src`) above a paragraph; returns the paragraph's top while loading and when ready, and its shifts. */
async function topBeforeAndAfter(card: ReturnType<typeof html>) {
  const page = await fixture<HTMLDivElement>(html`<div style="width: 400px">${card}<p id="after">The page goes on.</p></div>`);
  const el = page.querySelector('city-news-card') as CityNewsCard;
  const after = page.querySelector('#after')!;
  await frames();
  expect(el.state, 'still loading when measured').to.equal('loading');
  const shifts = shiftsOf(after);
  const loading = after.getBoundingClientRect().top;
  await ready(el, 10000);
  await el.updateComplete;
  await frames();
  shifts.stop();
  return { el, loading, ready: after.getBoundingClientRect().top, shifts: shifts.moved };
}

describe('<city-news-card> while loading', () => {
  it('keeps the space of the image and of a one-line date, title and lead: the page below does not move', async () => {
    const r = await topBeforeAndAfter(html`<city-news-card lang="en" src=${slowSrc(SHORT)}></city-news-card>`);
    expect(part(r.el, 'image')).to.exist;
    expect(r.ready).to.equal(r.loading);
    expect(r.shifts).to.deep.equal([]);
  });

  it('keeps that space around short fallback content too, which stays readable', async () => {
    const r = await topBeforeAndAfter(
      html`<city-news-card lang="en" src=${slowSrc(SHORT)}><p class="fb">Short title (11 September 2019)</p></city-news-card>`,
    );
    expect(r.ready).to.equal(r.loading);
    expect(r.shifts).to.deep.equal([]);
  });

  it('shows the fallback content while loading, over the reserved space, with nothing busy left inside once ready', async () => {
    const el = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" src=${slowSrc(SHORT)}><p>Short title (11 September 2019)</p></city-news-card>`,
    );
    const p = el.querySelector('p')!;
    const box = el.getBoundingClientRect();
    expect(p.getBoundingClientRect().height).to.be.greaterThan(0);
    // The card's box is taller than the fallback alone: the image's 16:9 box at least.
    expect(box.height).to.be.greaterThan(p.getBoundingClientRect().height + (box.width * 9) / 16 - 1);
    await expect(el).to.be.accessible();
    await ready(el, 10000);
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
  });

  it('reserves no image in the compact variant', async () => {
    const noImage = { ...SHORT, image: undefined };
    const r = await topBeforeAndAfter(html`<city-news-card lang="en" variant="compact" src=${slowSrc(noImage)}></city-news-card>`);
    expect(r.ready).to.equal(r.loading);
    expect(r.shifts).to.deep.equal([]);
  });
});

describe('<city-news-card loading="lazy">', () => {
  /** A card one and a half screens below the top of the fixture. */
  const below = (key: string, attrs: { lazy?: boolean; fallback?: boolean } = {}) =>
    fixture<HTMLDivElement>(html`<div>
      <div style="height: 150vh"></div>
      <city-news-card lang="en" loading=${attrs.lazy === false ? 'eager' : 'lazy'} src=${`/test-api/announcement?key=${key}`}
        >${attrs.fallback ? html`<p>The article, as plain HTML</p>` : ''}</city-news-card
      >
    </div>`);

  it('does not load its data while far from the viewport, and loads it when scrolled near', async () => {
    const key = uniqueKey('lazy');
    const page = await below(key);
    const el = page.querySelector('city-news-card') as CityNewsCard;
    await frames();
    expect(el.loading).to.equal('lazy');
    expect(el.state).to.equal('loading');
    expect(part(el, 'skeleton')).to.exist;
    expect(await hits(key)).to.equal(0);
    el.scrollIntoView();
    await ready(el, 10000);
    expect(await hits(key)).to.equal(1);
    expect(part(el, 'title')).to.exist;
    window.scrollTo(0, 0);
  });

  it('loads at once without it (eager, the default), even far from the viewport', async () => {
    const key = uniqueKey('eager');
    const page = await below(key, { lazy: false });
    const el = page.querySelector('city-news-card') as CityNewsCard;
    await ready(el, 10000);
    expect(await hits(key)).to.equal(1);
  });

  it('loads at once when it is in the viewport already', async () => {
    const key = uniqueKey('lazy-visible');
    const el = await fixture<CityNewsCard>(
      html`<city-news-card loading="lazy" src=${`/test-api/announcement?key=${key}`}></city-news-card>`,
    );
    await ready(el, 10000);
    expect(await hits(key)).to.equal(1);
  });

  it('defers inline data too, and shows its fallback content in the reserved space meanwhile', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 150vh"></div>
      <city-news-card lang="en" loading="lazy" json=${JSON.stringify(SHORT)}><p>The article, as plain HTML</p></city-news-card>
    </div>`);
    const el = page.querySelector('city-news-card') as CityNewsCard;
    await frames();
    expect(el.state).to.equal('loading');
    const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['The article, as plain HTML']);
    const height = el.getBoundingClientRect().height;
    el.scrollIntoView();
    await ready(el, 10000);
    await el.updateComplete;
    expect(part(el, 'title')?.textContent?.trim()).to.equal('Short title');
    // One-line title and lead: the ready card is as tall as the space kept for it.
    expect(el.getBoundingClientRect().height).to.equal(height);
    window.scrollTo(0, 0);
  });

  it('starts when switched to eager, and takes only eager or lazy', async () => {
    const key = uniqueKey('switch');
    const page = await below(key);
    const el = page.querySelector('city-news-card') as CityNewsCard;
    await frames();
    expect(el.state).to.equal('loading');
    el.loading = 'eager';
    await ready(el, 10000);
    expect(await hits(key)).to.equal(1);
    el.setAttribute('loading', 'soon');
    expect(el.loading).to.equal('eager');
  });

  it('is initial, with its fallback, when it has no source', async () => {
    const el = await fixture<CityNewsCard>(html`<city-news-card loading="lazy"><p>Static</p></city-news-card>`);
    expect(el.state).to.equal('initial');
    await waitUntil(() => el.querySelector('p')!.getBoundingClientRect().height > 0);
  });
});
