/**
 * partner-city-widgets/loader.js: defines each element only when its tag first appears in the
 * page, and loads only the code of the elements the page uses.
 *
 * ```html
 * <script type="module" src="https://cdn.example/partner-city-widgets/dist/loader.js"></script>
 * ```
 *
 * The loader watches the whole document (elements in the HTML and elements added later); the
 * code of each element is a file beside the loader, fetched relative to it, so the loader works
 * from any path. Elements inside shadow roots are not seen by the document's observer: call
 * `discover(shadowRoot)` for those, or `load(tag)` to define one element at once.
 */

import { displayAsBlock, displayAsBlockNow } from './internal/display-rule.js';

/** The tag of an element of the library. */
export type LoadableTag = 'city-news-card' | 'cooperation-areas' | 'partner-city-map' | 'city-news-feed' | 'partnership-timeline';

// Each element's class module, defined here rather than through its tag module: the tag modules
// import the display rule, which would then be a chunk of its own, shared by them and this file,
// and a page would fetch it after loader.js and before any element's files (a round trip more).
// Here the rule is inside loader.js. `define` keeps a tag defined already (another copy of the
// library) and warns, as the tag modules do.
const ELEMENTS: Record<LoadableTag, () => Promise<void>> = {
  'city-news-card': () =>
    import('./components/city-news-card/city-news-card.component.js').then((m) => m.CityNewsCard.define('city-news-card')),
  'cooperation-areas': () =>
    import('./components/cooperation-areas/cooperation-areas.component.js').then((m) => m.CooperationAreas.define('cooperation-areas')),
  'partner-city-map': () =>
    import('./components/partner-city-map/partner-city-map.component.js').then((m) => m.PartnerCityMap.define('partner-city-map')),
  // The feed shows its items with <city-news-card>: both files are asked for at once.
  'city-news-feed': () =>
    Promise.all([load('city-news-card'), import('./components/city-news-feed/city-news-feed.component.js')]).then(([, m]) =>
      m.CityNewsFeed.define('city-news-feed'),
    ),
  'partnership-timeline': () =>
    import('./components/partnership-timeline/partnership-timeline.component.js').then((m) =>
      m.PartnershipTimeline.define('partnership-timeline'),
    ),
};

/** Every tag that the loader defines on demand. */
export const TAGS = Object.keys(ELEMENTS) as LoadableTag[];

const UNDEFINED = TAGS.map((t) => `${t}:not(:defined)`).join(',');

/** From this many widgets in the page when the loader runs, they become blocks in a task of their own first. */
const MANY_WIDGETS = 50;

// Blocks from the start, while their chunks load (see display-rule.ts). A module script runs after
// the page's first layout: many widgets laid out inline become blocks first, through
// `display: none` (see displayAsBlockNow), and their code is fetched and defined after that.
const waiting = typeof document === 'undefined' ? 0 : document.querySelectorAll(TAGS.join(',')).length;
let blocks = Promise.resolve();
if (waiting < MANY_WIDGETS) for (const tag of TAGS) displayAsBlock(tag);
else blocks = displayAsBlockNow(TAGS).catch(() => undefined);
const loading = new Map<LoadableTag, Promise<void>>();

const isLoadable = (tag: string): tag is LoadableTag => Object.hasOwn(ELEMENTS, tag);

/**
 * Loads and defines one element (once; a tag defined already, e.g. by the one-file bundle,
 * is left as it is). Resolves when the element is defined.
 */
export function load(tag: LoadableTag): Promise<void> {
  if (!isLoadable(tag)) return Promise.reject(new TypeError(`[partner-city-widgets] no element <${String(tag)}>`));
  let done = loading.get(tag);
  if (!done) {
    done = customElements.get(tag)
      ? Promise.resolve()
      : blocks
          .then((): Promise<unknown> => ELEMENTS[tag]())
          .then(
            () => undefined,
            (error: unknown) => {
              // Forgotten, so that the next element with this tag tries again.
              loading.delete(tag);
              console.error(`[partner-city-widgets] <${tag}> could not be loaded:`, error);
              throw error;
            },
          );
    loading.set(tag, done);
    if (loading.size === TAGS.length) done.then(stop, () => {});
  }
  return done;
}

/**
 * Defines the library's elements found in `root` (a document, a shadow root or an element,
 * itself included). Resolves when they are all defined.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const tags = new Set<LoadableTag>();
  const name = root.nodeType === Node.ELEMENT_NODE ? (root as Element).localName : '';
  if (isLoadable(name)) tags.add(name);
  root.querySelectorAll(UNDEFINED).forEach((el) => tags.add(el.localName as LoadableTag));
  return Promise.all([...tags].map((tag) => load(tag).catch(() => {}))).then(() => undefined);
}

let observer: MutationObserver | undefined;

function stop() {
  // Every element is loaded: nothing is left to watch for.
  if ([...loading.keys()].every((tag) => customElements.get(tag))) observer?.disconnect();
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  discover(document);
}
