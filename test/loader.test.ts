import { expect, waitUntil } from '@open-wc/testing';
import { distFiles, openWindow, TAGS, titleOf } from '../src/test-support/helpers.js';

/*
 * dist/loader.js (built by `vite build --mode bundle`, which `npm test` runs first) on a plain
 * page in an iframe, so that it has its own custom-element registry.
 */

type LoaderWindow = Window &
  typeof globalThis & { __loader?: { discover(root: ParentNode): Promise<void>; load(tag: string): Promise<void>; TAGS: string[] } };

const open = (path: string) => openWindow<LoaderWindow>(path);
const defined = (win: Window) => TAGS.filter((t) => win.customElements.get(t));
const NETWORK = JSON.stringify({
  cities: [
    { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
    { id: 'mo', name: 'Moskva', lat: 55.75, lon: 37.62 },
  ],
});

describe('dist/loader.js', () => {
  it('defines only the tags on the page and fetches only their code', async () => {
    const win = await open('/test/fixtures/loader-card-only.html');
    await waitUntil(() => titleOf(win.document.querySelector('city-news-card')) === 'Only a card', 'card did not render', {
      timeout: 5000,
    });
    expect(defined(win)).to.deep.equal(['city-news-card']);
    const files = distFiles(win);
    expect(files).to.include('/dist/loader.js');
    expect(
      files.some((f) => /^\/dist\/loader-city-news-card-[\w-]+\.js$/.test(f)),
      files.join(' '),
    ).to.equal(true);
    // Nothing of the other elements, nor the map's shapes, nor the one-file bundle.
    expect(files.filter((f) => /cooperation-areas|partner-city-map|shapes|partner-city-widgets\.js/.test(f))).to.deep.equal([]);
  });

  it('defines a tag added later, also inside an added subtree', async () => {
    const win = await open('/test/fixtures/loader-card-only.html');
    await waitUntil(() => win.customElements.get('city-news-card'), 'card not defined', { timeout: 5000 });
    const map = win.document.createElement('partner-city-map');
    map.setAttribute('data', NETWORK);
    win.document.body.append(map);
    await waitUntil(() => win.customElements.get('partner-city-map'), 'the added map was never defined', { timeout: 5000 });
    await waitUntil(() => (map.shadowRoot?.querySelectorAll('[part~="city"]').length ?? 0) === 2, 'map did not render its cities', {
      timeout: 5000,
    });
    expect(defined(win)).to.deep.equal(['city-news-card', 'partner-city-map']);

    const wrapper = win.document.createElement('section');
    wrapper.innerHTML = '<div><cooperation-areas layout="list"></cooperation-areas></div>';
    win.document.body.append(wrapper);
    await waitUntil(() => win.customElements.get('cooperation-areas'), 'the nested cooperation-areas was never defined', { timeout: 5000 });
    expect(wrapper.querySelector('cooperation-areas')!.matches(':defined')).to.equal(true);
    // Each element's code came once.
    const files = distFiles(win);
    expect(files.filter((f) => /loader-partner-city-map-/.test(f))).to.have.length(1);
    expect(files.filter((f) => /loader-cooperation-areas-/.test(f))).to.have.length(1);
  });

  it('defines elements in a shadow root with discover(), and rejects unknown tags in load()', async () => {
    const win = await open('/test/fixtures/loader-card-only.html');
    await waitUntil(() => win.__loader, 'loader API not exposed', { timeout: 5000 });
    const host = win.document.createElement('div');
    win.document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<cooperation-areas></cooperation-areas>';
    // The document's observer does not see into shadow roots: once it has defined a timeline
    // added to the document after the shadow root's areas, the areas are still undefined.
    win.document.body.append(win.document.createElement('partnership-timeline'));
    await waitUntil(() => win.customElements.get('partnership-timeline'), 'the observer never defined the added timeline', {
      timeout: 10000,
    });
    expect(win.customElements.get('cooperation-areas')).to.equal(undefined);
    expect(
      distFiles(win).filter((f) => /loader-cooperation-areas-/.test(f)),
      "the areas' code was asked for",
    ).to.deep.equal([]);
    await win.__loader!.discover(root);
    expect(win.customElements.get('cooperation-areas')).to.not.equal(undefined);
    expect(win.__loader!.TAGS).to.deep.equal(TAGS);
    let error: unknown;
    await win.__loader!.load('no-such-tag').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('no element <no-such-tag>');
  });

  it('defines <city-news-card> with a feed, and the feed shows its items as cards', async () => {
    // loader.js defines the elements' classes itself (not through their tag modules, which would
    // put the display rule in a chunk of its own); the feed's items are <city-news-card>s, so its
    // tag loads the card's too, through the same once-only load.
    const win = await open('/test/fixtures/loader-feed-only.html');
    const feed = win.document.querySelector('city-news-feed')!;
    const cards = () => [...(feed.shadowRoot?.querySelectorAll('city-news-card') ?? [])];
    await waitUntil(() => cards().length === 2 && cards().every((c) => titleOf(c) !== ''), 'the feed showed no cards', {
      timeout: 5000,
    });
    expect(cards().map(titleOf)).to.deep.equal(['First item', 'Second item']);
    expect(defined(win)).to.deep.equal(['city-news-card', 'city-news-feed']);
    // Then a card added to the page: defined already, its code not asked for again.
    const card = win.document.createElement('city-news-card');
    card.setAttribute('data', '{"title": "A card too"}');
    win.document.body.append(card);
    await waitUntil(() => titleOf(card) === 'A card too', 'the added card did not render', { timeout: 5000 });
    expect(distFiles(win).filter((f) => /loader-city-news-card-/.test(f))).to.have.length(1);
  });
});
