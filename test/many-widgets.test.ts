import { expect, waitUntil } from '@open-wc/testing';
import { openWindow } from '../src/test-support/helpers.js';

/** What the page saw in one of its tasks or frames: how many cards were blocks and how many not displayed, whether they were defined, what had focus. */
interface Seen {
  cards: number;
  blocks: number;
  hidden: number;
  defined: boolean;
  focus?: string;
  /** Server-rendered cards whose animation is not the one they started with. */
  restarted?: number;
}
type ManyWindow = Window & {
  __tasks: Seen[];
  __frames: Seen[];
  __definedAtOnce?: boolean;
  __framesAsked: number;
  __focusLost: number;
};

/**
 * A page with many widgets in its HTML loads the one-file bundle or the loader (module scripts:
 * they run after the browser has laid the unknown elements out as inline boxes). Turning them
 * straight into blocks costs a style and layout pass that grows with the square of their number;
 * the library takes them out of the layout and makes them blocks within one task (cheap), and
 * defines them in a later task (the bench measures the tasks and the time: section 3).
 */
describe('many widgets in the HTML', () => {
  async function open(script: 'bundle' | 'loader', n: number, ssr = false): Promise<ManyWindow> {
    const win = await openWindow<ManyWindow>(`/test/fixtures/many-widgets.html?script=${script}&n=${n}${ssr ? '&ssr=1' : ''}`);
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
    it(`${script}: 250 cards become blocks all in one task, never seen hidden, before they are defined`, async () => {
      const win = await open(script, 250);
      const tasks = win.__tasks;
      const firstDefined = tasks.findIndex((f) => f.defined);
      expect(firstDefined, JSON.stringify(tasks)).to.be.greaterThan(0);
      // No other task and no frame saw a card taken out of the layout, or some cards blocks and
      // others not yet: the change happened within one task.
      const before = [...tasks.slice(0, firstDefined), ...win.__frames];
      expect(
        before.filter((f) => f.hidden > 0 || (f.blocks > 0 && f.blocks < 250)),
        JSON.stringify(before),
      ).to.deep.equal([]);
      // The task before the definition already saw every card as a block.
      expect(tasks[firstDefined - 1].blocks, JSON.stringify(tasks)).to.equal(250);
      // The focused link in the first card's fallback content kept its focus.
      expect(tasks[firstDefined - 1].focus).to.equal('a');
      expect(win.__focusLost).to.equal(0);
      // Nothing waited for an animation frame (a frame per step once kept a thousand cards
      // waiting about 170 ms for nothing: bench section 3).
      expect(win.__framesAsked).to.equal(0);
    });
  }

  it('bundle: 250 server-rendered cards, blocks already, are not taken out of the layout', async () => {
    const win = await open('bundle', 250, true);
    // Tasks that ran before the parser had written the cards (a busy machine can run one) saw none.
    const before = win.__tasks.filter((f) => !f.defined && f.cards > 0);
    expect(before.length).to.be.greaterThan(0);
    expect(
      before.every((f) => f.blocks === 250 && f.hidden === 0),
      JSON.stringify(before),
    ).to.equal(true);
    // display: none, even within one task, would have replaced the animations running in them.
    expect(before.map((f) => f.restarted)).to.deep.equal(before.map(() => 0));
  });

  it('bundle: a few cards are defined as soon as the bundle has run', async () => {
    const win = await open('bundle', 3);
    expect(win.__definedAtOnce).to.equal(true);
  });

  it('bundle: with many cards, the definition waits for the blocks (not in the task of the bundle)', async () => {
    const win = await open('bundle', 250);
    expect(win.__definedAtOnce).to.equal(false);
  });
});
