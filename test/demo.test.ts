import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, titleOf, type Widget } from '../src/test-support/helpers.js';

/*
 * The demo (what `npm start` shows first): every widget reaches the state its example is
 * about, the language and theme switches reach every widget, the error example loads its
 * missing file only on request, and nothing fails on the way (no error, no failed request).
 */

type DemoWindow = Window & typeof globalThis;

describe('demo (demo/index.html)', () => {
  let frame: HTMLIFrameElement;
  let win: DemoWindow;
  const errors: string[] = [];

  before(async function () {
    this.timeout(20000);
    frame = await openFrame('/demo/index.html?lang=sl&theme=light', { style: 'width: 1200px; height: 900px' });
    win = frame.contentWindow as DemoWindow;
    win.addEventListener('error', (e) => errors.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    await win.customElements.whenDefined('city-news-card');
  });
  after(() => frame.remove());

  const widget = (id: string) => win.document.getElementById(id) as Widget;

  it('shows every example in its state', async () => {
    const expected: Record<string, string> = {
      'main-card': 'ready',
      areas: 'ready',
      map: 'ready',
      'sample-map': 'ready',
      feed: 'ready',
      'feed-compact': 'ready',
      timeline: 'ready',
      'timeline-horizontal': 'ready',
      'attr-card': 'ready',
      'inline-card': 'ready',
      'property-card': 'ready',
      'error-card': 'error',
      'empty-card': 'empty',
      'debug-card': 'ready',
    };
    // The examples below the fold load lazily (loading="lazy"), as a reader scrolls down to them.
    for (const [id, state] of Object.entries(expected)) {
      widget(id).scrollIntoView();
      await waitUntil(() => widget(id)?.state === state, `#${id} not ${state}`, { timeout: 10000 });
    }
    expect(titleOf(widget('main-card'))).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(widget('areas').shadowRoot!.querySelectorAll('[part~="area"]')).to.have.length(7);
    expect(widget('debug-card').shadowRoot!.querySelector('[part~="warnings"]')).to.exist;
    // The feed's sample RSS: the seed article among made-up ones, one page of four shown.
    const feed = widget('feed') as Widget & { items: readonly { title: Record<string, string> }[] };
    expect(feed.items.map((i) => Object.values(i.title)[0])).to.include('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(feed.shadowRoot!.querySelectorAll('city-news-card')).to.have.length(4);
    expect(widget('feed-compact').shadowRoot!.querySelectorAll('[part~="headline"]')).to.have.length(3);
    // The error example makes no request: its data attribute is broken on purpose.
    const failed = win.performance.getEntriesByType('resource').filter((r) => r.name.includes('missing.json'));
    expect(failed).to.have.length(0);
    expect(errors).to.deep.equal([]);
  });

  it('switches every widget to another language and theme', async () => {
    const radio = (id: string) => {
      const input = win.document.getElementById(id) as HTMLInputElement;
      input.checked = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    radio('lang-en');
    await waitUntil(() => titleOf(widget('main-card')) === 'We are continuing good cooperation with Moscow', 'language not switched', {
      timeout: 10000,
    });
    radio('lang-ru');
    await waitUntil(() => titleOf(widget('main-card')) === 'Продолжаем доброе сотрудничество с Москвой', 'language not switched', {
      timeout: 10000,
    });
    radio('theme-dark');
    const widgets = [...win.document.querySelectorAll('city-news-card, cooperation-areas, partner-city-map')];
    expect(widgets.length).to.equal(10);
    expect(widgets.filter((w) => w.getAttribute('theme') !== 'dark')).to.have.length(0);
    radio('lang-sl');
    radio('theme-light');
  });

  it('loads a missing file for the error example only on request, and shows the retry button', async () => {
    widget('error-card').scrollIntoView();
    (win.document.getElementById('error-src') as HTMLButtonElement).click();
    await waitUntil(() => widget('error-card').shadowRoot!.querySelector('[part~="retry-button"]'), 'no retry button', { timeout: 10000 });
    expect(widget('error-card').src).to.equal('data/missing.json');
    expect(errors).to.deep.equal([]);
  });
});
