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
    // One sheet for all tags, added once.
    const sheets = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('display-test-widget')));
    expect(sheets).to.have.length(1);
  });

  it('is in place on a page that loads the bundle, for all three tags, before any of them is defined in the loader', async () => {
    for (const page of ['/test/fixtures/card-only.html', '/test/fixtures/loader-card-only.html']) {
      const win = await openWindow<Window>(page);
      const text = win.document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      for (const tag of ['city-news-card', 'cooperation-areas', 'partner-city-map']) expect(text, `${page}: ${tag}`).to.contain(tag);
      // An element whose code the loader has not loaded (no such element on the page) is a block.
      const map = win.document.createElement('partner-city-map');
      win.document.body.append(map);
      if (page.includes('loader')) expect(win.getComputedStyle(map).display, page).to.equal('block');
      map.remove();
    }
  });
});
