import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { ready, seed, TAGS, type Widget } from '../src/test-support/helpers.js';

/*
 * A host page's CSS cannot break a widget: neither its selectors (shadow DOM keeps them out)
 * nor the text styles that inherit into every element (white-space, text-transform, spacing,
 * italics, a right-to-left direction). Each widget resets what it does not take on purpose
 * (the font family and size it does take).
 */

const PAGE_CSS = `
  .hostile { white-space: pre; text-transform: uppercase; letter-spacing: 6px; word-spacing: 20px; text-indent: 40px; font-style: italic; font-weight: 800; text-shadow: 2px 2px red; }
  .hostile li, .hostile p, .hostile h2, .hostile button, .hostile text { display: none !important; color: red !important; }
`;

let style: HTMLStyleElement;
before(() => {
  style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
});
after(() => style.remove());

async function inHostilePage(tag: string, dir = 'ltr'): Promise<Widget> {
  const data = await seed();
  const wrapper = await fixture<HTMLDivElement>(html`<div class="hostile" dir=${dir} lang="en"></div>`);
  const el = document.createElement(tag) as Widget;
  el.setAttribute('layout', 'list');
  el.data = data;
  wrapper.append(el);
  await ready(el, 10000);
  await el.updateComplete;
  return el;
}

describe('host page CSS', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: inherited text styles of the page do not reach its content`, async () => {
      const el = await inHostilePage(tag);
      const texts = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>(
          '[part~="title"], [part~="lead"], [part~="item"], [part~="area-title"], [part~="list-toggle"], [part~="entry-title"], [part~="place"]',
        ),
      ];
      expect(texts.length, 'some text to look at').to.be.greaterThan(0);
      for (const t of texts) {
        const cs = getComputedStyle(t);
        const what = `${t.getAttribute('part')}`;
        expect(cs.whiteSpace, what).to.equal('normal');
        expect(cs.textTransform, what).to.equal('none');
        expect(cs.letterSpacing, what).to.equal('normal');
        expect(cs.wordSpacing, what).to.equal('0px');
        expect(cs.textIndent, what).to.equal('0px');
        expect(cs.fontStyle, what).to.equal('normal');
        expect(cs.textShadow, what).to.equal('none');
        expect(cs.display, what).not.to.equal('none');
        expect(cs.color, what).not.to.equal('rgb(255, 0, 0)');
      }
    });
  }

  it('<cooperation-areas>: an item is one line, as without the page rules', async () => {
    const el = await inHostilePage('cooperation-areas');
    const item = el.shadowRoot!.querySelector<HTMLElement>('[part~="item"]')!;
    const lineHeight = parseFloat(getComputedStyle(item).lineHeight);
    expect(item.getBoundingClientRect().height).to.be.lessThan(lineHeight * 2.5);
  });

  it('<partner-city-map> on a right-to-left page: labels still never overlap', async () => {
    const el = await inHostilePage('partner-city-map', 'rtl');
    const boxes = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="label"]')].map((l) => l.getBoundingClientRect());
    expect(boxes.length).to.equal(2);
    const [a, b] = boxes;
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap).to.equal(false);
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg')!).direction).to.equal('ltr');
  });
});
