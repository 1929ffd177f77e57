/**
 * partner-city-widgets/react: React components for the elements (React 19; via @lit/react).
 * Importing this module defines the elements. Properties (`data`, `src`, `headingLevel`,
 * `theme`, …) are props, and the events are `on…` props with typed events:
 *
 * ```tsx
 * import { CityNewsCard } from 'partner-city-widgets/react';
 *
 * <CityNewsCard data={announcement} onPcwTagSelect={(e) => setTag(e.detail.tag)} />
 * ```
 */
import { createComponent } from '@lit/react';
import type { LitElement } from 'lit';
import { noDom } from './internal/env.js';
import * as React from 'react';
import { CityNewsCard as CityNewsCardElement } from './components/city-news-card/city-news-card.js';
import { CooperationAreas as CooperationAreasElement } from './components/cooperation-areas/cooperation-areas.js';
import { PartnerCityMap as PartnerCityMapElement } from './components/partner-city-map/partner-city-map.js';
import { CityNewsFeed as CityNewsFeedElement } from './components/city-news-feed/city-news-feed.js';
import { PartnershipTimeline as PartnershipTimelineElement } from './components/partnership-timeline/partnership-timeline.js';
import type { Timeline } from './model/timeline.js';
import type { Feed } from './model/feed/index.js';
import type { AreaList } from './model/parse-areas.js';
import type { CityNetwork } from './model/parse-cities.js';
import type { Article } from './model/types.js';
import type { PcwErrorDetail, PcwEventMap, PcwLoadDetail } from './events.js';

export type { CityNewsCardElement, CooperationAreasElement, PartnerCityMapElement, CityNewsFeedElement, PartnershipTimelineElement };

// Our own names for @lit/react's types: it is bundled into this entry, and its types must not
// be needed by installers (it would bring @types/react to everyone through its peer).

/** An event name that carries the type of its event (for the `on…` props). */
export type EventName<T extends Event = Event> = string & { __eventType: T };
type EventNames = Record<string, EventName>;
type EventProps<E extends EventNames> = { [K in keyof E]?: (event: E[K]['__eventType']) => void };
type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;
type Props<I extends HTMLElement, E extends EventNames> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  EventProps<E> &
  ElementProps<I>;
/** A React component for a custom element `I` with the events `E` as `on…` props. */
export type ReactWebComponent<I extends HTMLElement, E extends EventNames = EventNames> = React.ForwardRefExoticComponent<
  Props<I, E> & React.RefAttributes<I>
>;

/**
 * On the server, @lit/react leaves the element's properties out of the HTML (they are set in
 * the browser): a server-rendered page would lose `src`, `heading-level` and the data. There
 * the wrapper writes each property that has an attribute as that attribute, and the `data`
 * object as the `json` attribute, so the HTML carries them and the element renders from them.
 */
