import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { captureWarningsPerTest, part, parts, placed, type Widget } from '../test-support/helpers.js';
import type { Article } from '../model/types.js';
import { DataLink, sharedImport, type FilesCode } from './data-link.js';
import '../components/city-news-card/city-news-card.js';
import '../components/cooperation-areas/cooperation-areas.js';
import '../components/partner-city-map/partner-city-map.js';

// "Get the data" as a lazy chunk (#15 bytes): the code that writes the files (data-files.ts)
// loads only when a widget has `downloadable`. One page per test file: this file's widgets are
// the first to ask for it (keep any other test that sets `downloadable` after this one).

const warnings = captureWarningsPerTest();

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

// A failed load of the files' code (a network blip) is not kept: the next update tries again.
// The widgets load the page's shared code; these hosts (a widget's use of DataLink, in small) get
// the same sharing from `sharedImport`, over an import that really fails while `failing` is set
// (a module request the test server answers with 503) and is the real chunk after.

let failing = true;
let attempts = 0;
const flakyCode = sharedImport<FilesCode>(() => {
  attempts++;
  return failing ? import(/* @vite-ignore */ `/test-api/status?code=503&n=${attempts}`) : import('./data-files.js');
});

const announcement: Article = { title: { und: 'T' }, body: [], tags: [] };

/** A widget with a "Get the data" link, as the card has it. */
class FlakyHost extends LitElement {
  static override properties = { downloadable: { type: Boolean }, revision: { type: Number } };
  downloadable = false;
  /** Changed to make the widget update. */
  revision = 0;
  private readonly dataLink = new DataLink(this, flakyCode);

  protected override willUpdate() {
    if (this.downloadable) this.dataLink.load();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    return this.dataLink.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  protected override render() {
    if (!this.downloadable) return nothing;
    const href = this.dataLink.url(announcement, (files) => files.articleJson(announcement));
    return html`<a part="download" href=${ifDefined(href)} download="announcement.json">Get the data</a>`;
  }
}
customElements.define('data-link-flaky-host', FlakyHost);

const host = () => fixture<FlakyHost>(html`<data-link-flaky-host></data-link-flaky-host>`);
const hrefOf = (el: FlakyHost) => part(el, 'download')?.getAttribute('href') ?? null;

describe('"Get the data" code that failed to load (data-link.ts)', () => {
  it('is fetched again at the next update or by a new widget, one attempt for every widget waiting, and then gives the links their address', async () => {
    const widgets = [await host(), await host()];
    for (const el of widgets) el.downloadable = true;
    await Promise.all(widgets.map((el) => el.updateComplete));
    // One attempt for both widgets; it failed: each link is text without an address, each widget warned.
    expect(attempts).to.equal(1);
    expect(widgets.map(hrefOf)).to.deep.equal([null, null]);
    expect(warnings.calls).to.have.length(2);
    expect(warnings.calls[0]).to.match(/^\[data-link-flaky-host\] "Get the data" could not be loaded/);
    // Nothing retries on its own: no update is pending after the failure.
    expect(widgets.map((el) => el.isUpdatePending)).to.deep.equal([false, false]);
    expect(attempts).to.equal(1);

    // Still failing: the next update tries again (once for both), warns no more.
    for (const el of widgets) el.revision++;
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(attempts).to.equal(2);
    expect(widgets.map(hrefOf)).to.deep.equal([null, null]);
    expect(warnings.calls).to.have.length(2);

    // The network is back: a new widget asks, the code comes, its link gets its address.
    failing = false;
    const later = await host();
    later.downloadable = true;
    await later.updateComplete;
    expect(attempts).to.equal(3);
    const href = hrefOf(later)!;
    expect(href).to.match(/^blob:/);
    expect((await (await fetch(href)).json()).title).to.deep.equal({ und: 'T' });
    // The widgets that failed get theirs at their next update, from the code that has come.
    expect(widgets.map(hrefOf)).to.deep.equal([null, null]);
    for (const el of widgets) el.revision++;
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(widgets.map((el) => /^blob:/.test(hrefOf(el) ?? ''))).to.deep.equal([true, true]);
    expect(attempts).to.equal(3);
    for (const el of [...widgets, later]) await expect(el).to.be.accessible();
  });
});
