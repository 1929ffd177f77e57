import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../src/test-support/helpers.js';

/*
 * The demo and the embed builder on the narrowest phone (320 CSS px), at 100 % and 200 % text
 * (the root's font size, as a reader's text setting makes it): every choice of the demo's
 * settings is on screen, none cut off by its box or the page's edge, and neither page scrolls
 * sideways (WCAG 1.4.10, reflow; 1.4.4, resize text). Code blocks scroll inside themselves.
 */

describe('the demo and the embed builder on a 320 px screen', () => {
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  /** The labels of the switches whose box is narrower than they are, or that reach past the page. */
  function clipped(doc: Document): string[] {
    const page = doc.documentElement.clientWidth;
    const out: string[] = [];
    for (const options of doc.querySelectorAll<HTMLElement>('.toolbar .segmented__options')) {
      const box = options.getBoundingClientRect();
      for (const label of options.querySelectorAll<HTMLLabelElement>('label')) {
        const r = label.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > page + 0.5 || r.left < -0.5)
          out.push(label.textContent!.trim());
      }
    }
    return out;
  }

  const open = async (url: string, fontSize: string) => {
    frame = await openFrame(url, { style: 'width: 320px; height: 640px; border: 0' });
    const doc = frame.contentDocument!;
    doc.documentElement.style.fontSize = fontSize;
    return doc;
  };
  const noSidewaysScroll = (doc: Document) =>
    expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(doc.documentElement.clientWidth);

  // At 200 % text the widgets' spacing (1rem, 1.25rem) grew to 32 and 40 px on each side and left
  // the card's text 158 of the 320 px, a timeline entry's title 82: words broke every few letters.
  // On a phone with large text it is now a share of the screen's width (6vw, 6.25vw; a timeline
  // entry's padding 3.75vw: its title had 52 % of the screen, and "Friendship" broke).
  it('at 200 % text the widgets keep most of a 320 px screen for their text', async function () {
    this.timeout(30000);
    const doc = await open('/demo/index.html?lang=ru&theme=light', '200%');
    const shown = async (id: string, selector: string) => {
      const el = doc.getElementById(id)!;
      el.scrollIntoView();
      await waitUntil(() => el.shadowRoot?.querySelector(selector), `#${id} never showed ${selector}`, { timeout: 15000 });
      return el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().width / doc.documentElement.clientWidth;
    };
    expect(await shown('main-card', '.title'), "the card's title").to.be.at.least(0.7);
    expect(await shown('timeline', '.entry-title'), "a timeline entry's title").to.be.at.least(0.58);
    noSidewaysScroll(doc);
  });

  for (const [name, fontSize] of [
    ['at 100 % text', ''],
    ['at 200 % text', '200%'],
  ] as const) {
    it(`shows every language and theme choice whole, ${name}`, async function () {
      this.timeout(20000);
      const doc = await open('/demo/index.html?lang=sl&theme=light', fontSize);
      expect(doc.querySelectorAll('.toolbar .segmented__options label').length, 'the demo has no settings').to.equal(6);
      expect(clipped(doc)).to.deep.equal([]);
      noSidewaysScroll(doc);
    });

    it(`keeps the embed builder within the page, ${name}`, async function () {
      this.timeout(20000);
      const doc = await open('/demo/embed.html', fontSize);
      expect(doc.querySelector('#builder'), 'the builder is not there').to.exist;
      noSidewaysScroll(doc);
    });
  }
});
