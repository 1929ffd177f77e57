import { expect, waitUntil } from '@open-wc/testing';
import { titleOf, type Widget } from '../src/test-support/helpers.js';

/*
 * `loading="lazy"` in a frame (a CMS preview, a page embedded in an iframe): a widget starts
 * within 200 px of the frame's own viewport, as it does in a top-level page. (The implicit
 * observer root is the top-level viewport; its margin does not reach into a frame, where a
 * widget used to start only once inside the frame's view.)
 */

const JSON_TEXT = JSON.stringify({ lang: 'en', title: { en: 'Lazy in a frame' }, lead: { en: 'Started before it is seen.' } });

describe('loading="lazy" in an iframe', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  /** A frame 300 px tall whose page has a lazy card `below` px under the bottom of its viewport. */
  async function lazyCardBelow(below: number): Promise<Widget> {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 300px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">
      <div style="height: ${300 + below}px"></div>
      <city-news-card loading="lazy" json='${JSON_TEXT}'></city-news-card>
      <script type="module" src="/src/components/city-news-card/city-news-card.ts"></script>
    </body></html>`;
    document.body.prepend(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('city-news-card');
    return win.document.querySelector('city-news-card') as Widget;
  }

  it('starts a widget within 200 px below the frame’s viewport, without scrolling', async () => {
    const card = await lazyCardBelow(100);
    await waitUntil(() => card.state === 'ready', `still ${card.state}`, { timeout: 3000 });
    expect(titleOf(card)).to.equal('Lazy in a frame');
    expect(frame.contentWindow!.scrollY).to.equal(0);
  });

  it('leaves a widget further down waiting until the frame scrolls to it', async () => {
    const card = await lazyCardBelow(600);
    // Two frames, for the observer to report it far away.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
    expect(card.state).to.equal('loading');
    card.scrollIntoView();
    await waitUntil(() => card.state === 'ready', `still ${card.state}`, { timeout: 3000 });
    expect(titleOf(card)).to.equal('Lazy in a frame');
  });
});
