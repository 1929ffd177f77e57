/**
 * The one-file bundle (dist/partner-city-widgets.js, and the standalone file): the same exports as
 * the npm entry, and it defines every element — but on a page that already holds many widgets
 * when it runs, it first makes them blocks, and defines them in the next task.
 *
 * Why: a module script runs after the page is parsed. Until then the widgets are unknown inline
 * elements; at the upgrade each becomes a block, and with a thousand of them that is one style
 * and layout pass whose cost grows with the square of their number (traced, `npm run bench`,
 * section 3). The npm entry and the tag modules define at once (an app imports them and uses the
 * classes in the same task); the one-file bundle is what a page of HTML loads, so here the
 * widgets are made blocks the cheap way first (`displayAsBlockNow`: out of the layout, then
 * blocks), in a task before their upgrade.
 */
export * from './api.js';
import { CityNewsCard } from './components/city-news-card/city-news-card.component.js';
import { CooperationAreas } from './components/cooperation-areas/cooperation-areas.component.js';
import { PartnerCityMap } from './components/partner-city-map/partner-city-map.component.js';
import { CityNewsFeed } from './components/city-news-feed/city-news-feed.component.js';
import { PartnershipTimeline } from './components/partnership-timeline/partnership-timeline.component.js';
import { displayAsBlock, displayAsBlockNow } from './internal/display-rule.js';
import { alreadyDefined } from './internal/logger.js';

export { CityNewsCard, CooperationAreas, PartnerCityMap, CityNewsFeed, PartnershipTimeline };

const ELEMENTS = {
  'city-news-card': CityNewsCard,
  'cooperation-areas': CooperationAreas,
  'partner-city-map': PartnerCityMap,
  'city-news-feed': CityNewsFeed,
  'partnership-timeline': PartnershipTimeline,
};

/** From this many widgets waiting in the page, they become blocks in a task before the one of their upgrade. */
const MANY_WIDGETS = 50;

function defineAll(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
    else if (customElements.get(tag) !== element) alreadyDefined(tag);
  }
}

const tags = Object.keys(ELEMENTS);
const waiting = typeof document === 'undefined' ? 0 : document.querySelectorAll(tags.join(',')).length;
if (waiting < MANY_WIDGETS) {
  for (const tag of tags) displayAsBlock(tag);
  defineAll();
} else {
  void displayAsBlockNow(tags).finally(defineAll);
}
