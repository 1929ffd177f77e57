import { expect } from '@open-wc/testing';
import { captureWarningsPerTest, openFrame, part, parts, placed, ready, type Widget } from '../test-support/helpers.js';
import '../components/city-news-card/city-news-card.js';
import '../components/cooperation-areas/cooperation-areas.js';
import '../components/partner-city-map/partner-city-map.js';

// "Get the data" as a lazy chunk (#15 bytes): the code that writes the files (data-files.ts)
// loads only when a widget has `downloadable`. One page per test file: the widgets of the second
// test are the first of this page to ask for it (the first test's are in a frame, with modules of
// their own; keep any other test that sets `downloadable` on this page after the second).

captureWarningsPerTest();

/** How often this page requested the files' code. */
const requests = () =>
  performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith('/src/internal/data-files.ts')).length;

type Downloadable = Widget & { downloadable: boolean };

/** What the first "Get the data" link of `el` is when it first appears: with an address? focusable? */
function firstLink(el: Downloadable): Promise<{ href: boolean; focusable: boolean; text: string }> {
  return new Promise((resolve) => {
    const root = el.shadowRoot!;
    const observer = new MutationObserver(() => {
      const link = part<HTMLAnchorElement>(el, 'download');
      if (!link) return;
      observer.disconnect();
      link.focus();
      resolve({ href: link.hasAttribute('href'), focusable: root.activeElement === link, text: link.textContent!.trim() });
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

// A failed load of the files' code (a network blip) is not kept: the next update tries again.
// In a frame of its own (its own modules: the code has not come there), with the widgets' own
// code: while the cookie `pcw-fail-path` names the chunk, the test server answers its requests
// with 503 (test/test-api.mjs). Before the test below: once the page has the chunk from the
// server, the frame's request would be answered from the browser's cache.

const CHUNK = '/src/internal/data-files.ts';
const failChunk = (on: boolean) => (document.cookie = `pcw-fail-path=${CHUNK}; path=/${on ? '' : '; max-age=0'}`);

describe('"Get the data" code that failed to load (data-link.ts)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    failChunk(false);
    frame?.remove();
  });

  it('is fetched again at the next update or for a new widget, one request for every widget waiting, and then the links get their address', async () => {
    frame = await openFrame('about:blank');
    const win = frame.contentWindow as Window & typeof globalThis;
    const warned: string[] = [];
    win.console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (text.includes('"Get the data"')) warned.push(text);
    };
    for (const tag of ['city-news-card', 'cooperation-areas']) {
      const script = win.document.createElement('script');
      script.type = 'module';
      script.src = `/src/components/${tag}/${tag}.ts`;
      win.document.head.append(script);
      await win.customElements.whenDefined(tag);
    }
    /** A widget of the frame, ready. */
    const widget = async (tag: string, data: unknown) => {
      const el = win.document.createElement(tag) as Downloadable;
      (el as unknown as { data: unknown }).data = data;
      win.document.body.append(el);
      await ready(el, 10000);
      await el.updateComplete;
      return el;
    };
    const hrefs = (els: Downloadable[]) => els.map((el) => part(el, 'download')?.getAttribute('href') ?? null);
    const chunkRequests = () => win.performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname === CHUNK).length;
    const update = (els: Downloadable[]) => Promise.all(els.map((el) => (el.requestUpdate(), el.updateComplete)));
    const widgets = [await widget('city-news-card', { title: 'T' }), await widget('cooperation-areas', [{ title: 'A', items: ['x'] }])];

    failChunk(true);
    for (const el of widgets) el.downloadable = true;
    await Promise.all(widgets.map((el) => el.updateComplete));
    // One request for both widgets; it failed: each link is text without an address, each widget warned.
    expect(chunkRequests()).to.equal(1);
    expect(hrefs(widgets)).to.deep.equal([null, null]);
    expect(warned).to.have.length(2);
    expect(warned[0]).to.match(
      /^\[city-news-card\] "Get the data" could not be loaded \(TypeError: Failed to fetch dynamically imported module/,
    );
    // Nothing retries on its own: no update is pending after the failure.
    expect(widgets.map((el) => el.isUpdatePending)).to.deep.equal([false, false]);

    // Still failing: the next update fetches it again (once for both).
    await update(widgets);
    expect(chunkRequests()).to.equal(2);
    expect(hrefs(widgets)).to.deep.equal([null, null]);

    // The network is back: a new widget fetches it and its link gets an address.
    failChunk(false);
    const later = await widget('city-news-card', { title: 'Later' });
    later.downloadable = true;
    await later.updateComplete;
    expect(chunkRequests()).to.equal(3);
    const [href] = hrefs([later]);
    expect(href).to.match(/^blob:/);
    expect((await (await win.fetch(href!)).json()).title).to.deep.equal({ und: 'Later' });
    // The widgets that failed get theirs at their next update, from the code that has come.
    expect(hrefs(widgets)).to.deep.equal([null, null]);
    await update(widgets);
    expect(hrefs(widgets).map((h) => h?.startsWith('blob:'))).to.deep.equal([true, true]);
    expect(chunkRequests()).to.equal(3);
  });
});

describe('"Get the data" code (data-link.ts, #15)', () => {
  it('is not loaded for widgets without downloadable; with it, each link shows at once as plain text and then gets a working address', async () => {
    const areasData = [{ title: 'A', items: ['x'] }];
    const cities = [
      { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
      { id: 'mo', name: 'Moskva', lat: 55.75, lon: 37.62 },
    ];
    const widgets = [
      (await placed<Downloadable>('city-news-card', { title: 'T' })).el,
      (await placed<Downloadable>('cooperation-areas', areasData)).el,
      (await placed<Downloadable>('partner-city-map', cities)).el,
    ];
    for (const el of widgets) expect(part(el, 'download'), el.localName).to.equal(null);
    expect(requests(), 'the files were requested without downloadable').to.equal(0);

    const first = widgets.map(firstLink);
    for (const el of widgets) el.downloadable = true;
    // Before the code has come: the label, but not a link (no address, not focusable).
    expect(await Promise.all(first)).to.deep.equal([
      { href: false, focusable: false, text: 'Prenesi podatke (JSON)' },
      { href: false, focusable: false, text: 'Prenesi podatke (CSV)' },
      { href: false, focusable: false, text: 'Prenesi podatke (CSV)' },
    ]);
    // updateComplete waits for the address.
    await Promise.all(widgets.map((el) => el.updateComplete));
    const links = widgets.flatMap((el) => parts<HTMLAnchorElement>(el, 'download'));
    expect(links.map((a) => a.href.startsWith('blob:'))).to.deep.equal([true, true, true, true]);
    expect((await (await fetch(links[0].href)).json()).title).to.deep.equal({ und: 'T' });
    expect((await (await fetch(links[1].href)).text()).split('\r\n')[1]).to.equal('"a","A","x","",""');
    expect(JSON.parse(await (await fetch(links[3].href)).text()).features).to.have.length(2);
    // Once for the page, whichever widget asked.
    expect(requests()).to.equal(1);
    for (const el of widgets) await expect(el).to.be.accessible();
  });
});
