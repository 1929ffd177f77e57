import { expect, fixture, html } from '@open-wc/testing';
import { atom, rss } from '../../test-support/city-news-feed.fixtures.js';
import { captureWarningsPerTest, failed, part, qa, ready, textOf } from '../../test-support/helpers.js';
import type { CityNewsCard } from '../city-news-card/city-news-card.js';
import type { CityNewsFeed } from './city-news-feed.js';
import './city-news-feed.js';

// <city-news-feed>: XML and JSON feeds from every source (the format read from the content).

const warnings = captureWarningsPerTest();

const titles = async (el: CityNewsFeed) => {
  await el.updateComplete;
  const cards = qa<CityNewsCard>(el, 'city-news-card');
  await Promise.all(cards.map((c) => c.updateComplete));
  return cards.map((c) => textOf(part(c, 'title')));
};

/** A feed element with an inline script of `type` holding `text`. */
async function inline(type: string, text: string): Promise<CityNewsFeed> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement('city-news-feed');
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  el.append(script);
  wrapper.append(el);
  return el;
}

describe('<city-news-feed> sources', () => {
  it('reads an RSS file from src, with the site’s items newest first', async () => {
    const el = await fixture<CityNewsFeed>(html`<city-news-feed lang="sl" src="/test/fixtures/feeds/rss-full.xml"></city-news-feed>`);
    await ready(el);
    expect(el.items.length).to.be.greaterThan(1);
    const shown = await titles(el);
    expect(shown).to.include('Nadaljujemo dobro sodelovanje z Moskvo');
    const dates = el.items.filter((i) => i.published).map((i) => i.published!.iso);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    await expect(el).to.be.accessible();
  });

  it('reads an inline Atom script', async () => {
    const el = await inline('application/atom+xml', atom);
    await ready(el);
    expect(await titles(el)).to.deep.equal(['Atom entry one']);
  });

  it('reads an inline RSS script, newest first', async () => {
    const el = await inline('application/rss+xml', rss);
    await ready(el);
    expect(await titles(el)).to.deep.equal(['Novejša novica', 'Starejša novica']);
  });

  it('reads RSS text given through the json attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('city-news-feed');
    el.setAttribute('json', rss);
    wrapper.append(el);
    await ready(el);
    expect(await titles(el)).to.deep.equal(['Novejša novica', 'Starejša novica']);
  });

  it('shows the error state for malformed XML', async () => {
    const el = await inline('application/rss+xml', '<rss><channel><item><title>cut');
    await failed(el);
    expect(textOf(part(el, 'error-message'))).to.equal('The data could not be shown.');
    expect(warnings.calls.some((w) => w.startsWith('[city-news-feed]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
