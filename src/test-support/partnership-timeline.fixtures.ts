/** Queries and data of the <partnership-timeline> tests (src/components/partnership-timeline/*.test.ts). */
import { parts, q, qa, textOf } from './helpers.js';

/** The titles of the entries shown, in order. */
export const entryTitles = (el: HTMLElement) => parts(el, 'entry-title').map((t) => textOf(t));

/** Each entry's dates as shown: `[text, datetime]` of every `<time>` in its date part. */
export const entryDates = (el: HTMLElement) =>
  parts(el, 'entry').map((entry) => [...entry.querySelectorAll('[part~="date"] time')].map((t) => [textOf(t), t.getAttribute('datetime')]));

/** The year headings, in order. */
export const years = (el: HTMLElement) => parts(el, 'year-heading').map((h) => textOf(h));

/**
 * The widget's list read in order as `entry:<title>`, `today` and `year:<year>` items: where the
 * today marker stands among the years and entries.
 */
export const sequence = (el: HTMLElement) =>
  qa(el, '[part~="year-heading"], [part~="entry-title"], [part~="today"]').map((n) =>
    n.matches('[part~="today"]') ? 'today' : n.matches('[part~="year-heading"]') ? `year:${textOf(n)}` : `entry:${textOf(n)}`,
  );

/** The entry whose title is `title`. */
export const entryNamed = (el: HTMLElement, title: string) =>
  parts(el, 'entry').find((e) => textOf(e.querySelector('[part~="entry-title"]')) === title) ?? null;

/** The horizontal axis (the scrollable region). */
export const axis = (el: HTMLElement) => q(el, '[part~="axis"]')!;

/**
 * Uses a calendar link as the reader would, without following it: dispatches `type` (a click,
 * by default) on it, which gives it its file, and cancels the browser's download (a listener on
 * the window, after the widget's). Returns the link's address then.
 */
export function useLink(link: HTMLAnchorElement, type: 'click' | 'auxclick' | 'contextmenu' = 'click'): string {
  const cancel = (e: Event) => e.preventDefault();
  window.addEventListener(type, cancel);
  try {
    link.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, button: type === 'auxclick' ? 1 : 0 }));
  } finally {
    window.removeEventListener(type, cancel);
  }
  return link.href;
}

/** The text of a calendar link's file: the link used (a click), then its Blob URL fetched. */
export const calendarText = async (link: HTMLAnchorElement) => (await fetch(useLink(link))).text();

/** A fixed year for `now`: tests never depend on the day they run. */
export const NOW = '2020-01-15';

/** Bare entries around `NOW`: a past range, a past month, an upcoming day with a place and a link, an upcoming range of days. */
export const entries = [
  { date: '2019-09-10', title: 'Signing in Moscow', kind: 'agreement', id: 'signing' },
  { date: '2016', end: '2018', title: 'First programme', kind: 'agreement', id: 'first-programme' },
  { date: '2019-11', title: 'Student exchange', id: 'exchange' },
  {
    date: '2020-03-20',
    title: 'Concert, Ljubljana; "spring"',
    place: 'Cankarjev dom, Ljubljana',
    description: 'An evening of music',
    url: 'https://example.org/concert',
    id: 'concert',
  },
  { date: '2020-05-18', end: '2020-05-24', title: 'Days of Ljubljana in Moscow', place: 'Moscow', id: 'days' },
];
