/**
 * The UI strings of `<partnership-timeline>`: a module of its own, imported by the widget, so that a page (or the
 * loader's shared chunk) carries only the strings of the widgets it uses. Registered under its
 * part of `UiStrings` (`part`), where `translate` finds the other languages' strings whenever
 * they arrive.
 */
import { part, type Translations } from '../strings.js';

export interface TimelineStrings {
  /** The accessible name of the list (and of the scrollable axis in the horizontal layout). */
  label: string;
  /** Said with the horizontal axis: how to scroll it. */
  scrollHint: string;
  /** The kind of an entry, as visible text. */
  agreement: string;
  event: string;
  news: string;
  /** The marker between past and upcoming entries; the date follows it. */
  today: string;
  /** Marks an upcoming entry. */
  upcoming: string;
  /** The link to an upcoming event's calendar file (.ics). */
  addToCalendar: string;
  /** The link to one calendar file of every upcoming event. */
  allUpcoming: string;
  /** The heading of the other items of an entry's day. */
  related: string;
  /** The label before an entry's place. */
  place: string;
  empty: string;
}

export const timelineStrings: Translations<TimelineStrings> = /* @__PURE__ */ part('timeline', {
  en: {
    label: 'Timeline of the partnership',
    scrollHint: 'Scroll with the arrow keys',
    agreement: 'Agreement',
    event: 'Event',
    news: 'News',
    today: 'Today',
    upcoming: 'Upcoming',
    addToCalendar: 'Add to calendar',
    allUpcoming: 'Add all upcoming events',
    related: 'On the same day',
    place: 'Place',
    empty: 'There are no agreements or events to show.',
  },
  sl: {
    label: 'Časovnica partnerstva',
    scrollHint: 'Premikajte se s puščicami',
    agreement: 'Sporazum',
    event: 'Dogodek',
    news: 'Novica',
    today: 'Danes',
    upcoming: 'Prihaja',
    addToCalendar: 'Dodaj v koledar',
    allUpcoming: 'Dodaj vse prihajajoče dogodke',
    related: 'Isti dan',
    place: 'Kraj',
    empty: 'Ni sporazumov ali dogodkov za prikaz.',
  },
  ru: {
    label: 'Хронология партнёрства',
    scrollHint: 'Прокрутка клавишами со стрелками',
    agreement: 'Соглашение',
    event: 'Событие',
    news: 'Новость',
    today: 'Сегодня',
    upcoming: 'Предстоит',
    addToCalendar: 'Добавить в календарь',
    allUpcoming: 'Добавить все предстоящие события',
    related: 'В тот же день',
    place: 'Место',
    empty: 'Нет соглашений или событий для показа.',
  },
});
