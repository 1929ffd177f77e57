import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PcwErrorDetail } from '../../events.js';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, failed, hits, part, parts, ready, textOf, titleOf, uniqueKey } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: errors of every kind (HTTP, network, HTML, JSON, shape, timeouts), retry,
// and the warnings for data it leaves out.

const warnings = captureWarningsPerTest();

describe('<city-news-card>', () => {
  describe('errors', () => {
    const faults: [string, string, Partial<PcwErrorDetail>][] = [
      ['HTTP 404', '/test-api/status?code=404', { kind: 'http', status: 404 }],
      ['HTTP 500', '/test-api/status?code=500', { kind: 'http', status: 500 }],
      ['a network error', 'http://127.0.0.1:9/unreachable.json', { kind: 'network' }],
      ['an HTML page', '/test-api/html', { kind: 'html' }],
      ['bad JSON', '/test-api/bad-json', { kind: 'not-json' }],
      ['the wrong shape', '/test-api/wrong-shape', { kind: 'invalid' }],
      ['a missing title', '/test-api/no-title', { kind: 'invalid', path: 'title' }],
    ];
    for (const [name, src, expected] of faults) {
      it(`shows a translated alert and fires pcw-error for ${name}`, async () => {
        const el = document.createElement('city-news-card');
        el.lang = 'sl';
        el.src = src;
        const event = oneEvent(el, 'pcw-error');
        document.body.append(el);
        try {
          const { detail } = await event;
          expect(detail).to.include({ ...expected, source: 'src' });
          expect(detail.url).to.equal(new URL(src, location.href).href);
          await elementUpdated(el);
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          expect(alert).to.exist;
          expect(textOf(part(el, 'error-message'))).to.equal(
            expected.kind === 'invalid' ? 'Podatkov ni bilo mogoče prikazati.' : 'Podatkov ni bilo mogoče naložiti.',
          );
          expect(textOf(part(el, 'error-details'))).to.contain(detail.message);
          expect(textOf(part(el, 'retry-button'))).to.equal('Poskusi znova');
          expect(warnings.calls).to.deep.equal([`[city-news-card] ${detail.message}`]);
        } finally {
          el.remove();
        }
      });
    }

    it('says what came back when the answer is an HTML page', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/html"></city-news-card>`);
      await failed(el);
      expect(el.shadowRoot!.querySelector('[part~="error-details"] p')!.textContent).to.match(/HTML page \(text\/html.*\), not JSON/);
    });

    it('recovers on retry (a flaky endpoint that fails once)', async () => {
      const key = uniqueKey('flaky');
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" src=${`/test-api/flaky?key=${key}`}></city-news-card>`);
      await failed(el);
      part(el, 'retry-button')!.click();
      await ready(el);
      expect(titleOf(el)).to.equal('We are continuing good cooperation with Moscow');
      expect(await hits(key)).to.equal(2);
    });

    it('times out a request that never answers', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" timeout="300" src="/test-api/hang?ms=3000"></city-news-card>`);
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('timeout');
      expect(textOf(part(el, 'error-message'))).to.equal('The data could not be loaded.');
    });

    it('times out a body that stops arriving, as a timeout', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="en" timeout="400" src="/test-api/slow-body?ms=3000"></city-news-card>`,
      );
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('timeout');
      expect(detail.message).to.match(/^No answer from .*slow-body.* within 0\.4 s$/);
    });

    it('shows an error (no retry button) for invalid JSON in the data attribute', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="ru" data="{oops"></city-news-card>`);
      expect(el.state).to.equal('error');
      expect(textOf(part(el, 'error-message'))).to.equal('Не удалось показать данные.');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The data attribute is not valid JSON/);
    });

    it('names the json attribute when its JSON is invalid (a sanitiser that cut it, say)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" json='"x"}'></city-news-card>`);
      expect(el.state).to.equal('error');
      expect(textOf(part(el, 'error-message'))).to.equal('The data could not be shown.');
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The json attribute is not valid JSON/);
    });

    it('fires pcw-error for a data property of the wrong shape', async () => {
      const el = document.createElement('city-news-card');
      setTimeout(() => {
        el.data = ['not', 'an', 'announcement'];
        document.body.append(el);
      });
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail).to.include({ kind: 'invalid', source: 'property' });
      el.remove();
    });
  });

  describe('validation warnings', () => {
    it('leaves out invalid items with one console warning each, and lists them with debug', async () => {
      const data = { ...sample, tags: ['moskva', 42], image: { src: 'javascript:alert(1)', alt: 'x' } };
      const el = await fixture<CityNewsCard>(html`<city-news-card debug lang="en" .data=${data}></city-news-card>`);
      expect(parts(el, 'tag').map((t) => t.textContent)).to.deep.equal(['moskva']);
      expect(part(el, 'image')).to.equal(null);
      expect(warnings.calls).to.deep.equal([
        '[city-news-card] image.src must be an http, https, mailto or relative URL (left out)',
        '[city-news-card] tags[1] must be a text or a map of language to text (left out)',
      ]);
      expect(textOf(part(el, 'warnings'))).to.contain('2 problems in the data');
      expect(textOf(part(el, 'warnings'))).to.contain('tags[1] must be a text');
    });

    it('leaves out a URL that cannot be resolved against the data URL, and shows the rest', async () => {
      const body = encodeURIComponent(JSON.stringify({ title: 'Fine title', url: '//[', image: { src: 'http://[', alt: '' } }));
      const el = await fixture<CityNewsCard>(html`<city-news-card src=${`/test-api/echo?body=${body}`}></city-news-card>`);
      await ready(el);
      expect(titleOf(el)).to.equal('Fine title');
      expect(part(el, 'link')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
      expect(warnings.calls).to.deep.equal([
        '[city-news-card] url must be an http, https, mailto or relative URL (left out)',
        '[city-news-card] image.src must be an http, https, mailto or relative URL (left out)',
      ]);
    });

    it('does not show warnings to visitors without debug', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${{ ...sample, tags: [42] }}></city-news-card>`);
      expect(part(el, 'warnings')).to.equal(null);
      expect(warnings.calls).to.have.length(1);
    });
  });
});
