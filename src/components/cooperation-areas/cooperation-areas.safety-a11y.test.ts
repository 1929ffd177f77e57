import { expect, fixture, html } from '@open-wc/testing';
import { search, visibleItems } from '../../test-support/cooperation-areas.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas>: hostile text stays text, the page's CSS stays out, and no axe violation
// in any layout or theme.

captureWarningsPerTest();

describe('<cooperation-areas>', () => {
  describe('safety and isolation', () => {
    it('renders hostile text in titles and items as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas layout="list" .data=${[{ title: payload, description: payload, items: [payload, { title: payload, description: payload }] }]}></cooperation-areas>`,
      );
      expect(part(el, 'area-title')!.textContent).to.equal(payload);
      expect(visibleItems(el).map((i) => i.firstChild && textOf(i).startsWith('<img'))).to.deep.equal([true, true]);
      expect(qa(el, 'img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps host-page CSS out', async () => {
      const style = document.createElement('style');
      style.textContent = 'li { display: none !important; } h2 { color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      try {
        const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" src=${SEED_URL}></cooperation-areas>`);
        await ready(el);
        expect(getComputedStyle(parts(el, 'area')[0]).display).to.equal('block');
        expect(getComputedStyle(visibleItems(el)[0]).display).to.equal('list-item');
        expect(getComputedStyle(parts(el, 'area-heading')[0]).color).not.to.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['accordion', 'list', 'grid'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible: ${layout}, ${theme}, searchable and open`, async () => {
          const el = await fixture<CooperationAreas>(
            html`<cooperation-areas open searchable layout=${layout} theme=${theme} src=${SEED_URL}></cooperation-areas>`,
          );
          await ready(el);
          await expect(el).to.be.accessible();
          await search(el, 'kult');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible while loading', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src="/test-api/hang?ms=2000"></cooperation-areas>`);
      expect(q(el, '[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
