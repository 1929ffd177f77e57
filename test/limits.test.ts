import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { loadJson, type CityNewsCard } from '../src/index.js';
import { captureWarningsPerTest, hits, uniqueKey } from '../src/test-support/helpers.js';

/*
 * Sizes a careless export or an attacker can send: each is bounded, with a clear error (the
 * limits are in the README, "Security and limits"). How long the rest takes is in the bench.
 */

const warnings = captureWarningsPerTest();

describe('limits', () => {
  it('refuses an answer over 5 MB without reading it all, with a visible error', async () => {
    const el = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" src=${`/test-api/big?mb=8&key=${uniqueKey('big')}`}></city-news-card>`,
    );
    const { detail } = await oneEvent(el, 'pcw-error');
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.match(/more than the 5 MB a widget reads$/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('reads an answer under the limit', async () => {
    const el = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" src=${`/test-api/big?mb=1&key=${uniqueKey('big')}`}></city-news-card>`,
    );
    await waitUntil(() => el.state === 'ready', `state ${el.state}`, { timeout: 10000 });
  });

  it('refuses JSON text over 5 MB in the data attribute and the data property', async () => {
    const text = JSON.stringify({ title: 'Big', lead: 'x'.repeat(5.5 * 1024 * 1024) });
    const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" data=${text}></city-news-card>`);
    expect(el.state).to.equal('error');
    expect(warnings.calls[0]).to.equal('[city-news-card] The data attribute holds more than the 5 MB of JSON a widget reads');
    el.removeAttribute('data');
    el.data = text;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(warnings.calls[1]).to.equal('[city-news-card] The data property holds more than the 5 MB of JSON a widget reads');
  });

  it('shares an answer while a widget shows it, and asks again once the last one has gone', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const key = uniqueKey('held');
    const card = () => {
      const el = document.createElement('city-news-card') as CityNewsCard;
      el.src = `/test-api/announcement?key=${key}`;
      wrapper.append(el);
      return el;
    };
    const ready = (cards: CityNewsCard[]) =>
      waitUntil(() => cards.every((c) => c.state === 'ready'), 'cards not ready', { timeout: 10000 });
    const cards = [card(), card(), card()];
    await ready(cards);
    cards[0].remove();
    cards[1].remove();
    // One card still shows it: a new card gets the answer without a request.
    const fourth = card();
    await ready([fourth]);
    expect(await hits(key)).to.equal(1);
    cards[2].remove();
    fourth.remove();
    // No card shows it any more: the next one asks the server again (the memory is free).
    await ready([card()]);
    expect(await hits(key)).to.equal(2);
  });

  it('keeps at most 32 answers that no widget shows (loads by the page itself), the oldest let go', async function () {
    this.timeout(60000);
    const keys = Array.from({ length: 40 }, () => uniqueKey('lru'));
    const urlOf = (key: string) => new URL(`/test-api/announcement?key=${key}`, location.href).href;
    for (const key of keys) await loadJson(urlOf(key));
    // The newest is still shared; the oldest was let go and is asked for again.
    await loadJson(urlOf(keys[39]));
    await loadJson(urlOf(keys[0]));
    expect([await hits(keys[39]), await hits(keys[0])]).to.deep.equal([1, 2]);
  });

  it('reads at most 1,000 areas and says so, and a lying array length costs nothing', async () => {
    const areas = Array.from({ length: 1500 }, (_, i) => ({ id: `a${i}`, title: `Area ${i}`, items: [] }));
    const el = await fixture<HTMLElement & { state: string }>(
      html`<cooperation-areas debug layout="list" .data=${areas}></cooperation-areas>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part~="area"]')).to.have.length(1000);
    expect(el.shadowRoot!.querySelector('[part~="warnings"]')!.textContent).to.contain('has 1500 entries; only the first 1000 are read');
    // A Proxy that claims a billion entries: read up to the limit, each missing one left out.
    const liar = new Proxy([], { get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)) });
    const lied = await fixture<HTMLElement & { state: string }>(html`<cooperation-areas .data=${liar}></cooperation-areas>`);
    expect(lied.state).to.equal('empty');
  });

  it('reads at most 1,000 cities on a map', async () => {
    const cities = Array.from({ length: 1100 }, (_, i) => ({
      id: `c${i}`,
      name: `City ${i}`,
      lat: (i % 170) - 85,
      lon: ((i * 7) % 360) - 180,
    }));
    const el = await fixture<HTMLElement & { state: string; cities: readonly unknown[] }>(
      html`<partner-city-map .data=${cities}></partner-city-map>`,
    );
    await waitUntil(() => el.state === 'ready', `state ${el.state}`, { timeout: 20000 });
    expect(el.cities).to.have.length(1000);
    expect(warnings.calls.filter((w) => w.includes('has 1100 entries; only the first 1000 are read'))).to.have.length(1);
  });

  it('leaves out a rich-text body over 200,000 characters, and shows the rest of the card', async () => {
    const el = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" .data=${{ title: 'Long body', bodyHtml: `<p>${'x'.repeat(200001)}</p>` }}></city-news-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="body"]')).to.equal(null);
    expect(warnings.calls).to.deep.equal(['[city-news-card] bodyHtml is longer than 200000 characters (left out)']);
  });

  it('marks at most 100 matches in one text while searching', async () => {
    const el = await fixture<HTMLElement & { state: string }>(
      html`<cooperation-areas searchable open .data=${[{ title: 'Long', items: ['a '.repeat(5000)] }]}></cooperation-areas>`,
    );
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"] mark'), 'no match marked', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"] mark')).to.have.length(100);
  });
});
