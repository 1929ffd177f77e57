import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, part, parts, q } from '../src/test-support/helpers.js';
import type * as App from './fixtures/react-app.js';

/*
 * partner-city-widgets/react (src/react.ts) with React 19, in the browser. React is CommonJS,
 * so test/fixtures/react-app.ts is bundled beforehand by scripts/build-test-fixtures.mjs
 * (`npm run build:test-fixtures`); this file loads that bundle.
 */

const BUNDLE = '/node_modules/.cache/partner-city-widgets/react-app.js';

let app: typeof App;
let container: HTMLElement;
let root: ReturnType<typeof App.createRoot>;

const render = (node: ReturnType<typeof App.createElement>) => app.flushSync(() => root.render(node));

describe('partner-city-widgets/react (React 19)', () => {
  before(async () => {
    try {
      app = (await import(BUNDLE)) as typeof App;
    } catch (e) {
      throw new Error(`${BUNDLE} is missing: run \`npm run build:test-fixtures\` before web-test-runner (${String(e)})`);
    }
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = app.createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders <city-news-card> from the data prop (a property, not an attribute), and updates it', async () => {
    const loads: App.PcwLoadEvent<unknown>[] = [];
    render(app.createElement(app.CityNewsCard, { data: { title: 'From React' }, headingLevel: 3, onPcwLoad: (e) => loads.push(e) }));
    const el = container.querySelector('city-news-card')!;
    expect(el.constructor).to.equal(customElements.get('city-news-card'));
    await waitUntil(() => part(el, 'title')?.textContent?.trim() === 'From React', 'card did not render', { timeout: 5000 });
    expect(el.hasAttribute('data')).to.equal(false);
    expect(part(el, 'title')!.localName).to.equal('h3');
    await waitUntil(() => loads.length === 1, 'no pcw-load reached onPcwLoad', { timeout: 5000 });
    expect(loads[0].detail.source).to.equal('property');

    render(app.createElement(app.CityNewsCard, { data: { title: 'Updated' }, headingLevel: 3, onPcwLoad: (e) => loads.push(e) }));
    await waitUntil(() => part(el, 'title')?.textContent?.trim() === 'Updated', 'card did not update', { timeout: 5000 });
  });

  it('calls onPcwTagSelect and onPcwToggle with the typed events', async () => {
    const tags: (string | null)[] = [];
    const toggles: boolean[] = [];
    const data = { title: 'Tags', tags: ['moskva'], body: ['One.', 'Two.', 'Three.'] };
    render(
      app.createElement(app.CityNewsCard, {
        data,
        previewParagraphs: 1,
        tagHref: '#tag={tag}',
        onPcwTagSelect: (e) => {
          tags.push(e.detail.tag);
          e.preventDefault();
        },
        onPcwToggle: (e) => toggles.push(e.detail.expanded),
      }),
    );
    const el = container.querySelector('city-news-card')!;
    await waitUntil(() => part(el, 'tag'), 'no tag link', { timeout: 5000 });
    part(el, 'tag')!.click();
    part(el, 'read-more')!.click();
    expect(tags).to.deep.equal(['moskva']);
    expect(toggles).to.deep.equal([true]);
  });

  it('renders <cooperation-areas> and <partner-city-map>, with onPcwAreaToggle, onPcwCitySelect and onPcwError', async () => {
    const areaToggles: { id: string; open: boolean }[] = [];
    const cities: string[] = [];
    const errors: string[] = [];
    const network = {
      cities: [
        { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
        { id: 'mo', name: 'Moskva', lat: 55.75, lon: 37.62 },
      ],
    };
    // The invalid card below warns on the console, as it should; kept out of the test's log.
    const warn = console.warn;
    console.warn = () => {};
    try {
      render(
        app.createElement(
          'div',
          null,
          app.createElement(app.CooperationAreas, {
            src: '/demo/data/ljubljana-moskva-2019.json',
            lang: 'en',
            onPcwAreaToggle: (e) => areaToggles.push(e.detail),
          }),
          app.createElement(app.PartnerCityMap, { data: network, onPcwCitySelect: (e) => cities.push(e.detail.city.id) }),
          app.createElement(app.CityNewsCard, { data: 42, onPcwError: (e) => errors.push(e.detail.kind) }),
        ),
      );
      await waitUntil(() => errors.length === 1, 'no pcw-error reached onPcwError', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal(['invalid']);

    const areasEl = container.querySelector('cooperation-areas')!;
    await waitUntil(() => part(areasEl, 'area-toggle'), 'areas did not render', { timeout: 5000 });
    part(areasEl, 'area-toggle')!.click();
    expect(areaToggles).to.deep.equal([{ id: 'city-management', open: true }]);

    const mapEl = container.querySelector('partner-city-map')!;
    await waitUntil(() => q(mapEl, '.city[data-id="mo"]'), 'map did not render', { timeout: 5000 });
    q(mapEl, '.city[data-id="mo"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(cities).to.deep.equal(['mo']);
  });

  it('renders <city-news-feed> from the data prop, with onPcwTagSelect and onPcwFeedMore', async () => {
    const tags: (string | null)[] = [];
    const shown: number[] = [];
    const items = Array.from({ length: 12 }, (_, i) => ({
      title: `Item ${i}`,
      published: `2020-01-${String(i + 1).padStart(2, '0')}`,
      tags: ['moskva'],
    }));
    render(
      app.createElement(app.CityNewsFeed, {
        data: items,
        pageSize: 5,
        onPcwTagSelect: (e) => tags.push(e.detail.tag),
        onPcwFeedMore: (e) => shown.push(e.detail.shown),
      }),
    );
    const el = container.querySelector('city-news-feed')!;
    expect(el.constructor).to.equal(customElements.get('city-news-feed'));
    await waitUntil(() => parts(el, 'item').length === 5, 'feed did not render', { timeout: 5000 });
    part(el, 'more')!.click();
    part(el, 'tag')!.click();
    expect(shown).to.deep.equal([10]);
    expect(tags).to.deep.equal(['moskva']);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('renders on the server with React (renderToString) with every prop in the HTML, and the elements render from it', async () => {
    // test/fixtures/ssr/react.html: written by scripts/ssr-render.mjs from the wrappers in Node.
    const frame = await openFrame('/test/fixtures/ssr/react.html');
    try {
      const doc = frame.contentDocument!;
      type Widget = HTMLElement & { state: string };
      const card = doc.querySelector<Widget>('#react-card')!;
      const areas = doc.querySelector<Widget>('#react-areas')!;
      const map = doc.querySelector<Widget>('#react-map')!;
      // What the server wrote, before any script: the props as attributes.
      expect(card.getAttribute('src')).to.equal('/test-api/announcement?title=From%20src');
      expect(card.getAttribute('heading-level')).to.equal('3');
      await waitUntil(() => [card, areas, map].every((w) => w.state === 'ready'), 'the server-rendered widgets did not render', {
        timeout: 10000,
      });
      expect(part(card, 'title')!.closest('h3')).to.not.equal(null);
      expect(part(card, 'title')!.textContent!.trim()).to.equal('From src');
      expect(part(card, 'body')).to.equal(null); // variant="compact"
      expect(parts(areas, 'area')).to.have.length(7);
      expect(part(areas, 'search-input')).to.not.equal(null);
      expect(part(map, 'list-toggle')!.textContent!.trim()).to.equal('Показать списком');
    } finally {
      frame.remove();
    }
  });
});
