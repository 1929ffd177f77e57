/**
 * UI strings, one typed table per widget (plus `common`), each complete in every language of
 * `Translations` (the type checks it). Separate tables keep a widget's bundle to its own strings.
 * Plurals are functions over `Intl.PluralRules` categories.
 */
import { plural } from './format.js';

/** A table of UI strings in every supported language. */
export interface Translations<T> {
  readonly en: T;
  readonly sl: T;
  readonly ru: T;
}

/** The languages with complete UI strings. */
export type UiLanguage = keyof Translations<unknown>;

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'sl', 'ru'];

/** The strings of `table` for a language tag (`sl-SI` → `sl`); English when there are none. */
export function translate<T>(table: Translations<T>, lang: string): T {
  const base = lang.toLowerCase().split('-')[0];
  return (table as unknown as Record<string, T>)[base] ?? table.en;
}

export interface CommonStrings {
  loading: string;
  loadFailed: string;
  invalidData: string;
  retry: string;
  details: string;
  warnings: (n: number) => string;
}

export const commonStrings: Translations<CommonStrings> = {
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
    warnings: (n) => plural('sl', n, { one: `${n} težava v podatkih`, two: `${n} težavi v podatkih`, few: `${n} težave v podatkih`, other: `${n} težav v podatkih` }),
  },
  ru: {
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить данные.',
    invalidData: 'Не удалось показать данные.',
    retry: 'Повторить',
    details: 'Подробности',
    warnings: (n) => plural('ru', n, { one: `${n} проблема в данных`, few: `${n} проблемы в данных`, other: `${n} проблем в данных` }),
  },
};

export interface NewsCardStrings {
  readMore: string;
  showLess: string;
  moreParagraphs: (n: number) => string;
  tags: string;
  empty: string;
}

export const newsCardStrings: Translations<NewsCardStrings> = {
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
    moreParagraphs: (n) => plural('sl', n, { one: `še ${n} odstavek`, two: `še ${n} odstavka`, few: `še ${n} odstavki`, other: `še ${n} odstavkov` }),
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
};
