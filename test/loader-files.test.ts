import { expect, waitUntil } from '@open-wc/testing';
import { distFiles, openWindow, titleOf } from '../src/test-support/helpers.js';

/*
 * How many files loader.js fetches (scripts/loader-chunks.mjs). A browser opens six connections
 * to one host over HTTP/1.1: a page's seventh file waits for one of the first six, a round trip
 * more. The widgets' shared modules are one file (loader-host), so a card takes three files and a
 * card with the areas six (they were six and nine, the shared helpers each a file of its own; at
 * 100 ms of latency card + areas rendered about 80 ms later). In a file of its own: a fresh browser
 * context, so these are the page's first requests.
 */

describe('dist/loader.js: files', () => {
  it('fetches a card and the areas in six files at most: the loader, the shared file and their own', async () => {
    const win = await openWindow('/test/fixtures/loader-card-areas.html');
    await waitUntil(() => titleOf(win.document.querySelector('city-news-card')) === 'A card', 'card did not render', {
      timeout: 10000,
    });
    const areas = win.document.querySelector('cooperation-areas')!;
    await waitUntil(() => areas.shadowRoot?.querySelector('[part~="item"]')?.textContent?.includes('Music'), 'areas did not render', {
      timeout: 10000,
    });
    const files = distFiles(win).map((f) => f.split('/').pop()!);
    const chunks = files.filter((f) => /^loader-/.test(f));
    expect(files.filter((f) => !/^loader-/.test(f))).to.deep.equal(['loader.js']);
    expect(
      chunks.some((f) => /^loader-host-/.test(f)),
      chunks.join(' '),
    ).to.equal(true);
    expect(chunks.length, chunks.join(' ')).to.be.at.most(6);
  });
});
