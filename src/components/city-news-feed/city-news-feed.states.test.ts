import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { others } from '../../test-support/city-news-feed.fixtures.js';
import { captureWarningsPerTest, emulating, failed, part, parts, q, ready, textOf } from '../../test-support/helpers.js';
import type { CityNewsFeed } from './city-news-feed.js';
import './city-news-feed.js';

// <city-news-feed>: loading, empty, error and ready, each accessible in light and dark.

const warnings = captureWarningsPerTest();

describe('<city-news-feed> states', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      const check = (el: CityNewsFeed) => emulating({ colorScheme: theme }, () => expect(el).to.be.accessible());

      it('shows a labelled skeleton while loading', async () => {
        const el = await fixture<CityNewsFeed>(html`<city-news-feed lang="en" theme="auto" src="/test-api/hang"></city-news-feed>`);
        expect(el.state).to.equal('loading');
        expect(part(el, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
        expect(textOf(part(el, 'skeleton'))).to.equal('Loading…');
        await check(el);
      });

      it('shows the empty message for a feed with no items', async () => {
        const el = await fixture<CityNewsFeed>(html`<city-news-feed lang="sl" theme="auto" .data=${{ items: [] }}></city-news-feed>`);
        expect(el.state).to.equal('empty');
        expect(textOf(part(el, 'empty'))).to.equal('Ni novic za prikaz.');
        await check(el);
      });

      it('shows a translated error, not an empty list, when every item is invalid', async () => {
        const el = document.createElement('city-news-feed');
        el.lang = 'ru';
        el.theme = 'auto';
        el.data = [{ lead: 'no title' }, { title: '' }];
        const error = oneEvent(el, 'pcw-error');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        const detail = (await error).detail;
        await failed(el);
        expect(detail.kind).to.equal('invalid');
        expect(detail.message).to.match(/None of the feed's 2 entries/);
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(textOf(part(el, 'error-message'))).to.equal('Не удалось показать данные.');
        expect(warnings.calls.some((w) => w.includes('city-news-feed'))).to.equal(true);
        await check(el);
      });

      it('is accessible when ready, with its controls', async () => {
        const el = await fixture<CityNewsFeed>(html`<city-news-feed lang="sl" theme="auto" .data=${others}></city-news-feed>`);
        await ready(el);
        await el.updateComplete;
        expect(parts(el, 'tag').length).to.be.greaterThan(0);
        expect(q(el, 'city-news-card')!.getAttribute('theme')).to.equal('auto');
        await check(el);
      });
    });
  }

  it('leaves out a bad item with a warning naming it, and shows the rest', async () => {
    const el = await fixture<CityNewsFeed>(
      html`<city-news-feed lang="en" debug .data=${[...others, { lead: 'no title' }]}></city-news-feed>`,
    );
    await ready(el);
    expect(el.items).to.have.length(4);
    expect(warnings.calls.some((w) => w.includes('[4]'))).to.equal(true);
    expect(textOf(part(el, 'warnings'))).to.include('[4]');
  });

  it('loads a JSON feed from src and retries after an HTTP error', async () => {
    const el = await fixture<CityNewsFeed>(html`<city-news-feed lang="en" src="/test-api/status?code=500"></city-news-feed>`);
    await failed(el);
    expect(part(el, 'retry-button')).to.not.equal(null);
    el.src = '/test/fixtures/feeds/json-feed.json';
    await ready(el);
    expect(el.items.length).to.be.greaterThan(0);
  });
});
