/**
 * partner-city-widgets: importing this module defines every element.
 * For one element only, import `partner-city-widgets/<tag>.js`.
 */
export { CityNewsCard } from './components/city-news-card/city-news-card.js';
export { CooperationAreas } from './components/cooperation-areas/cooperation-areas.js';
export { ICONS as AREA_ICONS } from './components/cooperation-areas/icons.js';
export { PartnerCityMap } from './components/partner-city-map/partner-city-map.js';
export {
  parseAnnouncement,
  parseArticle,
  parseAreas,
  parseCities,
  parseDate,
  safeUrl,
  type AreaList,
  type CityNetwork,
} from './model/parse.js';
export { loadJson } from './model/load.js';
export { DataSourceController, type DataState } from './controllers/data-source.controller.js';
export { formatDate, localize, plural, type DateStyle } from './i18n/format.js';
export {
  areasStrings,
  commonStrings,
  mapStrings,
  newsCardStrings,
  translate,
  UI_LANGUAGES,
  type AreasStrings,
  type CommonStrings,
  type MapStrings,
  type NewsCardStrings,
  type Translations,
  type UiLanguage,
  type UiStrings,
} from './i18n/strings.js';
export { loadLanguage, registerLanguage } from './controllers/lang.controller.js';
export type * from './model/types.js';
export type * from './events.js';
