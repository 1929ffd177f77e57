import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CityNewsCard, CooperationAreas, PartnerCityMap } from '../src/index.js';
import { captureWarningsPerTest, listenUncaught, part, TAGS, textOf, uniqueKey } from '../src/test-support/helpers.js';

/*
 * Faults of the network and the server, for every widget: each shows the translated alert,
 * fires pcw-error, and recovers on retry once the fault is gone; nothing throws.
 */

const FAULTS: [string, string][] = [
  ['slow (past the timeout)', 'slow'],
  ['404', '404'],
  ['500', '500'],
  ['an HTML page', 'html'],
  ['truncated JSON', 'truncated'],
  ['no answer', 'hang'],
];
const ALERT = {
  sl: 'Podatkov ni bilo mogoče naložiti.',
  en: 'The data could not be loaded.',
  ru: 'Не удалось загрузить данные.',
};

const warnings = captureWarningsPerTest();
let uncaught: ReturnType<typeof listenUncaught>;
beforeEach(() => (uncaught = listenUncaught()));
afterEach(() => uncaught.stop());

/** The alert's message. */
const shown = (el: HTMLElement) => textOf(part(el, 'error-message'));

describe('faults', () => {
  for (const tag of TAGS) {
    for (const [name, kind] of FAULTS) {
      const lang = (['sl', 'en', 'ru'] as const)[(TAGS.indexOf(tag) + FAULTS.findIndex((f) => f[1] === kind)) % 3];
      it(`<${tag}> on ${name}: translated alert (${lang}), pcw-error, recovery on retry`, async () => {
        const key = uniqueKey(`${tag}-${kind}`);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as CityNewsCard | CooperationAreas | PartnerCityMap;
        el.lang = lang;
        // Only the faults about time meet a short timeout: the others must be told apart by what
        // the server sent, however slowly a busy machine sends it.
        el.timeout = kind === 'slow' || kind === 'hang' ? 400 : 20000;
        el.src = `/test-api/fault?kind=${kind}&key=${key}`;
        const failed = oneEvent(el, 'pcw-error');
        wrapper.append(el);
        const { detail } = await failed;
        expect(detail.source).to.equal('src');
        expect(detail.kind).to.equal(
          { slow: 'timeout', hang: 'timeout', html: 'html', truncated: 'not-json', 404: 'http', 500: 'http' }[kind],
        );
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        expect(shown(el)).to.equal(ALERT[lang]);
        expect(warnings.calls).to.deep.equal([`[${tag}] ${detail.message}`]);
        // The fault goes away; the reader presses "Try again".
        await fetch(`/test-api/fix?key=${key}`);
        // The retry must not meet the short timeout of the time faults on a busy machine.
        el.timeout = 20000;
        const loaded = oneEvent(el, 'pcw-load');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        await loaded;
        await waitUntil(() => el.state === 'ready', undefined, { timeout: 10000 });
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(uncaught.errors).to.deep.equal([]);
      });
    }
  }

  it('recovers from a flaky server for every widget', async () => {
    for (const tag of TAGS) {
      const key = uniqueKey(`flaky-${tag}`);
      const el = document.createElement(tag);
      el.src = `/test-api/flaky?key=${key}`;
      const failed = oneEvent(el, 'pcw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await failed;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await waitUntil(() => el.state === 'ready', `${tag} did not recover`, { timeout: 10000 });
    }
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('a network error (nothing listening) is an alert too', async () => {
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      el.src = 'http://127.0.0.1:9/unreachable.json';
      const failed = oneEvent(el, 'pcw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await failed).detail.kind).to.equal('network');
    }
    expect(uncaught.errors).to.deep.equal([]);
  });
});
