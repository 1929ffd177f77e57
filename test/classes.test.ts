import { expect, waitUntil } from '@open-wc/testing';
import * as classes from '../src/classes.js';
import { CityNewsCard, CityNewsFeed, CooperationAreas, PartnerCityMap } from '../src/classes.js';

/*
 * partner-city-widgets/classes: the classes without any `customElements.define`. This file runs
 * in a page of its own (one registry per test file), where nothing else defines the tags.
 */

const TAGS = ['city-news-card', 'cooperation-areas', 'partner-city-map', 'city-news-feed', 'partnership-timeline'];

describe('partner-city-widgets/classes', () => {
  it('defines no tag', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(document.createElement('city-news-card')).to.not.be.instanceOf(CityNewsCard);
  });

  it('exports the element classes, each extending HTMLElement (and the language functions)', () => {
    const exported = Object.entries(classes).filter(
      ([, v]) => typeof v === 'function' && (v as { prototype?: unknown }).prototype instanceof HTMLElement,
    );
    expect(Object.keys(classes)).to.include.members(['registerLanguage', 'loadLanguage']);
    expect(exported.map(([name]) => name).sort()).to.deep.equal([
      'CityNewsCard',
      'CityNewsFeed',
      'CooperationAreas',
      'PartnerCityMap',
      'PartnershipTimeline',
    ]);
    for (const [name, cls] of exported) expect((cls as { prototype: unknown }).prototype, name).to.be.instanceOf(HTMLElement);
  });

  it('lets a page define the classes under names of its own', async () => {
    customElements.define('my-news-card', class extends CityNewsCard {});
    customElements.define('my-areas', class extends CooperationAreas {});
    customElements.define('my-map', class extends PartnerCityMap {});
    customElements.define('my-feed', class extends CityNewsFeed {});
    const card = document.createElement('my-news-card') as CityNewsCard;
    card.data = { title: 'Under another name' };
    document.body.append(card);
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === 'Under another name',
      'card did not render',
      { timeout: 5000 },
    );
    expect(card).to.be.instanceOf(CityNewsCard);
    // Still none of the standard tags.
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    card.remove();
  });
});
