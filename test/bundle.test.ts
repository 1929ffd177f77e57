import { expect, waitUntil } from '@open-wc/testing';
import { distFiles, openWindow, settled, titleOf } from '../src/test-support/helpers.js';

/*
 * The one-file bundle (dist/partner-city-widgets.js, built by `npm test` first) on plain
 * pages, each in its own iframe so that it has its own custom-element registry.
 */

type BundleWindow = Window & { __loaded?: boolean; __warnings?: string[]; __errors?: string[] };
const open = (path: string) => openWindow<BundleWindow>(path);
/** The title of the first `selector` of the page. */
const title = (win: Window, selector: string) => titleOf(win.document.querySelector(selector));

describe('dist/partner-city-widgets.js', () => {
  it('lets a page with only the bundle use <city-news-card> with src, data and an inline script', async () => {
    const win = await open('/test/fixtures/bundle-page.html');
    await waitUntil(() => title(win, '#by-src') === 'We are continuing good cooperation with Moscow', 'src card did not render', {
      timeout: 5000,
    });
    expect(title(win, '#by-attribute')).to.equal('From the attribute');
    expect(title(win, '#by-script')).to.equal('From the inline script');
    const areas = win.document.querySelector('#areas')!;
    await waitUntil(() => areas.shadowRoot?.querySelectorAll('[part~="item"]').length === 24, 'areas did not render', { timeout: 5000 });
    // The map's shapes come lazily from beside the bundle.
    const map = win.document.querySelector('#map')!;
    // Country shapes drawn (rings: the countries are one path per fill class).
    const rings = () =>
      map.shadowRoot
        ? [...map.shadowRoot.querySelectorAll('[part~="country"]')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0)
        : 0;
    await waitUntil(() => rings() > 20, 'map shapes not drawn', {
      timeout: 5000,
    });
    const shapes = win.performance.getEntriesByType('resource').filter((r) => /partner-city-widgets-shapes-/.test(r.name));
    expect(shapes).to.have.length(1);
  });

  it('ships minified templates that keep the words apart: no indentation in the shadow DOM, one space between inline pieces', async () => {
    const win = await open('/test/fixtures/card-only.html');
    const card = win.document.querySelector('city-news-card')!;
    await waitUntil(() => title(win, 'city-news-card') === 'We are continuing good cooperation with Moscow', 'card did not render', {
      timeout: 5000,
    });
    const markup = card.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
    expect(markup).to.not.match(/\n\s/);
    // "Read more (3 more paragraphs)": the space between the label and its count survives.
    const more = card.shadowRoot!.querySelector('[part~="read-more"]')!;
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Read more \(\d+ more paragraphs?\)$/);
  });

  it('makes a page with only a card download no map shapes and no sanitiser', async () => {
    const win = await open('/test/fixtures/card-only.html');
    await waitUntil(() => title(win, 'city-news-card') === 'We are continuing good cooperation with Moscow', 'card did not render', {
      timeout: 5000,
    });
    expect(distFiles(win)).to.deep.equal(['/dist/partner-city-widgets.js']);
  });

  it('is harmless when loaded twice: no error, one warning', async () => {
    const win = await open('/test/fixtures/bundle-twice.html');
    await waitUntil(() => title(win, 'city-news-card') === 'Still works', 'card did not render', { timeout: 5000 });
    expect(win.__errors).to.deep.equal([]);
    // One warning in all, naming the tags that the second copy found defined already.
    expect(win.__warnings).to.deep.equal([
      '[partner-city-widgets] loaded twice: city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline are already defined; the first definition is kept.',
    ]);
  });

  for (const order of ['bundle-first', 'npm-first']) {
    it(`is harmless with the npm build on the same page (${order}): no error, one warning of the library`, async () => {
      // The npm build here is the sources through the test server: its own copy of Lit and of the classes.
      const win = await open(`/test/fixtures/bundle-and-npm.html?order=${order}`);
      await waitUntil(() => win.__loaded, 'the two copies did not load', { timeout: 10000 });
      await waitUntil(() => title(win, 'city-news-card') === 'Still works', 'card did not render', { timeout: 5000 });
      await settled(win);
      expect(win.__errors).to.deep.equal([]);
      // Lit's development build may add its own notices; the library itself says one thing.
      expect(win.__warnings!.filter((w) => !/^Lit is in dev mode|Multiple versions of Lit loaded/.test(w))).to.deep.equal([
        '[partner-city-widgets] loaded twice: city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline are already defined; the first definition is kept.',
      ]);
    });
  }
});
