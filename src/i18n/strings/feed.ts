/**
 * The UI strings of `<city-news-feed>`: a module of its own, imported by the widget, so that a
 * page (or the loader's shared chunk) carries only the strings of the widgets it uses. Registered
 * under its part of `UiStrings` (`part`), where `translate` finds the other languages' strings
 * whenever they arrive.
 */
import { plural } from '../format.js';
import { part, type Translations } from '../strings.js';

export interface FeedStrings {
  /** The accessible name of the list of announcements. */
  label: string;
  /** The search field's label. */
  search: string;
  /** The accessible name of the group of tag buttons. */
  tags: string;
  /** How many announcements match the search and the tag (the live result count). */
  results: (n: number) => string;
  /** The no-match message. */
  noMatch: string;
  /** The button that clears the search and the tag. */
  clear: string;
  /** The "Load more" button. */
  more: string;
  /** Announced after "Load more": how many were added, how many show of how many. */
  moreShown: (added: number, shown: number, total: number) => string;
  /** The empty message: the feed has no announcements. */
  empty: string;
}

export const feedStrings: Translations<FeedStrings> = /* @__PURE__ */ part('feed', {
  en: {
    label: 'News',
    search: 'Search the news',
    tags: 'Filter by tag',
    results: (n) => plural('en', n, { one: `${n} announcement`, other: `${n} announcements` }),
    noMatch: 'No announcement matches the search or the tag.',
    clear: 'Clear filters',
    more: 'Load more',
    moreShown: (added, shown, total) =>
      plural('en', added, { one: `${added} more announcement shown`, other: `${added} more announcements shown` }) +
      `, ${shown} of ${total}.`,
    empty: 'There are no announcements to show.',
  },
  sl: {
    label: 'Novice',
    search: 'Iskanje po novicah',
    tags: 'Filtriraj po oznaki',
    results: (n) => plural('sl', n, { one: `${n} novica`, two: `${n} novici`, few: `${n} novice`, other: `${n} novic` }),
    noMatch: 'Nobena novica se ne ujema z iskanjem ali oznako.',
    clear: 'Počisti filtre',
    more: 'Naloži več',
    moreShown: (added, shown, total) =>
      plural('sl', added, {
        one: `Prikazana je še ${added} novica`,
        two: `Prikazani sta še ${added} novici`,
        few: `Prikazane so še ${added} novice`,
        other: `Prikazanih je še ${added} novic`,
      }) + `, ${shown} od ${total}.`,
    empty: 'Ni novic za prikaz.',
  },
  ru: {
    label: 'Новости',
    search: 'Поиск по новостям',
    tags: 'Фильтр по тегу',
    results: (n) => plural('ru', n, { one: `${n} новость`, few: `${n} новости`, other: `${n} новостей` }),
    noMatch: 'Ни одна новость не подходит под поиск или тег.',
    clear: 'Сбросить фильтры',
    more: 'Показать ещё',
    moreShown: (added, shown, total) =>
      plural('ru', added, {
        one: `Показана ещё ${added} новость`,
        few: `Показаны ещё ${added} новости`,
        other: `Показано ещё ${added} новостей`,
      }) + `, ${shown} из ${total}.`,
    empty: 'Нет новостей для показа.',
  },
});
