/**
 * The demo page's code: defines the widgets (from the sources), wires the language, theme and
 * layout switches, feeds the `data` property example and logs the library's events. The card is
 * defined at once (the page opens with one); the areas and the map, further down, when a reader
 * comes near the first of them (see `whenNear`), so that their code is neither run nor fetched
 * while the page and its main card load. No inline
 * scripts or styles on the page, so it works under a strict Content-Security-Policy.
 */
import '../src/components/city-news-card/city-news-card.js';
import type { PcwEventMap } from '../src/index.js';

const LANGS = ['sl', 'en', 'ru'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const LAYOUTS = ['accordion', 'list', 'grid'] as const;
type Lang = (typeof LANGS)[number];
type Theme = (typeof THEMES)[number];
type Layout = (typeof LAYOUTS)[number];

/** Every widget tag of the library (the later ones match nothing until they exist). */
const WIDGETS = 'city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline';
const EVENTS = [
  'pcw-load',
  'pcw-error',
  'pcw-tag-select',
  'pcw-toggle',
  'pcw-area-toggle',
  'pcw-city-select',
  'pcw-entry-select',
  'pcw-feed-more',
] as const satisfies readonly (keyof PcwEventMap)[];
const LOG_MAX = 10;
const SEED_URL = 'data/ljubljana-moskva-2019.json';

const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);
const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme);
const isLayout = (v: unknown): v is Layout => LAYOUTS.includes(v as Layout);

// ---------------------------------------------------------------- language and theme

function setLang(lang: Lang) {
  // The widgets watch `lang` on the document and re-render themselves.
  document.documentElement.lang = lang;
}

function setTheme(theme: Theme) {
  // The page's own colours follow `data-theme` (see demo.css); the widgets follow `theme`.
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll(WIDGETS)) el.setAttribute('theme', theme);
}

/** Keeps the choice in the address (`?lang=en&theme=dark`), so a state can be linked and reloaded. */
function remember(name: 'lang' | 'theme' | 'layout', value: string) {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

/**
 * The radio buttons named `name` show `current`; choosing one applies its value (when `valid`)
 * and keeps it in the address.
 */
function wireRadios<T extends string>(
  name: 'lang' | 'theme' | 'layout',
  current: T,
  valid: (v: unknown) => v is T,
  apply: (value: T) => void,
) {
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)) {
    input.checked = input.value === current;
    input.addEventListener('change', () => {
      if (!input.checked || !valid(input.value)) return;
      apply(input.value);
      remember(name, input.value);
    });
  }
}

function initSwitches() {
  const params = new URLSearchParams(location.search);
  const docLang = document.documentElement.lang.toLowerCase().split('-')[0];
  const lang: Lang = isLang(params.get('lang')) ? (params.get('lang') as Lang) : isLang(docLang) ? docLang : 'sl';
  const theme: Theme = isTheme(params.get('theme')) ? (params.get('theme') as Theme) : 'light';

  setLang(lang);
  setTheme(theme);

  wireRadios('lang', lang, isLang, setLang);
  wireRadios('theme', theme, isTheme, setTheme);
}

// ---------------------------------------------------------------- layout of the areas

const areas = document.querySelector<HTMLElementTagNameMap['cooperation-areas']>('cooperation-areas#areas');

function setLayout(layout: Layout) {
  if (!areas) return;
  areas.layout = layout;
  // The snippet shows the embed as it is now; `accordion` is the default and needs no attribute.
  const snippet = areas.closest('section')?.querySelector('.snippet code');
  if (snippet) {
    const attr = layout === 'accordion' ? '' : ` layout="${layout}"`;
    snippet.textContent = `<cooperation-areas loading="lazy" src="${SEED_URL}"${attr} searchable heading-level="3"></cooperation-areas>`;
  }
}

function initLayoutSwitch() {
  if (!areas) return;
  const param = new URLSearchParams(location.search).get('layout');
  const layout: Layout = isLayout(param) ? param : 'accordion';
  setLayout(layout);
  wireRadios('layout', layout, isLayout, setLayout);
}

