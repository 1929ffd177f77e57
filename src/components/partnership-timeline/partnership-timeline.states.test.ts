import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { entries, entryTitles, NOW } from '../../test-support/partnership-timeline.fixtures.js';
import { captureWarningsPerTest, failed, part, q, qa, ready, SEED_URL, seed, textOf } from '../../test-support/helpers.js';
import type { PartnershipTimeline } from './partnership-timeline.js';
import './partnership-timeline.js';

// <partnership-timeline>: its sources, bad and empty data, the error and loading states,
// hostile text, and axe in both layouts and both themes.

const warnings = captureWarningsPerTest();

describe('<partnership-timeline>', () => {
  describe('data and states', () => {
    it('fires pcw-load with the entries (their count) and reads an inline script', async () => {
      const data = await seed();
      const el = document.createElement('partnership-timeline');
      el.innerHTML = `<script type="application/json">${JSON.stringify(data)}</script>`;
      const loaded = oneEvent(el, 'pcw-load');
      document.body.append(el);
      try {
        const { detail } = await loaded;
        expect(detail.source).to.equal('inline');
        expect((detail.data as { entries: unknown[] }).entries).to.have.length(3);
        expect(el.entries.map((e) => e.id)).to.deep.equal([
          '2000-protocol-on-friendship-and',
          '2019-programme-of-cooperation-between',
          '2020-days-of-ljubljana-in-moscow',
        ]);
      } finally {
        el.remove();
      }
    });

    it('leaves out bad entries with a warning each', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline
          lang="en"
          now=${NOW}
          .data=${[...entries, { title: 'No date' }, { date: '2020-13', title: 'Bad month' }, { date: '2020' }]}
        ></partnership-timeline>`,
      );
      expect(entryTitles(el)).to.have.length(entries.length);
      // Each names its entry's path (one entry may have two: a bad date, then no date at all).
      expect(warnings.calls.map((w) => /^\[partnership-timeline\] \[(\d)\]/.exec(w)?.[1])).to.deep.equal(['5', '6', '6', '7']);
      // With debug, the editor sees them.
      el.debug = true;
      await elementUpdated(el);
      expect(textOf(part(el, 'warnings'))).to.match(/^4 problems in the data/);
    });

    it('shows a translated error and fires pcw-error when every entry is bad', async () => {
      const el = document.createElement('partnership-timeline');
      el.lang = 'sl';
      el.data = [{ title: 'No date' }, { date: 'someday', title: 'Bad date' }];
      const error = oneEvent(el, 'pcw-error');
      document.body.append(el);
      try {
        const { detail } = await error;
        expect(detail).to.include({ kind: 'invalid', source: 'property' });
        await elementUpdated(el);
        expect(q(el, '[role="alert"]')).to.exist;
        expect(textOf(part(el, 'error-message'))).to.equal('Podatkov ni bilo mogoče prikazati.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
      expect(warnings.calls.length).to.be.greaterThan(0);
    });

    it('shows the empty message for an announcement without agreements or events', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="ru" .data=${{ title: 'Nothing in time' }}></partnership-timeline>`,
      );
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('Нет соглашений или событий для показа.');
      await expect(el).to.be.accessible();
    });

    it('shows an error with retry for a failed src, and recovers', async () => {
      const el = await fixture<PartnershipTimeline>(html`<partnership-timeline src="/test-api/status?code=500"></partnership-timeline>`);
      await failed(el, 10000);
      expect(part(el, 'retry-button')).to.exist;
      await expect(el).to.be.accessible();
      el.src = SEED_URL;
      await ready(el);
      expect(entryTitles(el)).to.have.length(3);
    });

    it('shows its skeleton while loading, and the fallback list in its place when there is one', async () => {
      const el = await fixture<PartnershipTimeline>(html`<partnership-timeline src="/test-api/hang?ms=2000"></partnership-timeline>`);
      expect(q(el, '[part~="skeleton"][aria-busy="true"]')).to.exist;
      expect(qa(el, '.entry-line')).to.have.length(3);
      await expect(el).to.be.accessible();
      const withFallback = await fixture<PartnershipTimeline>(
        html`<partnership-timeline src="/test-api/hang?ms=2000"
          ><ol>
            <li>2000: Protocol</li>
            <li>2019: Programme</li>
          </ol></partnership-timeline
        >`,
      );
      expect(withFallback.shadowRoot!.querySelectorAll('.pcw-reserve .entry-line')).to.have.length(2);
    });

    it('renders hostile text as text and no unsafe link', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline
          now=${NOW}
          .data=${[{ date: '2020-06-01', title: payload, place: payload, description: payload, url: 'javascript:alert(1)' }]}
        ></partnership-timeline>`,
      );
      expect(part(el, 'entry-title')!.textContent).to.equal(payload);
      expect(qa(el, 'img, script')).to.have.length(0);
      expect(qa(el, '[part~="entry-link"]')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['vertical', 'horizontal'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible: ${layout}, ${theme}, with upcoming events and a selected entry`, async () => {
          const el = await fixture<PartnershipTimeline>(
            html`<partnership-timeline lang="en" layout=${layout} theme=${theme} now="2020-02-01" src=${SEED_URL}></partnership-timeline>`,
          );
          await ready(el);
          await el.updateComplete;
          expect(part(el, 'calendar')).to.exist;
          await expect(el).to.be.accessible();
          part(el, 'entry-button')!.click();
          await elementUpdated(el);
          expect(q(el, '[aria-current="true"]')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
