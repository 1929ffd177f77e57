import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CityNewsCard } from '../src/index.js';
import { captureWarningsPerTest, hits, titleOf, uniqueKey } from '../src/test-support/helpers.js';

/*
 * Hostile or unusual pages: what another script on the page, or the page's own markup, can do
 * to the environment the widgets run in. Each case ends in a widget that works, or in its
 * visible error and a pcw-error — never an exception out of it or a widget stuck loading.
 */

captureWarningsPerTest();

describe('hostile environments', () => {
  it('shows an error for a src the browser cannot parse (http://[), with pcw-error, not an exception', async () => {
    const el = document.createElement('city-news-card') as CityNewsCard;
    el.lang = 'en';
    el.src = 'http://[';
    const failed = oneEvent(el, 'pcw-error');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'invalid', source: 'src' });
    expect(detail.message).to.equal('src is not a URL: "http://["');
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The data could not be shown.');
  });

  it('loads src on a page where an element named baseURI shadows document.baseURI', async () => {
    const form = document.createElement('form');
    form.name = 'baseURI';
    document.body.append(form);
    try {
      expect((document as unknown as { baseURI: unknown }).baseURI).to.equal(form);
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" src="/demo/data/ljubljana-moskva-2019.json"></city-news-card>`);
      await waitUntil(() => el.state === 'ready', `state ${el.state}`, { timeout: 10000 });
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    } finally {
      form.remove();
    }
  });

  it('times out even when a fetch wrapper of the page drops the abort signal', async () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => original(input, { ...init, signal: undefined });
    try {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="en" timeout="300" src=${`/test-api/hang?ms=20000&key=${uniqueKey('wrapper')}`}></city-news-card>`,
      );
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('timeout');
      expect(el.state).to.equal('error');
    } finally {
      window.fetch = original;
    }
  });

  it('reads only the data’s own fields, not what another script put on Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.title = 'Polluted title';
    proto.url = 'https://evil.example/';
    proto.tags = ['polluted'];
    try {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="en" .data=${{ title: 'Own title', lead: 'Own lead' }}></city-news-card>`,
      );
      expect(titleOf(el)).to.equal('Own title');
      expect(el.shadowRoot!.querySelector('a[href="https://evil.example/"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="tags"]')).to.equal(null);
      const untitled = await fixture<CityNewsCard>(
        html`<city-news-card lang="en" .data=${{ lead: 'No title of its own' }}></city-news-card>`,
      );
      expect(untitled.state).to.equal('error');
    } finally {
      delete proto.title;
      delete proto.url;
      delete proto.tags;
    }
  });

  it('does not fetch for a widget out of the page, and loads when it is put back', async () => {
    const key = uniqueKey('detached');
    const wrapper = await fixture<HTMLDivElement>(html`<div><city-news-card lang="en"></city-news-card></div>`);
    const el = wrapper.querySelector('city-news-card') as CityNewsCard;
    await el.updateComplete;
    el.remove();
    el.src = `/test-api/announcement?key=${key}`;
    await el.updateComplete;
    expect(await hits(key)).to.equal(0);
    wrapper.append(el);
    await waitUntil(() => el.state === 'ready', `state ${el.state}`, { timeout: 10000 });
    expect(await hits(key)).to.equal(1);
  });

  it('keeps its styles when moved into an iframe and back, and its map still works there', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><city-news-card lang="en" .data=${{ title: 'Moved', lead: 'Lead' }}></city-news-card><partner-city-map lang="en" .data=${{
          cities: [
            { id: 'a', name: 'Alpha', lat: 46, lon: 14.5, role: 'home' },
            { id: 'b', name: 'Beta', lat: 55.7, lon: 37.6 },
          ],
        }}></partner-city-map></div>`,
      );
      const [card, map] = [...wrapper.children] as (HTMLElement & { state: string; updateComplete: Promise<boolean> })[];
      await waitUntil(() => map.state === 'ready' && map.shadowRoot!.querySelector('.city'), 'map not drawn', { timeout: 10000 });
      const styled = (el: HTMLElement) =>
        (el.ownerDocument.defaultView ?? window).getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).boxSizing ===
          'border-box' && getComputedStyle(el).display === 'block';
      expect([card, map].map(styled)).to.deep.equal([true, true]);
      const away = frame.contentDocument!;
      away.body.append(card, map);
      await waitUntil(() => [card, map].every(styled), 'styles lost in the iframe', { timeout: 10000 });
      // The map's tooltip and keyboard work there too.
      const surface = map.shadowRoot!.querySelector<HTMLElement>('[part~="map"]')!;
      surface.focus();
      surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await waitUntil(() => map.shadowRoot!.querySelector('[part~="tooltip"]'), 'no tooltip in the iframe', { timeout: 10000 });
      wrapper.append(card, map);
      await waitUntil(() => [card, map].every(styled), 'styles lost after coming back', { timeout: 10000 });
      surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await map.updateComplete;
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
      window.removeEventListener('error', onError);
    }
  });
});
