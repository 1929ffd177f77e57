import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, parts, settled } from '../src/test-support/helpers.js';
import { countryShapes } from '../src/test-support/partner-city-map.fixtures.js';
import type { PartnerCityMap } from '../src/index.js';

/*
 * Every widget on a page with a strict Content-Security-Policy (sent as a header by the test
 * server): no inline styles or scripts, only same-origin resources, and Trusted Types for
 * every script sink. Everything renders and no violation is reported.
 */

type Recorder = Window & { __violations: string[]; __errors: string[] };

describe('strict Content-Security-Policy', () => {
  it('every widget renders and no violation fires', async function () {
    this.timeout(20000);
    const frame = await openFrame('/test/fixtures/csp-page.html');
    const win = frame.contentWindow as Recorder;
    const doc = frame.contentDocument!;
    const partsOf = (id: string, name: string) => parts(doc.getElementById(id), name);
    await waitUntil(() => partsOf('card', 'title').length === 1, 'card not rendered', { timeout: 10000 });
    await waitUntil(
      () => partsOf('rich', 'body').length === 1 && doc.getElementById('rich')!.shadowRoot!.querySelector('strong'),
      'rich text not rendered',
      { timeout: 10000 },
    );
    // A second rich card, and a language change that sanitises its body again: each needs the
    // one DOMPurify policy the page allows (a second policy of the same name is refused).
    await waitUntil(
      () => doc.getElementById('rich2')!.shadowRoot!.querySelector('[part~="body"] em')?.textContent === 'bogat',
      'second rich text not rendered',
      { timeout: 10000 },
    );
    doc.getElementById('rich2')!.setAttribute('lang', 'en');
    await waitUntil(
      () => doc.getElementById('rich2')!.shadowRoot!.querySelector('[part~="body"] em')?.textContent === 'rich',
      'rich text not sanitised again after a language change',
      { timeout: 10000 },
    );
    await waitUntil(() => partsOf('areas', 'item').length === 24, 'areas not rendered', { timeout: 10000 });
    // Country shapes drawn (the countries are one path per fill class: their rings are counted).
    const drawn = () => countryShapes(doc.getElementById('map') as PartnerCityMap);
    await waitUntil(() => drawn() > 20 && partsOf('map', 'city').length === 2, 'map not drawn', {
      timeout: 10000,
    });
    // The card's structured data is there, under Trusted Types (written by a lazy chunk).
    await waitUntil(() => doc.querySelector('#card script[type="application/ld+json"]'), 'no structured data', { timeout: 10000 });
    const ld = doc.querySelector('#card script[type="application/ld+json"]');
    expect(ld && JSON.parse(ld.textContent!)['@type']).to.equal('NewsArticle');
    // Interaction under the policy: search, tooltip.
    const input = partsOf('areas', 'search-input')[0] as HTMLInputElement;
    input.value = 'kult';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const map = partsOf('map', 'map')[0] as HTMLElement;
    map.focus();
    map.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await waitUntil(() => partsOf('map', 'tooltip').length === 1, 'no tooltip', { timeout: 10000 });
    await settled(win);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