// ---------------------------------------------------------------- the `data` property example

type LocalizedMap = Record<string, string>;
interface SeedJson {
  title: string | LocalizedMap;
  image?: { src: string };
  [key: string]: unknown;
}

const SUFFIX: Record<Lang, string> = { sl: 'lastnost', en: 'property', ru: 'свойство' };

async function fillPropertyCard() {
  const card = document.querySelector<HTMLElementTagNameMap['city-news-card']>('city-news-card#property-card');
  if (!card) return;
  try {
    const response = await fetch(SEED_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const seed = (await response.json()) as SeedJson;
    const title = typeof seed.title === 'string' ? { sl: seed.title } : seed.title;
    seed.title = Object.fromEntries(Object.entries(title).map(([lang, text]) => [lang, `${text} (${SUFFIX[lang as Lang] ?? SUFFIX.en})`]));
    // Relative URLs in a property have no base to resolve against (unlike `src`): make them absolute.
    if (seed.image?.src) seed.image.src = new URL(seed.image.src, response.url).href;
    card.data = seed;
  } catch (e) {
    // The card itself would stay in its initial state; say why on the page and in the log.
    log('demo', { message: `The seed for the property example could not be loaded (${String(e)})` });
  }
}

// ---------------------------------------------------------------- event log

const logList = document.querySelector<HTMLOListElement>('#event-log');

/** The text of a localised name in the page's language (the map's names are `{ sl, en, ru }`). */
function nameIn(name: Record<string, string>): string {
  const lang = document.documentElement.lang;
  return name[lang] ?? name.en ?? Object.values(name)[0] ?? '';
}

/**
 * A short, readable detail: `pcw-load` carries the whole model, which is summarised (areas and
 * cities: their number); `pcw-city-select` carries the whole city, of which the id and name are shown;
 * `pcw-entry-select` the timeline's entry, of which the id is shown.
 */
function summarise(type: string, detail: unknown, target?: EventTarget | null): unknown {
  if (typeof detail !== 'object' || detail === null) return detail;
  if (type === 'pcw-city-select') {
    const { city } = detail as PcwEventMap['pcw-city-select'];
    return { id: city.id, name: nameIn(city.name), ...(city.country ? { country: city.country } : {}), role: city.role };
  }
  if (type === 'pcw-entry-select') return { id: (detail as PcwEventMap['pcw-entry-select']).id };
  if (type !== 'pcw-load') return detail;
  const { data, source, warnings } = detail as PcwEventMap['pcw-load'];
  const entryList = (data as { entries?: unknown } | undefined)?.entries;
  const id = (data as { id?: string } | undefined)?.id;
  const areaList = (data as { areas?: unknown } | undefined)?.areas;
  const cityList = (data as { cities?: unknown } | undefined)?.cities;
  const itemList = (data as { items?: unknown } | undefined)?.items;
  const tag = target instanceof Element ? target.localName : '';
  const count =
    tag === 'cooperation-areas' && Array.isArray(areaList)
      ? { areas: areaList.length }
      : tag === 'partner-city-map' && Array.isArray(cityList)
        ? { cities: cityList.length }
        : tag === 'partnership-timeline' && Array.isArray(entryList)
          ? { entries: entryList.length }
          : tag === 'city-news-feed' && Array.isArray(itemList)
            ? { items: itemList.length }
            : {};
  return { source, ...(id ? { id } : {}), ...count, warnings: warnings.length };
}

/**
 * The local time as `HH:MM:SS` (what `toLocaleTimeString('en-GB')` writes), without `Intl`: the
 * first locale-aware call of a page starts ICU, which cost the demo ~45 ms (~180 ms under
 * Lighthouse's 4× CPU) in the task that logs the main card's `pcw-load`.
 */
function clockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function log(type: string, detail: unknown, target?: EventTarget | null) {
  if (!logList) return;
  const item = document.createElement('li');
  item.className = `event-log__item event-log__item--${type.replace(/^pcw-/, '')}`;

  const head = document.createElement('div');
  head.className = 'event-log__head';
  const name = document.createElement('strong');
  name.textContent = type;
  head.append(name);
  if (target instanceof Element) {
    const from = document.createElement('span');
    from.className = 'event-log__target';
    from.textContent = target.id ? `#${target.id}` : target.localName;
    head.append(from);
  }
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = clockTime(now);
  head.append(time);

  const code = document.createElement('code');
  code.className = 'event-log__detail';
  let json: string;
  try {
    json = JSON.stringify(summarise(type, detail, target)) ?? String(detail);
  } catch {
    json = String(detail);
  }
  code.textContent = shorten(json);

  item.append(head, code);
  logList.prepend(item);
  while (logList.children.length > LOG_MAX) logList.lastElementChild?.remove();
}

function initLog() {
  for (const type of EVENTS) {
    document.addEventListener(type, (event) => log(type, event.detail, event.target));
  }
  document.querySelector('#log-clear')?.addEventListener('click', () => logList?.replaceChildren());
  // The error example with `src`, on request: a page that always asked for a missing file
  // would greet every visitor with a failed request in the console.
  document.querySelector('#error-src')?.addEventListener('click', () => {
    const card = document.querySelector<HTMLElementTagNameMap['city-news-card']>('city-news-card#error-card');
    if (!card) return;
    card.removeAttribute('data');
    card.src = 'data/missing.json';
  });
}

// ---------------------------------------------------------------- later widgets

/**
 * Runs `action` once, when the first of `elements` comes within a screen of the viewport. The
 * widgets below the fold are `loading="lazy"` (they start within 200 px); their definition and
 * the property example's request come a screen earlier, so that each widget has its loading
 * view, in its final size, before it is seen.
 */
function whenNear(elements: Iterable<Element>, action: () => void) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      action();
    },
    // The document as root: its own viewport, with the margin, also when the demo is in a frame
    // (the implicit root is the top-level viewport, where a frame's margin does not apply).
    { root: document, rootMargin: '100% 0px' },
  );
  for (const el of elements) observer.observe(el);
}

