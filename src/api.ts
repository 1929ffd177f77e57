/**
 * Everything the library exports besides the elements: shared by the npm entry (index.ts, which
 * defines the elements as it is imported) and the one-file bundle (bundle.ts).
 */
// The parsers and the string tables before the elements: each element imports its own, and in
// this order they sit together in the bundle, which compresses better (0.3 KB gzipped).
export { parseArticle } from './model/parse-article.js';
export { parseAreas, type AreaList } from './model/parse-areas.js';
export { parseCities, type CityNetwork } from './model/parse-cities.js';
export { parseAnnouncement } from './model/parse.js';
export { parseFeed, hasNoItems, MAX_FEED_ITEMS, type Feed, type FeedFormat } from './model/feed/index.js';
export { parseTimeline, hasNoEntries, isUpcoming, type EntryKind, type Timeline, type TimelineEntry } from './model/timeline.js';
export { parseDate, safeUrl } from './model/values.js';
export { formatDate, localize, plural, type DateStyle } from './i18n/format.js';
export {
  commonStrings,
  translate,
  UI_LANGUAGES,
  type CommonStrings,
  type Translations,
  type UiLanguage,
  type UiStrings,
} from './i18n/strings.js';
export { newsCardStrings, type NewsCardStrings } from './i18n/strings/news-card.js';
export { areasStrings, type AreasStrings } from './i18n/strings/areas.js';
export { mapStrings, type MapStrings } from './i18n/strings/map.js';
export { feedStrings, type FeedStrings } from './i18n/strings/feed.js';
export { timelineStrings, type TimelineStrings } from './i18n/strings/timeline.js';
export { icsFor, type IcsOptions } from './internal/ics.js';
export { ICONS as AREA_ICONS } from './components/cooperation-areas/icons.js';
export { loadJson, JSON_ONLY, type Accept } from './model/load.js';
export { FEED } from './model/feed/accept.js';
export { DataSourceController, type DataState } from './controllers/data-source.controller.js';
export { loadLanguage, registerLanguage } from './controllers/lang.controller.js';
export type * from './model/types.js';
export type * from './events.js';
