import { expect } from '@open-wc/testing';
import { captureWarningsPerTest, part, parts, placed, type Widget } from '../test-support/helpers.js';
import '../components/city-news-card/city-news-card.js';
import '../components/cooperation-areas/cooperation-areas.js';
import '../components/partner-city-map/partner-city-map.js';

// "Get the data" as a lazy chunk (#15 bytes): the code that writes the files (data-files.ts)
// loads only when a widget has `downloadable`. One page per test file: this file's widgets are
// the first to ask for it (keep any other test that sets `downloadable` after this one).

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
