import { expect, waitUntil } from '@open-wc/testing';
import { distFiles, openWindow, part, textOf } from '../src/test-support/helpers.js';

/*
 * The built-in languages in the standalone builds (built by `vite build --mode bundle`, which
 * `npm test` runs first), each on a German page in an iframe: the one-file bundle and the loader
 * fetch the same German chunk from beside them; the single standalone file has it inside.
 */

/** The text of the part `name` of the first `selector` of the page, whitespace folded. */
const shadowText = (win: Window, selector: string, name: string) => textOf(part(win.document.querySelector(selector), name));

async function german(path: string): Promise<string[]> {
  const win = await openWindow(path);
  await waitUntil(() => shadowText(win, 'city-news-card', 'read-more') === 'Weiterlesen (1 weiterer Absatz)', `${path}: card not German`, {
    timeout: 10000,
  });
  await waitUntil(() => shadowText(win, 'cooperation-areas', 'count') === '3 Einträge', `${path}: areas not German`, { timeout: 10000 });
  return distFiles(win).filter((f) => /lang-/.test(f));
}

describe('built-in languages in dist/', () => {
  it('the bundle and the loader share one German chunk beside them, the only language they fetch', async () => {
    const bundle = await german('/test/fixtures/languages-bundle-de.html');
    const loader = await german('/test/fixtures/languages-loader-de.html');
    expect(bundle).to.have.length(1);
    expect(bundle[0]).to.match(/^\/dist\/partner-city-widgets-lang-de-[\w-]+\.js$/);
    expect(loader).to.deep.equal(bundle);
  });

  it('the single standalone file has the languages inside: German with no other request', async () => {
    const win = await openWindow('/test/fixtures/languages-standalone-de.html');
    await waitUntil(() => shadowText(win, 'city-news-card', 'read-more') === 'Weiterlesen (1 weiterer Absatz)', 'card not German', {
      timeout: 10000,
    });
    expect(distFiles(win)).to.deep.equal(['/dist/partner-city-widgets.standalone.js']);
  });
});
