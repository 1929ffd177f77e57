import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { many, others } from '../../test-support/city-news-feed.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, seed, textOf } from '../../test-support/helpers.js';
import type { PcwEvent } from '../../events.js';
import type { CityNewsCard } from '../city-news-card/city-news-card.js';
import type { CityNewsFeed } from './city-news-feed.js';
import './city-news-feed.js';

// <city-news-feed>: the tag buttons and the URL hash, the search, no match, "Load more", the keyboard.

captureWarningsPerTest();

const cards = (el: CityNewsFeed) => qa<CityNewsCard>(el, 'city-news-card');
const titles = (el: CityNewsFeed) => cards(el).map((c) => textOf(part(c, 'title')));
const tagButton = (el: CityNewsFeed, text: string) => parts<HTMLButtonElement>(el, 'tag').find((b) => textOf(b).startsWith(`${text} (`))!;
const status = (el: CityNewsFeed) => textOf(q(el, '[role="status"]'));

async function feedOf(items: unknown, attrs = '', lang = 'sl'): Promise<CityNewsFeed> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<city-news-feed ${attrs}></city-news-feed>`;
  const el = wrapper.querySelector('city-news-feed')!;
  el.data = items as object;
  await ready(el);
  await settled(el);
  return el;
}

async function settled(el: CityNewsFeed) {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

async function typeInto(el: CityNewsFeed, text: string) {
  const input = part<HTMLInputElement>(el, 'search-input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
}

const clearHash = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);

describe('<city-news-feed> filters', () => {
  afterEach(clearHash);

  it('builds toggle buttons from the items’ tags, most frequent first, case and diacritics folded together', async () => {
    const el = await feedOf([await seed(), ...others]);
    // "moskva" three times, "kultura"/"Kultura" twice (one tag), then the rest in the order met.
    expect(parts(el, 'tag').map(textOf)).to.deep.equal(['moskva (3)', 'Kultura (2)', 'network (1)', 'sociala (1)']);
    expect(parts(el, 'tag').every((b) => b.localName === 'button' && b.getAttribute('aria-pressed') === 'false')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('filters by a pressed tag, writes it to the hash, tells the count, and fires pcw-tag-select', async () => {
    const el = await feedOf([await seed(), ...others]);
    const chosen = oneEvent(el, 'pcw-tag-select');
    tagButton(el, 'moskva').click();
    expect((await chosen).detail.tag).to.equal('moskva');
    await settled(el);
    expect(titles(el)).to.deep.equal([
      'Socialna zaščita v partnerskih mestih',
      'Dnevi Ljubljane v Moskvi',
      'Nadaljujemo dobro sodelovanje z Moskvo',
    ]);
    expect(tagButton(el, 'moskva').getAttribute('aria-pressed')).to.equal('true');
    expect(location.hash).to.equal('#tag=moskva');
    expect(status(el)).to.equal('3 novice');
    expect(textOf(part(el, 'count'))).to.equal('3 novice');
    await expect(el).to.be.accessible();
    // Pressed again: every item, no hash, and the event says null.
    const cleared = oneEvent(el, 'pcw-tag-select');
    tagButton(el, 'moskva').click();
    expect((await cleared).detail.tag).to.equal(null);
    await settled(el);
    expect(titles(el)).to.have.length(5);
    expect(location.hash).to.equal('');
  });

  it('shows the tag a hash names, on load and when the hash changes', async () => {
    history.replaceState(history.state, '', '#tag=Kultura');
    const el = await feedOf([await seed(), ...others]);
    expect(titles(el)).to.deep.equal(['Sister cities meet in Parma', 'Dnevi Ljubljane v Moskvi']);
    expect(tagButton(el, 'Kultura').getAttribute('aria-pressed')).to.equal('true');
    location.hash = '#tag=sociala';
    await waitUntil(() => titles(el).length === 1, 'the hash change was not followed');
    expect(titles(el)).to.deep.equal(['Socialna zaščita v partnerskih mestih']);
    // A hash that is not the feed's (an area's id) changes nothing.
    location.hash = '#kultura-in-umetnost';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settled(el);
    expect(titles(el)).to.deep.equal(['Socialna zaščita v partnerskih mestih']);
  });

  it('shows a hash’s tag in its first render: no flash of the whole list', async () => {
    history.replaceState(history.state, '', '#tag=sociala');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl"></div>`);
    const el = document.createElement('city-news-feed');
    el.data = others;
    // pcw-load fires right after the first render of the data.
    let shownAtLoad = -1;
    el.addEventListener('pcw-load', () => (shownAtLoad = el.shadowRoot!.querySelectorAll('city-news-card').length));
    wrapper.append(el);
    await ready(el);
    expect(shownAtLoad).to.equal(1);
  });

  it('preselects the tag attribute without touching the hash', async () => {
    const el = await feedOf(others, 'tag="MOSKVA"');
    expect(titles(el)).to.have.length(2);
    expect(tagButton(el, 'moskva').getAttribute('aria-pressed')).to.equal('true');
    expect(location.hash).to.equal('');
  });

  it('searches titles, leads and tags without case or diacritics, with a live count', async () => {
    const el = await feedOf([await seed(), ...others]);
    await typeInto(el, 'ZASCITA');
    expect(titles(el)).to.deep.equal(['Socialna zaščita v partnerskih mestih']);
    expect(status(el)).to.equal('1 novica');
    await typeInto(el, 'moskvi');
    expect(titles(el)).to.deep.equal(['Dnevi Ljubljane v Moskvi', 'Nadaljujemo dobro sodelovanje z Moskvo']);
    expect(status(el)).to.equal('2 novici');
    await expect(el).to.be.accessible();
  });

  it('shows a no-match box whose button clears the search and the tag', async () => {
    const el = await feedOf(others, 'tag="network"');
    await typeInto(el, 'zzz');
    expect(cards(el)).to.have.length(0);
    expect(textOf(part(el, 'no-match'))).to.include('Nobena novica se ne ujema z iskanjem ali oznako.');
    await expect(el).to.be.accessible();
    const cleared = oneEvent(el, 'pcw-tag-select');
    part<HTMLButtonElement>(el, 'clear')!.click();
    expect((await cleared).detail.tag).to.equal(null);
    await settled(el);
    expect(cards(el)).to.have.length(4);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'search-input'));
  });

  it('loads more: the next page, focus on its first item, the count announced, pcw-feed-more', async () => {
    const el = await feedOf(many(25), 'page-size="10"', 'en');
    expect(cards(el)).to.have.length(10);
    const more = oneEvent(el, 'pcw-feed-more');
    part<HTMLButtonElement>(el, 'more')!.click();
    expect(((await more) as PcwEvent<'pcw-feed-more'>).detail.shown).to.equal(20);
    await settled(el);
    expect(cards(el)).to.have.length(20);
    const focused = el.shadowRoot!.activeElement!;
    expect(focused).to.equal(parts(el, 'item')[10]);
    expect(textOf(part(focused.querySelector('city-news-card'), 'title'))).to.equal('Announcement 10');
    expect(status(el)).to.equal('10 more announcements shown, 20 of 25.');
    part<HTMLButtonElement>(el, 'more')!.click();
    await settled(el);
    expect(cards(el)).to.have.length(25);
    expect(status(el)).to.equal('5 more announcements shown, 25 of 25.');
    expect(part(el, 'more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('pages the filtered list, and starts again at the first page when a filter changes', async () => {
    const el = await feedOf(many(40), 'page-size="5"', 'en');
    tagButton(el, 'odd').click();
    await settled(el);
    expect(titles(el)).to.deep.equal(['Announcement 1', 'Announcement 3', 'Announcement 5', 'Announcement 7', 'Announcement 9']);
    part<HTMLButtonElement>(el, 'more')!.click();
    await settled(el);
    expect(cards(el)).to.have.length(10);
    await typeInto(el, 'announcement 1');
    // 1, 11, 13, …, 19 are odd and match: the first page of them.
    expect(titles(el)).to.deep.equal(['Announcement 1', 'Announcement 11', 'Announcement 13', 'Announcement 15', 'Announcement 17']);
  });

  it('works from the keyboard: the search, the tag buttons, Escape, Load more', async () => {
    const el = await feedOf(
      many(12, (i) => (i % 3 ? ['news'] : ['zagreb'])),
      'page-size="5"',
      'en',
    );
    part<HTMLInputElement>(el, 'search-input')!.focus();
    await sendKeys({ type: 'announcement 1' });
    await settled(el);
    expect(titles(el)).to.deep.equal(['Announcement 1', 'Announcement 10', 'Announcement 11']);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(cards(el)).to.have.length(5);
    // Tab to the first tag button ("news", the most frequent), Space presses it.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'tag')[0]);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(parts(el, 'tag')[0].getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)[0]).to.equal('Announcement 1');
    // Tab past the second tag button and through the five cards' links to "Load more"; Enter.
    part<HTMLButtonElement>(el, 'more')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(cards(el)).to.have.length(8);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'item')[5]);
    // From the first new item, Tab goes on to its card's link.
    await sendKeys({ press: 'Tab' });
    expect(cards(el)[5].shadowRoot!.activeElement).to.equal(part(cards(el)[5], 'link'));
  });
});
