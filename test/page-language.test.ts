import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarningsPerTest } from '../src/test-support/helpers.js';

/*
 * Page languages as real sites write them: `en_US` (an underscore), and values that are no
 * language at all, some of them names on Object.prototype. Every widget renders its content —
 * never a blank widget that says `ready`, never an exception.
 */

type Widget = HTMLElement & { state: string };

captureWarningsPerTest();

const card = { title: 'Title', published: '2019-09-11' };
const map = {
  cities: [
    { id: 'a', name: 'Alpha', lat: 46, lon: 14.5, country: 'SI', since: '2000', role: 'home' },
    { id: 'b', name: 'Beta', lat: 55.7, lon: 37.6, country: 'RU' },
  ],
};
const areas = [{ title: 'Culture', items: ['Theatre'] }];

describe('page languages that are not clean language tags', () => {
  for (const [lang, expected] of [
    ['en_US', 'Wednesday, September 11, 2019'],
    ['sl_SI', 'sreda, 11. 9. 2019'],
    ['constructor', 'Wednesday, 9/11/2019'],
    ['__proto__', 'Wednesday, 9/11/2019'],
    ['x-🙂', 'Wednesday, 9/11/2019'],
  ] as const) {
    it(`lang="${lang}": every widget renders`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      window.addEventListener('error', onError);
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang=${lang}><city-news-card date-style=${lang.startsWith('en_') ? 'long' : 'numeric'} .data=${card}></city-news-card><partner-city-map .data=${map}></partner-city-map><cooperation-areas .data=${areas}></cooperation-areas></div>`,
        );
        const [c, m, a] = [...wrap.children] as Widget[];
        await waitUntil(() => [c, m, a].every((w) => w.state === 'ready' && w.shadowRoot!.textContent!.trim()), 'a widget stayed blank', {
          timeout: 10000,
        });
        expect(c.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal(expected);
        m.shadowRoot!.querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
        await waitUntil(() => m.shadowRoot!.querySelector('[part~="list"] td'), 'no city list', { timeout: 10000 });
        expect(m.shadowRoot!.querySelector('[part~="list"]')!.textContent).to.contain('Beta');
        expect(a.shadowRoot!.querySelector('[part~="area-title"]')!.textContent!.trim()).to.equal('Culture');
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
