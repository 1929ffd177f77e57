/**
 * partner-city-widgets/react: React components for the elements (React 19; via @lit/react).
 * Importing this module defines the three elements. Properties (`data`, `src`, `headingLevel`,
 * `theme`, …) are props, and the events are `on…` props with typed events:
 *
 * ```tsx
 * import { CityNewsCard } from 'partner-city-widgets/react';
 *
 * <CityNewsCard data={announcement} onPcwTagSelect={(e) => setTag(e.detail.tag)} />
 * ```
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { CityNewsCard as CityNewsCardElement } from './components/city-news-card/city-news-card.js';
import { CooperationAreas as CooperationAreasElement } from './components/cooperation-areas/cooperation-areas.js';
import { PartnerCityMap as PartnerCityMapElement } from './components/partner-city-map/partner-city-map.js';
import type { AreaList, CityNetwork } from './data/parse.js';
import type { Article } from './data/types.js';
import type { PcwErrorDetail, PcwEventMap, PcwLoadDetail } from './internal/events.js';

export type { CityNewsCardElement, CooperationAreasElement, PartnerCityMapElement };

/** `pcw-load` of a widget whose data is `T`. */
export type PcwLoadEvent<T> = CustomEvent<PcwLoadDetail<T>>;
/** `pcw-error`. */
export type PcwErrorEvent = CustomEvent<PcwErrorDetail>;
/** Any other event of the library, by name. */
export type PcwEventOf<K extends keyof PcwEventMap> = CustomEvent<PcwEventMap[K]>;

const cityNewsCardEvents = {
  /** The data was loaded and is shown. */
  onPcwLoad: 'pcw-load' as EventName<PcwLoadEvent<Article>>,
  /** The data could not be loaded or used. */
  onPcwError: 'pcw-error' as EventName<PcwErrorEvent>,
  /** The reader chose a tag. */
  onPcwTagSelect: 'pcw-tag-select' as EventName<PcwEventOf<'pcw-tag-select'>>,
  /** The reader pressed "Read more" or "Show less". */
  onPcwToggle: 'pcw-toggle' as EventName<PcwEventOf<'pcw-toggle'>>,
};

const cooperationAreasEvents = {
  /** The data was loaded and is shown. */
  onPcwLoad: 'pcw-load' as EventName<PcwLoadEvent<AreaList>>,
  /** The data could not be loaded or used. */
  onPcwError: 'pcw-error' as EventName<PcwErrorEvent>,
  /** The reader opened or closed an area. */
  onPcwAreaToggle: 'pcw-area-toggle' as EventName<PcwEventOf<'pcw-area-toggle'>>,
};

const partnerCityMapEvents = {
  /** The data was loaded and is shown. */
  onPcwLoad: 'pcw-load' as EventName<PcwLoadEvent<CityNetwork>>,
  /** The data could not be loaded or used. */
  onPcwError: 'pcw-error' as EventName<PcwErrorEvent>,
  /** The reader selected a city. */
  onPcwCitySelect: 'pcw-city-select' as EventName<PcwEventOf<'pcw-city-select'>>,
};

/** `<city-news-card>`: one city announcement. */
export const CityNewsCard: ReactWebComponent<CityNewsCardElement, typeof cityNewsCardEvents> = createComponent({
  react: React,
  tagName: 'city-news-card',
  elementClass: CityNewsCardElement,
  events: cityNewsCardEvents,
  displayName: 'CityNewsCard',
});

/** `<cooperation-areas>`: the areas of a city partnership. */
export const CooperationAreas: ReactWebComponent<CooperationAreasElement, typeof cooperationAreasEvents> = createComponent({
  react: React,
  tagName: 'cooperation-areas',
  elementClass: CooperationAreasElement,
  events: cooperationAreasEvents,
  displayName: 'CooperationAreas',
});

/** `<partner-city-map>`: a city and its partner cities on a map. */
export const PartnerCityMap: ReactWebComponent<PartnerCityMapElement, typeof partnerCityMapEvents> = createComponent({
  react: React,
  tagName: 'partner-city-map',
  elementClass: PartnerCityMapElement,
  events: partnerCityMapEvents,
  displayName: 'PartnerCityMap',
});

/** Props of each component (for wrappers of your own). */
export type CityNewsCardProps = React.ComponentProps<typeof CityNewsCard>;
export type CooperationAreasProps = React.ComponentProps<typeof CooperationAreas>;
export type PartnerCityMapProps = React.ComponentProps<typeof PartnerCityMap>;
