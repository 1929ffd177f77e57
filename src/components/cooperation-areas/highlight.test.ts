import { expect, fixture, html } from '@open-wc/testing';
import { highlight } from './highlight.js';

describe('highlight', () => {
  it('is the text itself without ranges', () => {
    expect(highlight('zaščita', [])).to.equal('zaščita');
  });

  it('marks each range with <mark part="mark">, as text only', async () => {
    const el = await fixture<HTMLParagraphElement>(
      html`<p>${highlight('<b>zaščita</b> in zaščita', [
        [3, 10],
        [18, 25],
      ])}</p>`,
    );
    expect([...el.querySelectorAll('mark[part="mark"]')].map((m) => m.textContent)).to.deep.equal(['zaščita', 'zaščita']);
    expect(el.querySelector('b')).to.equal(null);
    expect(el.textContent).to.equal('<b>zaščita</b> in zaščita');
  });
});
