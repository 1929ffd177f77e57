import { expect, fixture, html } from '@open-wc/testing';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, failed, seed } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: no axe violation in any state.

captureWarningsPerTest();

describe('<city-news-card>', () => {
  describe('accessibility (axe)', () => {
    it('is accessible when ready', async () => {
      const data = await seed();
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${data}></city-news-card>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/hang?ms=2000"></city-news-card>`);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/status?code=500"></city-news-card>`);
      await failed(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible compact', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card variant="compact" .data=${sample}></city-news-card>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, expanded', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card theme="dark" expanded .data=${sample}></city-news-card>`);
      await expect(el).to.be.accessible();
    });
  });
});
