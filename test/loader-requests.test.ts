import { expect, waitUntil } from '@open-wc/testing';
import { openWindow, titleOf } from '../src/test-support/helpers.js';

/*
 * dist/loader.js asks for an element's chunk and the chunks that chunk imports at once (the
 * build's fetchDepsAtOnce, vite.config.ts), not one round trip after the other (#15: the card
 * through the loader was a waterfall of loader.js, its display rule, the card's chunk, then
 * Lit and the host styles; on a phone each step is a round trip). In a file of its own: a test
 * file has a fresh browser context, so these are the page's first requests for the chunks (no
 * cache). What is compared is the order of the requests, not their durations.
 */

// While this cookie is set, the test server answers each of loader.js's chunks a second late
// (test/test-api.mjs): a chunk asked for only once another has come is then asked for at least a
// second after the first ones, whatever the machine's load; asked for at once, it is not.
const slowChunks = (on: boolean) => (document.cookie = `pcw-slow-prefix=/dist/loader-; path=/${on ? '' : '; max-age=0'}`);

describe('dist/loader.js: requests', () => {
  before(() => slowChunks(true));
  after(() => slowChunks(false));

  it("requests the card's chunk and every chunk it imports at once, right after loader.js", async () => {
    const win = await openWindow('/test/fixtures/loader-card-only.html');
    await waitUntil(() => titleOf(win.document.querySelector('city-news-card')) === 'Only a card', 'card did not render', {
      timeout: 10000,
    });
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const file = (e: PerformanceResourceTiming) => new URL(e.name).pathname.split('/').pop()!;
    const card = entries.find((e) => /^loader-city-news-card-[\w-]+\.js$/.test(file(e)));
    expect(card, 'the card chunk was not requested').to.exist;
    // Everything the loader fetched for the card, after its own file.
    const forTheCard = entries.filter((e) => /^loader-/.test(file(e)) && e !== card);
    expect(
      forTheCard.map(file).some((f) => /^loader-host-/.test(f)),
      'Lit and the host styles (loader-host) were not requested',
    ).to.equal(true);
    const late = forTheCard.filter((e) => e.startTime >= card!.responseEnd).map(file);
    expect(late, "requested only after the card's chunk had arrived").to.deep.equal([]);

    // Nothing between loader.js and the card's files: loader.js imports no file of its own. (The
    // display rule was a chunk shared by loader.js and the elements' tag modules: the page fetched
    // it after loader.js and only then the card's files, one round trip more; at 100 ms of
    // latency the card and the areas rendered about 110 ms later, npm run bench, section 8.)
    const dist = entries.filter((e) => new URL(e.name).pathname.startsWith('/dist/'));
    expect(dist.map(file).filter((f) => !/^loader-/.test(f))).to.deep.equal(['loader.js']);
    const firstArrived = Math.min(...dist.filter((e) => /^loader-/.test(file(e))).map((e) => e.responseEnd));
    const afterOne = dist.filter((e) => /^loader-/.test(file(e)) && e.startTime >= firstArrived).map(file);
    expect(afterOne, "requested only after another of the card's files had arrived").to.deep.equal([]);
  });
});
