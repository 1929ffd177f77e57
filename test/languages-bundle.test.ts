import { expect, waitUntil } from '@open-wc/testing';

/*
 * The built-in languages in the standalone builds (built by `vite build --mode bundle`, which
 * `npm test` runs first), each on a German page in an iframe: the one-file bundle and the loader
 * fetch the same German chunk from beside them; the single standalone file has it inside.
 */

async function open(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Window;
}

const shadowText = (win: Window, selector: string, part: string) =>
  (win.document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The files of dist/ that the page fetched. */
const fetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

async function german(path: string): Promise<string[]> {
  const win = await open(path);
  await waitUntil(() => shadowText(win, 'city-news-card', 'read-more') === 'Weiterlesen (1 weiterer Absatz)', `${path}: card not German`, { timeout: 10000 });
  await waitUntil(() => shadowText(win, 'cooperation-areas', 'count') === '3 Einträge', `${path}: areas not German`, { timeout: 10000 });
  return fetched(win).filter((f) => /lang-/.test(f));
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
    const win = await open('/test/fixtures/languages-standalone-de.html');
    await waitUntil(() => shadowText(win, 'city-news-card', 'read-more') === 'Weiterlesen (1 weiterer Absatz)', 'card not German', { timeout: 10000 });
    expect(fetched(win)).to.deep.equal(['/dist/partner-city-widgets.standalone.js']);
  });
});
