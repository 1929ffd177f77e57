import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { TAGS, type Widget } from '../src/test-support/helpers.js';

/*
 * The states every widget shares (loading, empty, error with and without retry), in the light
 * and the dark theme, on a light page: each has no axe violation, contrast included. The
 * dark theme must bring its own background wherever it colours text.
 */

const EMPTY: Record<(typeof TAGS)[number], string> = {
  'city-news-card': '{}',
  'cooperation-areas': '[]',
  'partner-city-map': '[]',
  'city-news-feed': '[]',
  'partnership-timeline': '[]',
};

async function widget(tag: string, theme: string, attrs: string): Promise<Widget> {
  // The attributes are the test's own constants (never data from outside).
  return fixture<Widget>(staticHtml`<${unsafeStatic(tag)} theme=${theme} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`);
}

describe('shared states are accessible in both themes', () => {
  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> theme=${theme}: loading, empty, error (data), error (src, with retry)`, async function () {
        this.timeout(10000);
        const loading = await widget(tag, theme, `src="/test-api/hang?ms=3000"`);
        expect(loading.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.exist;
        await expect(loading).to.be.accessible();

        const empty = await widget(tag, theme, `data='${EMPTY[tag]}'`);
        expect(empty.state).to.equal('empty');
        expect(empty.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
        await expect(empty).to.be.accessible();

        const invalid = await widget(tag, theme, `data="not json"`);
        expect(invalid.state).to.equal('error');
        await expect(invalid).to.be.accessible();

        const failed = await widget(tag, theme, `src="/test-api/status?code=500"`);
        await waitUntil(() => failed.state === 'error', 'no error state', { timeout: 5000 });
        await failed.updateComplete;
        expect(failed.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
        await expect(failed).to.be.accessible();
      });
    }
  }
});
