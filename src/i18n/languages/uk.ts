/**
 * Ukrainian UI strings: a lazy chunk, loaded when a widget's language is `uk` or `uk-*`. Plurals
 * of whole numbers have three forms (one: 1, 21; few: 2–4, 22; many: 5–20, 0), fractions a
 * fourth (other). Imports nothing at run time (see de.ts).
 */
import type { UiStrings } from '../strings.js';

const rules = new Intl.PluralRules('uk');
const plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  forms[rules.select(n)] ?? forms.other;
const names = (list: readonly string[]) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} і ще ${list.length - 10}` : list.join(', ');

export default {
  common: {
    loading: 'Завантаження…',
    loadFailed: 'Не вдалося завантажити дані.',
    invalidData: 'Не вдалося показати дані.',
    retry: 'Спробувати ще раз',
    details: 'Докладніше',
    download: 'Завантажити дані',
    warnings: (n) =>
      plural(n, {
        one: `${n} проблема в даних`,
        few: `${n} проблеми в даних`,
        many: `${n} проблем у даних`,
        other: `${n} проблеми в даних`,
      }),
  },
  newsCard: {
    readMore: 'Читати далі',
    showLess: 'Згорнути',
    moreParagraphs: (n) => plural(n, { one: `ще ${n} абзац`, few: `ще ${n} абзаци`, many: `ще ${n} абзаців`, other: `ще ${n} абзацу` }),
    tags: 'Теги',
    empty: 'Немає новини для показу.',
  },
  areas: {
    label: 'Напрями співпраці',
    items: (n) => plural(n, { one: `${n} пункт`, few: `${n} пункти`, many: `${n} пунктів`, other: `${n} пункту` }),
    expandAll: 'Розгорнути все',
    collapseAll: 'Згорнути все',
    search: 'Пошук за напрямами',
    results: (n) => plural(n, { one: `${n} результат`, few: `${n} результати`, many: `${n} результатів`, other: `${n} результату` }),
    noMatch: (q) => `Жоден напрям чи пункт не відповідає запиту «${q}».`,
    empty: 'Немає напрямів співпраці для показу.',
  },
  feed: {
    label: 'Новини',
    search: 'Пошук у новинах',
    tags: 'Фільтр за теґом',
    results: (n) => plural(n, { one: `${n} новина`, few: `${n} новини`, other: `${n} новин` }),
    noMatch: 'Жодна новина не відповідає пошуку чи теґу.',
    clear: 'Скинути фільтри',
    more: 'Показати ще',
    moreShown: (added, shown, total) =>
      plural(added, { one: `Показано ще ${added} новину`, few: `Показано ще ${added} новини`, other: `Показано ще ${added} новин` }) +
      `, ${shown} з ${total}.`,
    empty: 'Немає новин для показу.',
  },
  map: {
    summary: (list) => `Карта міст-партнерів (${list.length}): ${names(list)}`,
    help: 'Карта міст-партнерів. Стрілки — перехід між містами, Home — рідне місто, Enter — вибір, + і − — масштаб, 0 — початковий вигляд, Tab — сайт вибраного міста, ? — усі клавіші.',
    showList: 'Показати списком',
    hideList: 'Сховати список',
    zoomIn: 'Наблизити',
    zoomOut: 'Віддалити',
    zoomReset: 'Початковий вигляд',
    wheelHint: (key) => `Щоб змінити масштаб карти, утримуйте ${key} і прокручуйте коліщатко`,
    city: 'Місто',
    country: 'Країна',
    since: 'Початок партнерства',
    // Nominative after a colon (Intl writes "травень 2020 р."); a year alone takes "р.".
    partnerSince: (date) => `Початок партнерства: ${date}${/^\d+$/.test(date) ? ' р.' : ''}`,
    link: 'Посилання',
    website: 'Вебсайт',
    home: 'рідне місто',
    empty: 'Немає міст для показу.',
    shapesFailed: 'Не вдалося завантажити контури країн; міста показано без них.',
    keysHint: 'Стрілки: міста · Enter: вибір · Tab: сайт · ?: усі клавіші',
    keys: 'Клавіатура',
    keyList: [
      '← ↑ → ↓: до найближчого міста в цьому напрямку',
      'Home: рідне місто',
      'Enter: вибрати місто (у групі: наблизити, щоб розділити)',
      'Tab: у підказку міста (посилання на сайт)',
      'Escape: закрити підказку',
      '+ −: наблизити, віддалити',
      '0: початковий вигляд',
      '?: показати або сховати цей список',
    ].join('\n'),
    inCluster: (n) => `одне з ${n} міст у цій точці; Enter наближає`,
  },
  timeline: {
    label: 'Хронологія партнерства',
    scrollHint: 'Прокручуйте клавішами зі стрілками',
    agreement: 'Угода',
    event: 'Подія',
    news: 'Новина',
    today: 'Сьогодні',
    upcoming: 'Майбутня',
    addToCalendar: 'Додати до календаря',
    allUpcoming: 'Додати всі майбутні події',
    related: 'Того ж дня',
    place: 'Місце',
    empty: 'Немає угод чи подій для показу.',
  },
} satisfies UiStrings;
