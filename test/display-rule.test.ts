import { expect, fixture, html } from '@open-wc/testing';
import { displayAsBlock } from '../src/internal/display-rule.js';
import { openWindow } from '../src/test-support/helpers.js';

/*
 * Widgets are blocks before they upgrade, without a rule of the page (a thousand inline
 * elements turned into blocks at once at upgrade make one long style recalculation).
 */
describe('display rule', () => {
  it('makes an undefined widget tag a block, leaves [hidden] hidden, and yields to any rule of the page', async () => {
    displayAsBlock('display-test-widget');
    displayAsBlock('display-test-widget');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .page-rule {
          display: inline-flex;
        }
      </style>
      <display-test-widget id="plain"></display-test-widget>
      <display-test-widget id="hidden" hidden></display-test-widget>
      <display-test-widget id="styled" class="page-rule"></display-test-widget>
      <other-test-widget id="other"></other-test-widget>
    </div>`);
    const display = (id: string) => getComputedStyle(wrapper.querySelector(`#${id}`)!).display;
    expect(customElements.get('display-test-widget')).to.equal(undefined);
    expect(display('plain')).to.equal('block');
    expect(display('hidden')).to.equal('none');
    expect(display('styled')).to.equal('inline-flex');
    expect(display('other')).to.equal('inline');
    // A second tag joins the first; the first stays a block.
    displayAsBlock('other-test-widget');
    expect(display('other')).to.equal('block');
    expect(display('plain')).to.equal('block');
  });

  it('with loader.js, a widget whose code has not loaded yet is already a block', async () => {
    const win = await openWindow<Window>('/test/fixtures/loader-card-only.html');
    for (const tag of ['cooperation-areas', 'partner-city-map']) {
      // No such element on the page before: the loader fetches its code only now.
      const el = win.document.createElement(tag);
      win.document.body.append(el);
      expect(win.customElements.get(tag), tag).to.equal(undefined);
      expect(win.getComputedStyle(el).display, tag).to.equal('block');
      el.remove();
    }
  });
});
