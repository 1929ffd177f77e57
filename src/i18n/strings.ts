/**
 * UI strings, one typed table per widget (plus `common`), each complete in every language of
 * `Translations` (the type checks it). Separate tables keep a widget's bundle to its own strings:
 * this module holds the machinery (`translate`, the registered and loaded languages) and the
 * `common` table; each widget's table is a module of its own in `./strings/` (`news-card.ts`,
 * `areas.ts`, `map.ts`), imported by that widget only. Plurals are functions over
 * `Intl.PluralRules` categories.
 *
 * English, Slovene and Russian are here, in every bundle. Other languages are whole `UiStrings`
 * objects (every widget's strings), kept in `languages`: the built-in German, Croatian, Ukrainian
 * and Italian (`./languages/*.ts`, each a lazy chunk loaded when a widget needs it, see
 * `lang-controller.ts`) and those a page registers with `registerLanguage`.
 */
import { plural } from './format.js';
import type { AreasStrings } from './strings/areas.js';
import type { FeedStrings } from './strings/feed.js';
import type { MapStrings } from './strings/map.js';
import type { NewsCardStrings } from './strings/news-card.js';
import type { TimelineStrings } from './strings/timeline.js';

export type { AreasStrings, FeedStrings, MapStrings, NewsCardStrings, TimelineStrings };

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
  feed: FeedStrings;
  timeline: TimelineStrings;
}

/**
 * Languages beyond the tables: registered ones and built-in ones once loaded, by lower-case tag.
 * @internal
 */
export const languages = new Map<string, UiStrings>();

// Which part of `UiStrings` a table is (its widget), for the languages of `languages`. A
// widget's table is registered when its module runs, which may be before or after a language
// is registered or loaded: `translate` looks the part up in `languages` on every call.
const parts = new WeakMap<object, keyof UiStrings>();
/**
 * Marks `table` as the `key` part of `UiStrings`, so that `translate` finds its strings in the
 * registered and loaded languages; returns the table.
 * @internal
 */
export const part = <K extends keyof UiStrings>(key: K, table: Translations<UiStrings[K]>) => (parts.set(table, key), table);

const tried = new Map<string, readonly string[]>();

/**
 * The tags to look a language up under, most specific first: the tag itself and its base
 * language, lower-case (`de-AT` → `de-at`, `de`); none for a value that is not a language tag
 * (`en_US`, `constructor`, an empty string), which gets English.
 * @internal
 */
export function candidates(lang: string): readonly string[] {
  let found = tried.get(lang);
  if (!found) {
    const tag = String(lang).toLowerCase();
    found = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/.test(tag) ? [tag, tag.split('-')[0]] : [];
    // Every widget asks at each update (a thousand cards: thousands of times, for one or two tags).
    if (tried.size > 100) tried.clear();
    tried.set(lang, found);
  }
  return found;
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
  /** The "Get the data" link of `downloadable` widgets (the format follows it: "(CSV)"). Optional, so that languages registered before it keep working: without it the link is in English. */
  download?: string;
  warnings: (n: number) => string;
}

export const commonStrings: Translations<CommonStrings> = /* @__PURE__ */ part('common', {
  en: {
    loading: 'Loading…',
    loadFailed: 'The data could not be loaded.',
    invalidData: 'The data could not be shown.',
    retry: 'Try again',
    details: 'Details',
    download: 'Get the data',
    warnings: (n) => plural('en', n, { one: `${n} problem in the data`, other: `${n} problems in the data` }),
  },
  sl: {
    loading: 'Nalaganje …',
    loadFailed: 'Podatkov ni bilo mogoče naložiti.',
    invalidData: 'Podatkov ni bilo mogoče prikazati.',
    retry: 'Poskusi znova',
    details: 'Podrobnosti',
    download: 'Prenesi podatke',
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
    download: 'Скачать данные',
    warnings: (n) => plural('ru', n, { one: `${n} проблема в данных`, few: `${n} проблемы в данных`, other: `${n} проблем в данных` }),
  },
});
