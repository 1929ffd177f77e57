import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { city, labels, network, shapes } from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, part, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: hostile data stays inert, the empty and error states, and no axe violation.

captureWarningsPerTest();

describe('<partner-city-map>', () => {
  describe('safety and states', () => {
    it('renders hostile names as text and never makes hostile URLs links', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = {
        cities: [
          city('a', payload, 46, 14, { role: 'home', url: 'javascript:window.__pwned=1', description: payload }),
          city('b', 'B', 50, 20, { url: ' data:text/html,<script>1</script>' }),
        ],
      };
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${data}></partner-city-map>`);
      expect(labels(el).map((l) => l.textContent)).to.include(payload);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      expect(part(el, 'tooltip')!.textContent).to.contain(payload);
      expect(qa(el, 'a')).to.have.length(0);
      expect(qa(el, 'img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows a clear empty state for an empty city list', async () => {
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map lang="en" .data=${{ title: 'No cities', cities: [] }}></partner-city-map>`,
      );
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('There are no cities to show.');
    });

    it('shows an error with retry, fires pcw-error, and stays accessible', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" src="/test-api/html"></partner-city-map>`);
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('html');
      await elementUpdated(el);
      expect(q(el, '[role="alert"]')).to.exist;
      expect(textOf(part(el, 'retry-button'))).to.equal('Poskusi znova');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible when ready, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await fixture<PartnerCityMap>(html`<partner-city-map theme=${theme} src=${SEED_URL}></partner-city-map>`);
        await ready(el);
        await shapes(el);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading and with a tooltip open', async () => {
      const loading = await fixture<PartnerCityMap>(html`<partner-city-map src="/test-api/hang?ms=2000"></partner-city-map>`);
      expect(q(loading, '[aria-busy="true"]')).to.exist;
      await expect(loading).to.be.accessible();
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      part(el, 'map')!.focus();
      await sendKeys({ press: 'Home' });
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  });
});
