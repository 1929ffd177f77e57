import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, type Widget } from '../src/test-support/helpers.js';

/*
 * How the demo (demo/index.html) loads, in a phone-sized frame (issue #15, Lighthouse): the main
 * card's fallback carries the announcement's image (the card's own file, requested by the HTML),
 * the areas and the map are defined only when a reader comes near them, the property example
 * asks for its data then too, the sections below the card are not rendered before, and the
 * event log writes its time without Intl (the first Intl call of a page starts ICU).
 */

type DemoWindow = Window & typeof globalThis;

describe('demo loading (demo/index.html, phone-sized)', () => {
  let frame: HTMLIFrameElement;
  let win: DemoWindow;
  const errors: string[] = [];

  before(async function () {
    this.timeout(20000);
    frame = await openFrame('/demo/index.html?lang=sl&theme=light', { style: 'width: 400px; height: 800px' });
    win = frame.contentWindow as DemoWindow;
    win.addEventListener('error', (e) => errors.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    await win.customElements.whenDefined('city-news-card');
    await waitUntil(() => widget('main-card').state === 'ready', 'main card not ready', { timeout: 10000 });
  });
  after(() => frame.remove());

  const widget = (id: string) => win.document.getElementById(id) as Widget;
  const requests = (file: string) => win.performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith(file));

  it("shows the announcement's image in the main card's fallback: the card's file, requested once, at once", () => {
    const card = widget('main-card');
    const fallbackImage = card.querySelector<HTMLImageElement>(':scope > .fallback img');
    expect(fallbackImage, 'no image in the fallback').to.exist;
    expect(fallbackImage!.alt).to.equal('Ilustracija: Ljubljanski grad in moskovske kupole, povezani z lokom');
    expect(fallbackImage!.loading).to.not.equal('lazy');
    expect(fallbackImage!.getAttribute('fetchpriority')).to.equal('high');
    const cardImage = card.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]');
    expect(fallbackImage!.src).to.equal(cardImage!.src);
    expect(requests('/ljubljana-moskva.svg').map((r) => new URL(r.name).pathname)).to.deep.equal(['/demo/data/ljubljana-moskva.svg']);
  });

  it('defines the areas and the map, and loads the property example, only when a reader comes near them', async function () {
    this.timeout(30000);
    expect(win.customElements.get('cooperation-areas'), 'areas defined before they are near').to.equal(undefined);
    expect(win.customElements.get('partner-city-map'), 'map defined before it is near').to.equal(undefined);
    // Only the main card has asked for the seed (the property example fetches it itself).
    expect(requests('/ljubljana-moskva-2019.json')).to.have.length(1);
    widget('areas').scrollIntoView();
    await waitUntil(() => widget('areas').state === 'ready', 'areas not ready', { timeout: 10000 });
    widget('map').scrollIntoView();
    await waitUntil(() => widget('map').state === 'ready', 'map not ready', { timeout: 10000 });
    widget('property-card').scrollIntoView();
    await waitUntil(() => widget('property-card').state === 'ready', 'property example not ready', { timeout: 10000 });
    expect(requests('/ljubljana-moskva-2019.json')).to.have.length(2);
    expect(errors).to.deep.equal([]);
  });

  it('renders the sections below the main card only when a reader comes near them', async () => {
    frame.contentWindow!.scrollTo(0, 0);
    const sample = widget('sample-map');
    await waitUntil(() => !sample.checkVisibility({ contentVisibilityAuto: true }), 'the sample map is rendered at the top of the page');
    sample.scrollIntoView();
    await waitUntil(() => sample.checkVisibility({ contentVisibilityAuto: true }), 'the sample map is not rendered when seen');
  });

  it('writes the time of a logged event without Intl', () => {
    const calls: string[] = [];
    const spies: [object, string][] = [
      [win.Date.prototype, 'toLocaleTimeString'],
      [win.Date.prototype, 'toLocaleString'],
      [win.Date.prototype, 'toTimeString'],
      [win.Intl, 'DateTimeFormat'],
    ];
    const originals = spies.map(([target, name]) => Reflect.get(target, name) as (...args: unknown[]) => unknown);
    spies.forEach(([target, name], i) =>
      Object.defineProperty(target, name, {
        value: function (this: unknown, ...args: unknown[]) {
          calls.push(name);
          return new.target ? Reflect.construct(originals[i] as never, args) : originals[i].apply(this, args);
        },
        configurable: true,
        writable: true,
      }),
    );
    try {
      win.document.dispatchEvent(new win.CustomEvent('pcw-toggle', { detail: { expanded: true }, bubbles: true }));
    } finally {
      spies.forEach(([target, name], i) =>
        Object.defineProperty(target, name, { value: originals[i], configurable: true, writable: true }),
      );
    }
    expect(calls).to.deep.equal([]);
    const time = win.document.querySelector<HTMLTimeElement>('#event-log > li:first-child time')!;
    const at = new Date(time.dateTime);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(time.textContent).to.equal(`${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`);
  });
});
