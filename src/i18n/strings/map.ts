/**
 * The UI strings of `<partner-city-map>`: a module of its own, imported by the widget, so that a page (or the
 * loader's shared chunk) carries only the strings of the widgets it uses. Registered under its
 * part of `UiStrings` (`part`), where `translate` finds the other languages' strings whenever
 * they arrive.
 */
import { plural } from '../format.js';
import { part, type Translations } from '../strings.js';

export interface MapStrings {
  summary: (names: readonly string[]) => string;
  help: string;
  showList: string;
  hideList: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  wheelHint: (key: string) => string;
  city: string;
  country: string;
  since: string;
  partnerSince: (date: string) => string;
  link: string;
  website: string;
  home: string;
  empty: string;
  /** Shown under the map when the country shapes (built-in or `basemap`) could not be loaded. */
  shapesFailed: string;
  // Optional (#16), so that languages registered before them keep working: without them, English.
  /** The short line shown over the map while it has keyboard focus. */
  keysHint?: string;
  /** The button that shows the list of keys. */
  keys?: string;
  /** The keys and what they do: one line each, the key, `: ` and what it does. */
  keyList?: string;
  /** Said of a city drawn in a group of `n` that overlap at this zoom (the status region). */
  inCluster?: (n: number) => string;
}

/** "Ljubljana, Moskva" or, for long lists, the first ten and how many more. */
const names = (list: readonly string[], more: (n: number) => string) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} ${more(list.length - 10)}` : list.join(', ');

export const mapStrings: Translations<MapStrings> = /* @__PURE__ */ part('map', {
  en: {
    summary: (list) =>
      `Map of ${plural('en', list.length, { one: '1 partner city', other: `${list.length} partner cities` })}: ${names(list, (n) => `and ${n} more`)}`,
    help: 'Map of the partner cities. Arrow keys move between cities, Home goes to the home city, Enter selects, + and − zoom, 0 resets the view, Tab reaches the active city’s website, ? lists all keys.',
    showList: 'Show as list',
    hideList: 'Hide list',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset view',
    wheelHint: (key) => `Use ${key} + scroll to zoom the map`,
    city: 'City',
    country: 'Country',
    since: 'Partner since',
    partnerSince: (date) => `Partner since ${date}`,
    link: 'Link',
    website: 'Website',
    home: 'home city',
    empty: 'There are no cities to show.',
    shapesFailed: 'The country shapes could not be loaded; the cities are shown without them.',
    keysHint: 'Arrow keys: cities · Enter: select · Tab: website · ?: all keys',
    keys: 'Keyboard',
    keyList: [
      '← ↑ → ↓: move to the nearest city that way',
      'Home: the home city',
      'Enter: select the city (in a group: zoom in to separate it)',
      'Tab: into the city’s tooltip (its website link)',
      'Escape: close the tooltip',
      '+ −: zoom in, out',
      '0: reset the view',
      '?: show or hide this list',
    ].join('\n'),
    inCluster: (n) => `one of ${n} cities on this spot; Enter zooms in`,
  },
  sl: {
    summary: (list) => `Zemljevid partnerskih mest (${list.length}): ${names(list, (n) => `in še ${n}`)}`,
    help: 'Zemljevid partnerskih mest. S puščicami se premikate med mesti, Home skoči na domače mesto, Enter izbere mesto, + in − povečata ali pomanjšata, 0 ponastavi pogled, Tab doseže spletno stran izbranega mesta, ? pokaže vse tipke.',
    showList: 'Prikaži kot seznam',
    hideList: 'Skrij seznam',
    zoomIn: 'Povečaj',
    zoomOut: 'Pomanjšaj',
    zoomReset: 'Ponastavi pogled',
    wheelHint: (key) => `Za povečavo zemljevida držite ${key} in vrtite kolešček`,
    city: 'Mesto',
    country: 'Država',
    since: 'Partnerstvo od',
    partnerSince: (date) => `Partnerstvo od ${date}`,
    link: 'Povezava',
    website: 'Spletna stran',
    home: 'domače mesto',
    empty: 'Ni mest za prikaz.',
    shapesFailed: 'Obrisov držav ni bilo mogoče naložiti; mesta so prikazana brez njih.',
    keysHint: 'Puščice: mesta · Enter: izberi · Tab: spletna stran · ?: vse tipke',
    keys: 'Tipkovnica',
    keyList: [
      '← ↑ → ↓: na najbližje mesto v tej smeri',
      'Home: domače mesto',
      'Enter: izberi mesto (v skupini: povečaj, da se loči)',
      'Tab: v oblaček mesta (povezava na spletno stran)',
      'Escape: zapri oblaček',
      '+ −: povečaj, pomanjšaj',
      '0: ponastavi pogled',
      '?: prikaži ali skrij ta seznam',
    ].join('\n'),
    inCluster: (n) => `eno od ${n} mest na tem mestu; Enter poveča`,
  },
  ru: {
    summary: (list) => `Карта городов-партнёров (${list.length}): ${names(list, (n) => `и ещё ${n}`)}`,
    help: 'Карта городов-партнёров. Стрелки — переход между городами, Home — родной город, Enter — выбор, + и − — масштаб, 0 — исходный вид, Tab — сайт выбранного города, ? — все клавиши.',
    showList: 'Показать списком',
    hideList: 'Скрыть список',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    zoomReset: 'Исходный вид',
    wheelHint: (key) => `Чтобы изменить масштаб, прокручивайте колесо с ${key}`,
    city: 'Город',
    country: 'Страна',
    since: 'Партнёрство с',
    // A year alone needs its noun: "с 2000 года".
    partnerSince: (date) => `Партнёрство с ${date}${/^\d+$/.test(date) ? ' года' : ''}`,
    link: 'Ссылка',
    website: 'Сайт',
    home: 'родной город',
    empty: 'Нет городов для показа.',
    shapesFailed: 'Не удалось загрузить контуры стран; города показаны без них.',
    keysHint: 'Стрелки: города · Enter: выбор · Tab: сайт · ?: все клавиши',
    keys: 'Клавиатура',
    keyList: [
      '← ↑ → ↓: к ближайшему городу в этом направлении',
      'Home: родной город',
      'Enter: выбрать город (в группе: приблизить, чтобы разделить)',
      'Tab: в подсказку города (ссылка на сайт)',
      'Escape: закрыть подсказку',
      '+ −: приблизить, отдалить',
      '0: исходный вид',
      '?: показать или скрыть этот список',
    ].join('\n'),
    inCluster: (n) => `один из ${n} городов в этой точке; Enter приближает`,
  },
} satisfies Translations<Required<MapStrings>>);
