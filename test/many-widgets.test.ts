import { expect, waitUntil } from '@open-wc/testing';
import { openWindow } from '../src/test-support/helpers.js';

interface Frame {
  blocks: number;
  defined: boolean;
}
type ManyWindow = Window & { __frames: Frame[]; __definedAtOnce?: boolean };

/**
 * A page with many widgets in its HTML loads the one-file bundle or the loader (module scripts:
 * they run after the browser has laid the unknown elements out as inline boxes). Turning them all
 * into blocks at once is one long style and layout pass; the library does it a hundred per frame,
 * and defines the elements only when all are blocks (the bench measures the tasks: section 3).
 */
describe('many widgets in the HTML', () => {
  async function open(script: 'bundle' | 'loader', n: number): Promise<ManyWindow> {
    const win = await openWindow<ManyWindow>(`/test/fixtures/many-widgets.html?script=${script}&n=${n}`);
    const cards = () => [...win.document.getElementsByTagName('city-news-card')];
    expect(cards().length).to.equal(n);
    await waitUntil(() => cards().every((c) => c.shadowRoot?.querySelector('[part~="title"]')), 'every card rendered', { timeout: 20000 });
    // Two frames after the definition (the recorder stops then).
    await waitUntil(() => win.__frames.filter((f) => f.defined).length >= 3, 'frames after the definition', { timeout: 20000 });
    expect(cards().map((c) => c.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim())).to.include.members([
      'Card 1',
      `Card ${n}`,
    ]);
    return win;
  }

  for (const script of ['bundle', 'loader'] as const) {
    it(`${script}: 250 cards become blocks over several frames, all before they are defined`, async () => {
      const win = await open(script, 250);
      const frames = win.__frames;
      const firstDefined = frames.findIndex((f) => f.defined);
      expect(firstDefined, JSON.stringify(frames)).to.be.greaterThan(0);
      // Frames in which some cards were blocks and others not yet: the change came in steps.
      expect(
        frames.some((f) => f.blocks > 0 && f.blocks < 250 && !f.defined),
        JSON.stringify(frames),
      ).to.equal(true);
      // The frame before the definition already showed every card as a block.
      expect(frames[firstDefined - 1].blocks, JSON.stringify(frames)).to.equal(250);
    });
  }

  it('bundle: a few cards are defined as soon as the bundle has run', async () => {
    const win = await open('bundle', 3);
    expect(win.__definedAtOnce).to.equal(true);
  });

  it('bundle: with many cards, the definition waits for the blocks (not in the task of the bundle)', async () => {
    const win = await open('bundle', 250);
    expect(win.__definedAtOnce).to.equal(false);
  });
});
