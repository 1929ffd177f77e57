import { expect, waitUntil } from '@open-wc/testing';
import { distFiles, openWindow, part, parts, titleOf } from '../src/test-support/helpers.js';

/*
 * "Get the data" as a lazy chunk (#15 bytes), in the built files (dist/, built by `npm test`
 * first): the code that writes the files is a chunk of its own (partner-city-widgets-data-files-*.js,
 * one file that the bundle and the loader share), fetched only on a page with a `downloadable`
 * widget. Each page in its own frame: its own registry.
 */

const widgets = (win: Window) => ['city-news-card', 'cooperation-areas', 'partner-city-map'].map((t) => win.document.querySelector(t)!);
const dataFiles = (win: Window) => distFiles(win).filter((f) => /data-files-[\w-]+\.js$/.test(f));

for (const script of ['bundle', 'loader']) {
  describe(`"Get the data" through the ${script === 'bundle' ? 'one-file bundle' : 'loader'}`, () => {
    it('a page without downloadable never fetches the code that writes the files', async () => {
      const win = await openWindow(`/test/fixtures/downloads.html?script=${script}`);
      const [card, areas, map] = widgets(win);
      await waitUntil(() => titleOf(card) === 'Only a card', 'the card did not render', { timeout: 10000 });
      await waitUntil(() => parts(areas, 'area-title').length === 1 && parts(map, 'city').length === 2, 'areas or map did not render', {
        timeout: 10000,
      });
      await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(parts(card, 'download').length + parts(areas, 'download').length + parts(map, 'download').length).to.equal(0);
      expect(dataFiles(win)).to.deep.equal([]);
    });

    it('a page with downloadable fetches it once, and every link gets a working address', async () => {
      const win = await openWindow(`/test/fixtures/downloads.html?script=${script}&downloadable`);
      const els = widgets(win);
      const links = () => els.flatMap((el) => parts<HTMLAnchorElement>(el, 'download'));
      await waitUntil(() => links().length === 4 && links().every((a) => a.href.startsWith('blob:')), 'the links never got addresses', {
        timeout: 10000,
      });
      expect(dataFiles(win)).to.have.length(1);
      const [json, areasCsv, citiesCsv, geo] = links();
      expect(json.getAttribute('download')).to.equal('only-a-card.json');
      expect((await (await fetch(json.href)).json()).title).to.deep.equal({ und: 'Only a card' });
      expect((await (await fetch(areasCsv.href)).text()).split('\r\n')[1]).to.match(/^"[\w-]+","Culture","Exhibitions",/);
      expect((await (await fetch(citiesCsv.href)).text()).split('\r\n')).to.have.length(4);
      expect(JSON.parse(await (await fetch(geo.href)).text()).features).to.have.length(2);
      expect(part(els[0], 'download')!.textContent!.trim()).to.equal('Get the data (JSON)');
    });
  });
}
