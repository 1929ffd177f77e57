/**
 * UI strings, one typed table per widget (plus `common`), each complete in every language of
 * `Translations` (the type checks it). Separate tables keep a widget's bundle to its own strings.
 * Plurals are functions over `Intl.PluralRules` categories.
 *
 * English, Slovene and Russian are here, in every bundle. Other languages are whole `UiStrings`
 * objects (every widget's strings), kept in `languages`: the built-in German, Croatian, Ukrainian
 * and Italian (`./languages/*.ts`, each a lazy chunk loaded when a widget needs it, see
 * `lang-controller.ts`) and those a page registers with `registerLanguage`.
 */
import { plural } from './format.js';

/** A table of UI strings in every supported language. */
export interface Translations<T> {
  readonly en: T;
  readonly sl: T;
  readonly ru: T;
}

/** The languages with complete UI strings in every bundle (others load or are registered: see `registerLanguage`). */
export type UiLanguage = keyof Translations<unknown>;

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'sl', 'ru'];

/**
 * Every UI string of the library in one language: what `registerLanguage` takes. Each part is
 * one widget's table (`common`: loading and error states shared by all); plurals and
 * interpolations are functions (use `Intl.PluralRules` for the plural forms).
 */
export interface UiStrings {
  common: CommonStrings;
  newsCard: NewsCardStrings;
  areas: AreasStrings;
  map: MapStrings;
}

/**
 * Languages beyond the tables: registered ones and built-in ones once loaded, by lower-case tag.
 * @internal
 */
export const languages = new Map<string, UiStrings>();

// Which part of `UiStrings` a table is (its widget), for the languages of `languages`.
const parts = new WeakMap<object, keyof UiStrings>();
const part = <K extends keyof UiStrings>(key: K, table: Translations<UiStrings[K]>) => (parts.set(table, key), table);

/**
 * The tags to look a language up under, most specific first: the tag itself and its base
 * language, lower-case (`de-AT` → `de-at`, `de`); none for a value that is not a language tag
 * (`en_US`, `constructor`, an empty string), which gets English.
 * @internal
 */
export function candidates(lang: string): string[] {
  const tag = String(lang).toLowerCase();
  return /^[a-z]{2,3}(-[a-z\d]{1,8})*$/.test(tag) ? [tag, tag.split('-')[0]] : [];
}

/**
 * The strings of `table` for a language tag: the exact tag (`de-AT`), then its base language
 * (`de`), then English. Under each tag a registered language comes before the table's own.
 * (A table of the page's own, not one of the four above, has only its own languages.)
 */
export function translate<T>(table: Translations<T>, lang: string): T {
  const key = parts.get(table);
  for (const tag of candidates(lang)) {
    const strings = (languages.get(tag)?.[key!] as T) || (Object.hasOwn(table, tag) && (table as unknown as Record<string, T>)[tag]);
    if (strings) return strings;
  }
  return table.en;
}

export interface CommonStrings {
  loading: string;
  loadFailed: string;
  invalidData: string;
  retry: string;
  details: string;
  warnings: (n: number) => string;
}

export const commonStrings: Translations<CommonStrings> = /* @__PURE__ */ part('common', {
  en: {
    loading: 'Loading…',
    loadFailed: 'The data could not be loaded.',
    invalidData: 'The data could not be shown.',
    retry: 'Try again',
    details: 'Details',
    warnings: (n) => plural('en', n, { one: `${n} problem in the data`, other: `${n} problems in the data` }),
  },
  sl: {
    loading: 'Nalaganje …',
    loadFailed: 'Podatkov ni bilo mogoče naložiti.',
    invalidData: 'Podatkov ni bilo mogoče prikazati.',
    retry: 'Poskusi znova',
    details: 'Podrobnosti',
    warnings: (n) =>
      plural('sl', n, {
        one: `${n} težava v podatkih`,
        two: `${n} težavi v podatkih`,
        few: `${n} težave v podatkih`,
        other: `${n} težav v podatkih`,
      }),
  },
  ru: {
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить данные.',
    invalidData: 'Не удалось показать данные.',
    retry: 'Повторить',
    details: 'Подробности',
    warnings: (n) => plural('ru', n, { one: `${n} проблема в данных`, few: `${n} проблемы в данных`, other: `${n} проблем в данных` }),
  },
});

export interface NewsCardStrings {
  readMore: string;
  showLess: string;
  moreParagraphs: (n: number) => string;
  tags: string;
  empty: string;
}

