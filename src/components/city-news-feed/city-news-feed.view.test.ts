import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { many, others } from '../../test-support/city-news-feed.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, seed, textOf } from '../../test-support/helpers.js';
import type { PcwEvent } from '../../events.js';
import type { CityNewsCard } from '../city-news-card/city-news-card.js';
import type { CityNewsFeed } from './city-news-feed.js';
import './city-news-feed.js';

// <city-news-feed>: what it shows — order, cards, layouts, limit, languages, a thousand items.

captureWarningsPerTest();

const cards = (el: CityNewsFeed) => qa<CityNewsCard>(el, 'city-news-card');
/** The titles shown, in order: the cards' (through their shadow roots) or the compact headlines. */
const titles = (el: CityNewsFeed) =>
  el.layout === 'compact' ? parts(el, 'headline').map(textOf) : cards(el).map((c) => textOf(part(c, 'title')));

async function feedOf(items: unknown, attrs = '', lang = 'sl'): Promise<CityNewsFeed> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<city-news-feed ${attrs}></city-news-feed>`;
  const el = wrapper.querySelector('city-news-feed')!;
  el.data = items as object;
  await ready(el);
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
  return el;
}

describe('<city-news-feed>', () => {
  it('is defined, with the card it nests', () => {
    expect(customElements.get('city-news-feed')).to.be.a('function');
    expect(customElements.get('city-news-card')).to.be.a('function');
  });

  it('shows a JSON list newest first, the seed among others, each item a card given its announcement', async () => {
    const el = await feedOf([await seed(), ...others]);
    expect(titles(el)).to.deep.equal([
      'Sister cities meet in Parma',
      'Socialna zaščita v partnerskih mestih',
      'Dnevi Ljubljane v Moskvi',
      'Nadaljujemo dobro sodelovanje z Moskvo',
      'An undated note',
    ]);
    // Compact cards by default: date, title, lead; the seed's date as the card writes it.
    const seedCard = cards(el)[3];
    expect(seedCard.variant).to.equal('compact');
    expect(part(seedCard, 'date')!.getAttribute('datetime')).to.equal('2019-09-11');
    expect(part(seedCard, 'link')!.getAttribute('href')).to.match(/^https:\/\/www\.ljubljana\.si\//);
    expect(part(seedCard, 'body')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps each item in its own language and the controls in the widget’s', async () => {
    const el = await feedOf(others, '', 'en');
    // The Slovene item's title is marked as Slovene inside the English widget's card.
    const slovene = cards(el).find((c) => textOf(part(c, 'title')).startsWith('Socialna'))!;
    expect(q(slovene, '[part~="title"] [lang]')!.getAttribute('lang')).to.equal('sl');
    expect(textOf(q(el, 'label[for="search"]'))).to.equal('Search the news');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('News');
  });

  for (const [lang, search, tags, list] of [
    ['sl', 'Iskanje po novicah', 'Filtriraj po oznaki', 'Novice'],
    ['en', 'Search the news', 'Filter by tag', 'News'],
    ['ru', 'Поиск по новостям', 'Фильтр по тегу', 'Новости'],
  ]) {
    it(`labels its controls in ${lang}`, async () => {
      const el = await feedOf(many(12), '', lang);
      expect(textOf(part(el, 'search-label'))).to.equal(search);
      expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal(tags);
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal(list);
      expect(textOf(part(el, 'more'))).to.equal({ sl: 'Naloži več', en: 'Load more', ru: 'Показать ещё' }[lang]);
    });
  }

  it('shows full cards with item-variant="full", and re-exports the cards’ parts', async () => {
    const el = await feedOf([await seed()], 'item-variant="full" heading-level="3"');
    const card = cards(el)[0];
    expect(card.variant).to.equal('full');
    expect(part(card, 'body')).to.not.equal(null);
    expect(q(card, 'h3[part~="title"]')).to.not.equal(null);
    expect(card.getAttribute('exportparts')).to.include('title:card-title');
    // A page styles the nested title through the feed.
    const style = document.createElement('style');
    style.textContent = 'city-news-feed::part(card-title) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(part(card, 'title')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
    await expect(el).to.be.accessible();
  });

  it('lays cards in a grid, or shows dated headlines with no cards in the compact layout', async () => {
    const grid = await feedOf(others, 'layout="grid"');
    expect(getComputedStyle(part(grid, 'list')!).display).to.equal('grid');
    const compact = await feedOf([await seed(), ...others], 'layout="compact"');
    expect(cards(compact)).to.have.length(0);
    expect(titles(compact)[3]).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    const dates = parts(compact, 'item-date');
    expect(dates.map((d) => d.localName)).to.deep.equal(['time', 'time', 'time', 'time']);
    expect(dates[3].getAttribute('datetime')).to.equal('2019-09-11');
    // A headline with a url is a link; one without is text.
    expect(parts(compact, 'headline').map((h) => h.localName)).to.deep.equal(['a', 'a', 'span', 'a', 'span']);
    await expect(compact).to.be.accessible();
  });

  it('shows a fixed number of items and no controls with limit', async () => {
    const el = await feedOf(many(30), 'limit="3"');
    expect(titles(el)).to.deep.equal(['Announcement 0', 'Announcement 1', 'Announcement 2']);
    expect(part(el, 'controls')).to.equal(null);
    expect(part(el, 'more')).to.equal(null);
    // `tag` still filters a limited feed.
    el.tag = 'odd';
    await el.updateComplete;
    // The newly shown cards render in their own update.
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(titles(el)).to.deep.equal(['Announcement 1', 'Announcement 3', 'Announcement 5']);
  });

  it('renders only one page of a thousand items', async () => {
    const el = await feedOf(many(1000), 'page-size="20"');
    expect(el.items).to.have.length(1000);
    expect(cards(el)).to.have.length(20);
    expect(parts(el, 'item')).to.have.length(20);
  });

  it('fires pcw-load once with the feed (its items counted), and keeps the cards’ own events inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl"></div>`);
    const loads: PcwEvent<'pcw-load'>[] = [];
    wrapper.addEventListener('pcw-load', (e) => loads.push(e));
    const el = document.createElement('city-news-feed');
    const loaded = oneEvent(el, 'pcw-load');
    el.data = others;
    wrapper.append(el);
    const event = await loaded;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect((event.detail.data as { items: unknown[] }).items).to.have.length(4);
    expect(loads.map((e) => e.target)).to.deep.equal([el]);
  });

  it('themes its cards with its own theme', async () => {
    const el = await feedOf(others, 'theme="dark"');
    expect(cards(el).every((c) => c.getAttribute('theme') === 'dark')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
