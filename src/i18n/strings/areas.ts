/**
 * The UI strings of `<cooperation-areas>`: a module of its own, imported by the widget, so that a page (or the
 * loader's shared chunk) carries only the strings of the widgets it uses. Registered under its
 * part of `UiStrings` (`part`), where `translate` finds the other languages' strings whenever
 * they arrive.
 */
import { plural } from '../format.js';
import { part, type Translations } from '../strings.js';

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
