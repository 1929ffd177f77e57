/**
 * UI strings. English is the reference; every other language must provide every key (the
 * type checks it). Plurals are functions over `Intl.PluralRules` categories.
 */
import { plural } from './format.js';

export interface Strings {
  common: {
    loading: string;
    empty: string;
    loadFailed: string;
    invalidData: string;
    retry: string;
    details: string;
    warnings: (n: number) => string;
  };
  newsCard: {
    readMore: string;
    showLess: string;
    moreParagraphs: (n: number) => string;
    tags: string;
    empty: string;
  };
}

const en: Strings = {
  common: {
    loading: 'Loading…',
    empty: 'Nothing to show.',
    loadFailed: 'The data could not be loaded.',
    invalidData: 'The data could not be shown.',
    retry: 'Try again',
    details: 'Details',
    warnings: (n) => plural('en', n, { one: `${n} problem in the data`, other: `${n} problems in the data` }),
  },
  newsCard: {
    readMore: 'Read more',
    showLess: 'Show less',
    moreParagraphs: (n) => plural('en', n, { one: `${n} more paragraph`, other: `${n} more paragraphs` }),
    tags: 'Tags',
    empty: 'There is no announcement to show.',
  },
};

const sl: Strings = {
  common: {
    loading: 'Nalaganje …',
    empty: 'Ni vsebine za prikaz.',
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
  newsCard: {
    readMore: 'Preberi več',
    showLess: 'Prikaži manj',
    moreParagraphs: (n) =>
      plural('sl', n, {
        one: `še ${n} odstavek`,
        two: `še ${n} odstavka`,
        few: `še ${n} odstavki`,
        other: `še ${n} odstavkov`,
      }),
    tags: 'Oznake',
    empty: 'Ni novice za prikaz.',
  },
};

const ru: Strings = {
  common: {
    loading: 'Загрузка…',
    empty: 'Нечего показать.',
    loadFailed: 'Не удалось загрузить данные.',
    invalidData: 'Не удалось показать данные.',
    retry: 'Повторить',
    details: 'Подробности',
    warnings: (n) =>
      plural('ru', n, {
        one: `${n} проблема в данных`,
        few: `${n} проблемы в данных`,
        other: `${n} проблем в данных`,
      }),
  },
  newsCard: {
    readMore: 'Читать далее',
    showLess: 'Свернуть',
    moreParagraphs: (n) =>
      plural('ru', n, {
        one: `ещё ${n} абзац`,
        few: `ещё ${n} абзаца`,
        other: `ещё ${n} абзацев`,
      }),
    tags: 'Теги',
    empty: 'Нет новости для показа.',
  },
};

/** The languages with a complete UI string table. */
export const translations = { en, sl, ru } as const;

export type UiLanguage = keyof typeof translations;

/** The table for a language tag (`sl-SI` → `sl`), English when there is none. */
export function stringsFor(lang: string): Strings {
  const base = lang.toLowerCase().split('-')[0];
  return (translations as Record<string, Strings>)[base] ?? en;
}
