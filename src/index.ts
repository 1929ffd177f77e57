/**
 * partner-city-widgets: importing this module defines every element.
 * For one element only, import `partner-city-widgets/<tag>.js`.
 */
export * from './api.js';
export { CityNewsCard } from './components/city-news-card/city-news-card.js';
export { CooperationAreas } from './components/cooperation-areas/cooperation-areas.js';
export { PartnerCityMap } from './components/partner-city-map/partner-city-map.js';
export { CityNewsFeed } from './components/city-news-feed/city-news-feed.js';
export { PartnershipTimeline } from './components/partnership-timeline/partnership-timeline.js';
