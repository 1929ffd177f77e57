import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { openListRows, markers, network } from '../../test-support/partner-city-map.fixtures.js';
import { part, qa, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>'s first frame: the country shapes start loading when the map is connected
// (not once its data is there), and the rows of the table of the cities come when it is opened.
// (Its own file: the shapes are loaded once per page, so this page must not have loaded them yet.)

/** The requests this page made for the built-in shapes (shapes.ts and its data, or a built chunk). */
const shapeRequests = () => performance.getEntriesByType('resource').filter((e) => /partner-city-map\/shapes/.test(e.name));

/** Maps added by `drawnMap`, taken out after each test. */
const added: PartnerCityMap[] = [];

/** A map of `network` in English, added to the page; resolves once it is drawn (its pcw-load comes with the ready view). */
async function drawnMap(): Promise<PartnerCityMap> {
  const el = document.createElement('partner-city-map') as PartnerCityMap;
  el.lang = 'en';
  el.data = network;
  const loaded = oneEvent(el, 'pcw-load');
  document.body.append(el);
  added.push(el);
  await loaded;
  return el;
}

/** How wide the list shows: its table's width when open, the 1px of a visually hidden box when not. */
const listWidth = (el: PartnerCityMap) => part(el, 'list')!.getBoundingClientRect().width;

describe('<partner-city-map> first frame', () => {
  afterEach(() => added.splice(0).forEach((el) => el.remove()));

  it('starts loading its country shapes when connected, while its data is still on the way', async () => {
    expect(shapeRequests()).to.have.length(0);
    const el = await fixture<PartnerCityMap>(html`<partner-city-map src="/test-api/hang?ms=5000"></partner-city-map>`);
    await waitUntil(() => shapeRequests().length > 0, 'the shapes were not asked for before the data came', { timeout: 4000 });
    expect(el.state).to.equal('loading');
  });

  it('does not load the built-in shapes for a map with its own basemap', async () => {
    const before = shapeRequests().length;
    const el = await fixture<PartnerCityMap>(
      html`<partner-city-map basemap="/test-api/hang?ms=3000" src="/test-api/hang?ms=3000"></partner-city-map>`,
    );
    expect(el.state).to.equal('loading');
    expect(shapeRequests()).to.have.length(before);
  });

  it('renders the rows of the table of the cities only when the list is opened (listRows "on-demand")', async () => {
    // pcw-load comes once the ready state is rendered: the map is drawn, the table not yet.
    const el = await drawnMap();
    expect(markers(el)).to.have.length(5);
    // Its box is there for the toggle's aria-controls.
    expect(part(el, 'list-toggle')!.getAttribute('aria-controls')).to.equal(part(el, 'list')!.id);
    // Labels placed after the first frame, then the page idle (when the rows came before): still no row.
    await el.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(qa(el, '[part~="list"] tbody tr')).to.have.length(0);
    await expect(el).to.be.accessible();
    // Opened, as a reader does: the rows, shown.
    part(el, 'list-toggle')!.click();
    await el.updateComplete;
    const rows = qa<HTMLTableRowElement>(el, '[part~="list"] tbody tr');
    expect(rows.map((r) => textOf(r.querySelector('th')))).to.deep.equal([
      'Ljubljana (home city)',
      'Zagreb',
      'Wien',
      'Bratislava',
      'Parma',
    ]);
    expect(textOf(rows[1].children[1])).to.equal('Croatia');
    expect(listWidth(el)).to.be.greaterThan(100);
    // Closed again: hidden, and still there for screen readers.
    part(el, 'list-toggle')!.click();
    await el.updateComplete;
    expect(listWidth(el)).to.be.lessThan(3);
    expect(qa(el, '[part~="list"] tbody tr')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('with listRows "always", renders the rows after the map is drawn, without the list being opened', async () => {
    // As the README sets it on a page with the script-tag bundle.
    const Map = (await customElements.whenDefined('partner-city-map')) as typeof PartnerCityMap;
    Map.listRows = 'always';
    try {
      const el = await drawnMap();
      expect(qa(el, '[part~="list"] tbody tr')).to.have.length(0);
      await waitUntil(() => qa(el, '[part~="list"] tbody tr').length === 5, 'the rows never came', { timeout: 5000 });
      expect(part(el, 'list-toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect(listWidth(el)).to.be.lessThan(3);
      await expect(el).to.be.accessible();
    } finally {
      Map.listRows = 'on-demand';
    }
  });

  it('keeps the hidden table a table for screen readers: its column headers, not the stacked narrow layout', async () => {
    const el = await drawnMap();
    // Opened and closed again: its rows stay, hidden.
    const rows = await openListRows(el);
    part(el, 'list-toggle')!.click();
    await el.updateComplete;
    expect(listWidth(el)).to.be.lessThan(3);
    // Its 1px box is no container of the narrow rule: the header row is there, no labels are generated.
    const head = el.shadowRoot!.querySelector('thead')!;
    expect(getComputedStyle(head).display).to.equal('table-header-group');
    expect(qa(el, 'thead th').map((th) => textOf(th))).to.deep.equal(['City', 'Country', 'Partner since', 'Link']);
    expect(getComputedStyle(rows[1]).display).to.equal('table-row');
    expect(getComputedStyle(rows[1].children[1], '::before').content).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('shows the table at once when the list is opened right after the map is drawn', async () => {
    const el = await drawnMap();
    part(el, 'list-toggle')!.click();
    await el.updateComplete;
    expect(qa(el, '[part~="list"] tbody tr')).to.have.length(5);
    expect(listWidth(el)).to.be.greaterThan(100);
  });
});
