import type { City, ErrorKind, Issue } from './model/types.js';
import type { TimelineEntry } from './model/timeline.js';

export type { ErrorKind };

/** Where a widget's data came from, highest precedence first. */
export type SourceKind = 'property' | 'attribute' | 'inline' | 'src';

/** Detail of `pcw-error`. */
export interface PcwErrorDetail {
  readonly kind: ErrorKind;
  /** A plain English message with the path of the problem, e.g. `title is required`. */
  readonly message: string;
  /** Where in the data the problem is (`cities[2].lat`), when it is in the data. */
  readonly path?: string;
  /** The HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** The absolute URL, when the data came from `src`. */
  readonly url?: string;
  readonly source: SourceKind;
}

/** Detail of `pcw-load`. */
export interface PcwLoadDetail<T = unknown> {
  /** The parsed, typed model that is now shown. */
  readonly data: T;
  readonly source: SourceKind;
  /** What was left out of the data, with paths. */
  readonly warnings: readonly Issue[];
}

/** Every event of the library, by name. */
export interface PcwEventMap {
  'pcw-load': PcwLoadDetail;
  'pcw-error': PcwErrorDetail;
  /**
   * A tag was chosen: the card's tag link (with `tag-href`), or a tag button of
   * `<city-news-feed>`; `null` when the feed's tag filter was cleared.
   */
  'pcw-tag-select': { readonly tag: string | null };
  'pcw-toggle': { readonly expanded: boolean };
  'pcw-area-toggle': { readonly id: string; readonly open: boolean };
  /** `city`: the parsed city; `name`: its name in the widget's language. */
  'pcw-city-select': { readonly city: City; readonly name: string };
  /** `<city-news-feed>`'s "Load more" was pressed: `shown` announcements are shown now. */
  'pcw-feed-more': { readonly shown: number };
  /**
   * `<partnership-timeline>`: the reader activated an entry (its title link or button, or the
   * entry itself). `id`: the entry's id (as in `#timeline-<id>`); `entry`: the parsed entry.
   */
  'pcw-entry-select': { readonly id: string; readonly entry: TimelineEntry };
}

export type PcwEvent<K extends keyof PcwEventMap> = CustomEvent<PcwEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pcw-load': PcwEvent<'pcw-load'>;
    'pcw-error': PcwEvent<'pcw-error'>;
    'pcw-tag-select': PcwEvent<'pcw-tag-select'>;
    'pcw-toggle': PcwEvent<'pcw-toggle'>;
    'pcw-area-toggle': PcwEvent<'pcw-area-toggle'>;
    'pcw-city-select': PcwEvent<'pcw-city-select'>;
    'pcw-feed-more': PcwEvent<'pcw-feed-more'>;
    'pcw-entry-select': PcwEvent<'pcw-entry-select'>;
  }
}

/** Dispatches a library event: bubbling and composed, so it leaves the shadow root and reaches the page. */
export function fire<K extends keyof PcwEventMap>(target: EventTarget, name: K, detail: PcwEventMap[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