export const newsCardStrings: Translations<NewsCardStrings> = /* @__PURE__ */ part('newsCard', {
  en: {
    readMore: 'Read more',
    showLess: 'Show less',
    moreParagraphs: (n) => plural('en', n, { one: `${n} more paragraph`, other: `${n} more paragraphs` }),
    tags: 'Tags',
    empty: 'There is no announcement to show.',
  },
  sl: {
    readMore: 'Preberi več',
    showLess: 'Prikaži manj',
    moreParagraphs: (n) =>
      plural('sl', n, { one: `še ${n} odstavek`, two: `še ${n} odstavka`, few: `še ${n} odstavki`, other: `še ${n} odstavkov` }),
    tags: 'Oznake',
    empty: 'Ni novice za prikaz.',
  },
  ru: {
    readMore: 'Читать далее',
    showLess: 'Свернуть',
    moreParagraphs: (n) => plural('ru', n, { one: `ещё ${n} абзац`, few: `ещё ${n} абзаца`, other: `ещё ${n} абзацев` }),
    tags: 'Теги',
    empty: 'Нет новости для показа.',
  },
});

export interface AreasStrings {
  label: string;
  items: (n: number) => string;
  expandAll: string;
  collapseAll: string;
  search: string;
  results: (n: number) => string;
  noMatch: (query: string) => string;
  empty: string;
}

export const areasStrings: Translations<AreasStrings> = /* @__PURE__ */ part('areas', {
  en: {
    label: 'Areas of cooperation',
    items: (n) => plural('en', n, { one: `${n} item`, other: `${n} items` }),
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    search: 'Search the areas',
    results: (n) => plural('en', n, { one: `${n} result`, other: `${n} results` }),
    noMatch: (q) => `No area or item matches “${q}”.`,
    empty: 'There are no areas of cooperation to show.',
  },
  sl: {
    label: 'Področja sodelovanja',
    items: (n) => plural('sl', n, { one: `${n} postavka`, two: `${n} postavki`, few: `${n} postavke`, other: `${n} postavk` }),
    expandAll: 'Razširi vse',
    collapseAll: 'Skrči vse',
    search: 'Iskanje po področjih',
    results: (n) => plural('sl', n, { one: `${n} zadetek`, two: `${n} zadetka`, few: `${n} zadetki`, other: `${n} zadetkov` }),
    noMatch: (q) => `Nobeno področje ali postavka se ne ujema z »${q}«.`,
    empty: 'Ni področij sodelovanja za prikaz.',
  },
  ru: {
    label: 'Направления сотрудничества',
    items: (n) => plural('ru', n, { one: `${n} пункт`, few: `${n} пункта`, other: `${n} пунктов` }),
    expandAll: 'Развернуть все',
    collapseAll: 'Свернуть все',
    search: 'Поиск по направлениям',
    results: (n) => plural('ru', n, { one: `${n} результат`, few: `${n} результата`, other: `${n} результатов` }),
    noMatch: (q) => `Ничего не найдено по запросу «${q}».`,
    empty: 'Нет направлений сотрудничества для показа.',
  },
});

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
}

/** "Ljubljana, Moskva" or, for long lists, the first ten and how many more. */
const names = (list: readonly string[], more: (n: number) => string) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} ${more(list.length - 10)}` : list.join(', ');

export const mapStrings: Translations<MapStrings> = /* @__PURE__ */ part('map', {
  en: {
    summary: (list) =>
      `Map of ${plural('en', list.length, { one: '1 partner city', other: `${list.length} partner cities` })}: ${names(list, (n) => `and ${n} more`)}`,
    help: 'Map of the partner cities. Arrow keys move between cities, Home goes to the home city, Enter selects, + and − zoom, 0 resets the view.',
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
  },
  sl: {
    summary: (list) => `Zemljevid partnerskih mest (${list.length}): ${names(list, (n) => `in še ${n}`)}`,
    help: 'Zemljevid partnerskih mest. S puščicami se premikate med mesti, Home skoči na domače mesto, Enter izbere mesto, + in − povečata ali pomanjšata, 0 ponastavi pogled.',
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
  },
  ru: {
    summary: (list) => `Карта городов-партнёров (${list.length}): ${names(list, (n) => `и ещё ${n}`)}`,
    help: 'Карта городов-партнёров. Стрелки — переход между городами, Home — родной город, Enter — выбор, + и − — масштаб, 0 — исходный вид.',
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
  },
});
