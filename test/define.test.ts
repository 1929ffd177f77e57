import { expect, waitUntil } from '@open-wc/testing';
import { CityNewsCard } from '../src/classes.js';
import { captureWarnings } from '../src/test-support/helpers.js';

/*
 * `static define(tag)` of every widget class (Shoelace's pattern): this file runs in a page of
 * its own, where nothing else defines the tags.
 */
describe('Element.define(tag)', () => {
  it('defines the standard tag, then another tag for the same class, and both render', async () => {
    CityNewsCard.define('city-news-card');
    CityNewsCard.define('define-test-card');
    expect(customElements.get('city-news-card')).to.equal(CityNewsCard);
    const other = customElements.get('define-test-card')!;
    expect(other.prototype).to.be.instanceOf(CityNewsCard);
    for (const tag of ['city-news-card', 'define-test-card']) {
      const el = document.createElement(tag) as CityNewsCard;
      el.data = { title: `Shown by <${tag}>` };
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(`Shown by <${tag}>`);
      el.remove();
    }
  });

  it('keeps the first definition of a tag defined already, with one warning naming every such tag', async () => {
    CityNewsCard.define('define-twice-card');
    CityNewsCard.define('define-twice-news');
    const first = customElements.get('define-twice-card');
    const warnings = captureWarnings();
    try {
      class Other extends CityNewsCard {}
      Other.define('define-twice-card');
      Other.define('define-twice-news');
      expect(customElements.get('define-twice-card')).to.equal(first);
      await waitUntil(() => warnings.calls.length > 0, 'no warning', { timeout: 5000 });
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('define-twice-card').and.contain('define-twice-news').and.contain('first definition is kept');
    } finally {
      warnings.restore();
    }
  });
});