const LATER = {
  'cooperation-areas': () => import('../src/components/cooperation-areas/cooperation-areas.js'),
  'partner-city-map': () => import('../src/components/partner-city-map/partner-city-map.js'),
  'partnership-timeline': () => import('../src/components/partnership-timeline/partnership-timeline.js'),
  'city-news-feed': () => import('../src/components/city-news-feed/city-news-feed.js'),
} satisfies Record<string, () => Promise<unknown>>;

/**
 * Resolves when the main card, at the top of the page, has its final size (its data shown, or
 * its error). Until then its loading view is shorter than the full card on a narrow screen (344
 * against 829 px at 400 px), so the widgets below would seem a screen nearer than they are: on a
 * slow phone the first intersection check came before the card and defined them all at once.
 */
function mainCardSettled(): Promise<void> {
  const card = document.querySelector<HTMLElementTagNameMap['city-news-card']>('city-news-card#main-card');
  const settled = () => card === null || ['ready', 'empty', 'error'].includes(card.state);
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      card!.removeEventListener('pcw-load', done);
      card!.removeEventListener('pcw-error', done);
      // The card renders its data in the update after the event: measure after that.
      void card!.updateComplete.then(() => resolve());
    };
    card!.addEventListener('pcw-load', done);
    card!.addEventListener('pcw-error', done);
  });
}

function defineLater() {
  for (const [tag, load] of Object.entries(LATER)) {
    whenNear(document.querySelectorAll(tag), () => {
      load().catch((e: unknown) => log('demo', { message: `<${tag}> could not be loaded (${String(e)})` }));
    });
  }
}

// ---------------------------------------------------------------- start

// Listen first: the widgets' first events come right after they are defined and rendered.
initLog();
initSwitches();
initLayoutSwitch();
void mainCardSettled().then(() => {
  defineLater();
  whenNear(document.querySelectorAll('city-news-card#property-card'), () => void fillPropertyCard());
});