function serverAttributes<I extends HTMLElement, E extends EventNames>(
  litReactComponent: unknown,
  elementClass: typeof LitElement,
  tagName: string,
): ReactWebComponent<I, E> {
  const component = litReactComponent as ReactWebComponent<I, E>;
  // (In jsdom, where Lit's Node build also says isServer, the wrappers are the browser's: events.)
  if (!noDom) return component;
  const attributes = new Map<string, string>();
  for (const [name, options] of elementClass.elementProperties) {
    if (typeof name === 'string' && options.attribute !== false) {
      attributes.set(name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
    }
  }
  const wrapped = React.forwardRef<I, Props<I, E>>((props, ref) => {
    const out: Record<string, unknown> = { ref };
    for (const [key, value] of Object.entries(props)) {
      const attribute = key === 'data' ? (typeof value === 'string' ? 'data' : 'json') : attributes.get(key);
      if (!attribute || key === 'lang' || key === 'dir') out[key] = value;
      else if (value === true) out[attribute] = '';
      else if (typeof value === 'string' || typeof value === 'number') out[attribute] = String(value);
      else if (key === 'data' && value !== null && value !== undefined) out[attribute] = JSON.stringify(value);
    }
    return React.createElement(tagName, out);
  });
  wrapped.displayName = component.displayName;
  return wrapped as unknown as ReactWebComponent<I, E>;
}

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
  /** The reader followed a tag's link (with `tagHref`); cancelable. */
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

const cityNewsFeedEvents = {
  /** The feed was loaded and is shown (`detail.data.items`: its announcements). */
  onPcwLoad: 'pcw-load' as EventName<PcwLoadEvent<Feed>>,
  /** The feed could not be loaded or used. */
  onPcwError: 'pcw-error' as EventName<PcwErrorEvent>,
  /** The reader pressed a tag button (`tag`), or cleared the tag (`null`). */
  onPcwTagSelect: 'pcw-tag-select' as EventName<PcwEventOf<'pcw-tag-select'>>,
  /** The reader pressed "Load more" (`shown`: how many show now). */
  onPcwFeedMore: 'pcw-feed-more' as EventName<PcwEventOf<'pcw-feed-more'>>,
};

const partnershipTimelineEvents = {
  /** The timeline was loaded and is shown (`detail.data.entries`: its entries). */
  onPcwLoad: 'pcw-load' as EventName<PcwLoadEvent<Timeline>>,
  /** The data could not be loaded or used. */
  onPcwError: 'pcw-error' as EventName<PcwErrorEvent>,
  /** The reader activated an entry (`id`, `entry`). */
  onPcwEntrySelect: 'pcw-entry-select' as EventName<PcwEventOf<'pcw-entry-select'>>,
};

/** `<city-news-card>`: one city announcement. */
export const CityNewsCard = serverAttributes<CityNewsCardElement, typeof cityNewsCardEvents>(
  createComponent({
    react: React,
    tagName: 'city-news-card',
    elementClass: CityNewsCardElement,
    events: cityNewsCardEvents,
    displayName: 'CityNewsCard',
  }),
  CityNewsCardElement,
  'city-news-card',
);

/** `<cooperation-areas>`: the areas of a city partnership. */
export const CooperationAreas = serverAttributes<CooperationAreasElement, typeof cooperationAreasEvents>(
  createComponent({
    react: React,
    tagName: 'cooperation-areas',
    elementClass: CooperationAreasElement,
    events: cooperationAreasEvents,
    displayName: 'CooperationAreas',
  }),
  CooperationAreasElement,
  'cooperation-areas',
);

/** `<partner-city-map>`: a city and its partner cities on a map. */
export const PartnerCityMap = serverAttributes<PartnerCityMapElement, typeof partnerCityMapEvents>(
  createComponent({
    react: React,
    tagName: 'partner-city-map',
    elementClass: PartnerCityMapElement,
    events: partnerCityMapEvents,
    displayName: 'PartnerCityMap',
  }),
  PartnerCityMapElement,
  'partner-city-map',
);

/** `<city-news-feed>`: a city's news from a feed. */
export const CityNewsFeed = serverAttributes<CityNewsFeedElement, typeof cityNewsFeedEvents>(
  createComponent({
    react: React,
    tagName: 'city-news-feed',
    elementClass: CityNewsFeedElement,
    events: cityNewsFeedEvents,
    displayName: 'CityNewsFeed',
  }),
  CityNewsFeedElement,
  'city-news-feed',
);

/** Props of each component (for wrappers of your own). */
export type CityNewsCardProps = React.ComponentProps<typeof CityNewsCard>;
export type CooperationAreasProps = React.ComponentProps<typeof CooperationAreas>;
export type PartnerCityMapProps = React.ComponentProps<typeof PartnerCityMap>;
export type CityNewsFeedProps = React.ComponentProps<typeof CityNewsFeed>;

/** `<partnership-timeline>`: agreements and events of a partnership in time, with calendar files. */
export const PartnershipTimeline = serverAttributes<PartnershipTimelineElement, typeof partnershipTimelineEvents>(
  createComponent({
    react: React,
    tagName: 'partnership-timeline',
    elementClass: PartnershipTimelineElement,
    events: partnershipTimelineEvents,
    displayName: 'PartnershipTimeline',
  }),
  PartnershipTimelineElement,
  'partnership-timeline',
);
