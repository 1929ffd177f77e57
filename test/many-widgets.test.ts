import { expect, waitUntil } from '@open-wc/testing';
import { openWindow } from '../src/test-support/helpers.js';

/** What the page saw in one of its tasks: how many cards were blocks, whether they were defined. */
interface Seen {
  blocks: number;
  defined: boolean;
}
type ManyWindow = Window & { __tasks: Seen[]; __definedAtOnce?: boolean; __framesAsked: number };

/**
 * A page with many widgets in its HTML loads the one-file bundle or the loader (module scripts:
 * they run after the browser has laid the unknown elements out as inline boxes). Turning them all
 * into blocks at once is one long style and layout pass; the library does it a hundred per task,
 * other tasks running in between (it does not wait for frames), and defines the elements only
 * when all are blocks (the bench measures the tasks and the time: section 3).
 */
describe('many widgets in the HTML', () => {
  async function open(script: 'bundle' | 'loader', n: number): Promise<ManyWindow> {
    const win = await openWindow<ManyWindow>(`/test/fixtures/many-widgets.html?script=${script}&n=${n}`);
    const cards = () => [...win.document.getElementsByTagName('city-news-card')];
    expect(cards().length).to.equal(n);
    await waitUntil(() => cards().every((c) => c.shadowRoot?.querySelector('[part~="title"]')), 'every card rendered', { timeout: 20000 });
    // Two tasks after the definition (the recorder stops then).
    await waitUntil(() => win.__tasks.filter((f) => f.defined).length >= 3, 'tasks after the definition', { timeout: 20000 });
    expect(cards().map((c) => c.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim())).to.include.members([
      'Card 1',
      `Card ${n}`,
    ]);
    return win;
  }

  for (const script of ['bundle', 'loader'] as const) {
    it(`${script}: 250 cards become blocks in steps, other tasks between them, all before they are defined`, async () => {
      const win = await open(script, 250);
      const tasks = win.__tasks;
      const firstDefined = tasks.findIndex((f) => f.defined);
      expect(firstDefined, JSON.stringify(tasks)).to.be.greaterThan(0);
      // Other tasks saw some cards as blocks and others not yet: the change came in steps, and
      // the page's own tasks ran between them. Each step is a hundred cards.
      const partial = tasks.filter((f) => f.blocks > 0 && f.blocks < 250 && !f.defined).map((f) => f.blocks);
      expect(partial, JSON.stringify(tasks)).to.include.members([100, 200]);
      // The task before the definition already saw every card as a block.
      expect(tasks[firstDefined - 1].blocks, JSON.stringify(tasks)).to.equal(250);
      // No step waited for an animation frame (a frame per step kept a thousand cards waiting
      // about 170 ms for nothing: bench section 3).
      expect(win.__framesAsked).to.equal(0);
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
