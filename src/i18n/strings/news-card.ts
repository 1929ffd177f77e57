/**
 * The UI strings of `<city-news-card>`: a module of its own, imported by the widget, so that a page (or the
 * loader's shared chunk) carries only the strings of the widgets it uses. Registered under its
 * part of `UiStrings` (`part`), where `translate` finds the other languages' strings whenever
 * they arrive.
 */
import { plural } from '../format.js';
import { part, type Translations } from '../strings.js';

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
