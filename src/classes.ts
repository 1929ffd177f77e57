/**
 * partner-city-widgets/classes: the element classes, without defining any tag. For a page or app
 * that registers the elements itself: under other names, in a scoped registry, or as the base of
 * its own elements.
 *
 * ```js
 * import { CityNewsCard } from 'partner-city-widgets/classes';
 * customElements.define('my-news-card', class extends CityNewsCard {});
 * ```
 *
 * (Importing `partner-city-widgets` or `partner-city-widgets/<tag>.js` defines the standard tags.)
 */
export { CityNewsCard } from './components/city-news-card/city-news-card.component.js';
export { CooperationAreas } from './components/cooperation-areas/cooperation-areas.component.js';
export { PartnerCityMap } from './components/partner-city-map/partner-city-map.component.js';
export { CityNewsFeed } from './components/city-news-feed/city-news-feed.component.js';
export { PartnershipTimeline } from './components/partnership-timeline/partnership-timeline.component.js';
export { loadLanguage, registerLanguage } from './controllers/lang.controller.js';
export type { CommonStrings, UiStrings } from './i18n/strings.js';
export type { AreasStrings } from './i18n/strings/areas.js';
export type { MapStrings } from './i18n/strings/map.js';
export type { FeedStrings } from './i18n/strings/feed.js';
export type { TimelineStrings } from './i18n/strings/timeline.js';
export type { EntryKind, Timeline, TimelineEntry } from './model/timeline.js';
export type { Feed, FeedFormat } from './model/feed/index.js';
export type { NewsCardStrings } from './i18n/strings/news-card.js';
export type { AreaList } from './model/parse-areas.js';
export type { CityNetwork } from './model/parse-cities.js';
export type * from './model/types.js';
export type * from './events.js';
