import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { calendarText, entries, entryNamed, NOW, useLink } from '../../test-support/partnership-timeline.fixtures.js';
import { captureWarningsPerTest, part, parts, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { PartnershipTimeline } from './partnership-timeline.js';
import './partnership-timeline.js';

// <partnership-timeline>: the calendar files (.ics) of upcoming events — which entries get one,
// what the files hold (read back from their Blob URLs), that they are made only when a link is
// used, and when their URLs are revoked.

captureWarningsPerTest();

/** The VEVENTs of a calendar file, parsed by ical.js: summary, location, start and end as written. */
const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, location: e.location, start: e.startDate.toString(), end: e.endDate.toString(), uid: e.uid };
  });

describe('<partnership-timeline>', () => {
  describe('calendar files', () => {
    it('offers an .ics link for each upcoming event only, holding that event', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const links = parts<HTMLAnchorElement>(el, 'calendar');
      expect(links.map((a) => a.closest('[part~="entry"]'))).to.deep.equal([
        entryNamed(el, 'Concert, Ljubljana; "spring"'),
        entryNamed(el, 'Days of Ljubljana in Moscow'),
      ]);
      const [concert, days] = links;
      expect(concert.getAttribute('download')).to.equal('concert.ics');
      // A link to its entry until it is used.
      expect(concert.getAttribute('href')).to.equal('#timeline-concert');
      // The accessible name says which event.
      expect(textOf(concert)).to.equal('Add to calendar: Concert, Ljubljana; "spring" (.ics)');
      const text = await calendarText(concert);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(text).to.contain('SUMMARY:Concert\\, Ljubljana\\; "spring"');
      expect(events(text)).to.deep.equal([
        {
          summary: 'Concert, Ljubljana; "spring"',
          location: 'Cankarjev dom, Ljubljana',
          start: '2020-03-20',
          end: '2020-03-21',
          uid: 'concert@partner-city-widgets',
        },
      ]);
      expect(events(await calendarText(days))).to.deep.equal([
        {
          summary: 'Days of Ljubljana in Moscow',
          location: 'Moscow',
          start: '2020-05-18',
          end: '2020-05-25',
          uid: 'days@partner-city-widgets',
        },
      ]);
    });

    it('offers every upcoming event in one file, and nothing once all are past', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const all = part<HTMLAnchorElement>(el, 'calendar-all')!;
      expect(textOf(all)).to.equal('Add all upcoming events (.ics)');
      expect(all.getAttribute('download')).to.equal('upcoming.ics');
      expect(events(await calendarText(all)).map((e) => e.summary)).to.deep.equal([
        'Concert, Ljubljana; "spring"',
        'Days of Ljubljana in Moscow',
      ]);
      el.now = '2021-01-01';
      await elementUpdated(el);
      expect(part(el, 'calendar-all')).to.equal(null);
      expect(parts(el, 'calendar')).to.have.length(0);
    });

    it('gives the seed’s May 2020 days a month-long file in the widget’s language, before May 2020', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl"></div>`);
      wrapper.innerHTML = `<partnership-timeline src="${SEED_URL}" now="2020-02-01"></partnership-timeline>`;
      const el = wrapper.firstElementChild as PartnershipTimeline;
      await ready(el);
      await el.updateComplete;
      const [link] = parts<HTMLAnchorElement>(el, 'calendar');
      expect(link.closest('[part~="entry"]')).to.equal(entryNamed(el, 'Dnevi Ljubljane v Moskvi'));
      expect(textOf(link)).to.equal('Dodaj v koledar: Dnevi Ljubljane v Moskvi (.ics)');
      const text = await calendarText(link);
      expect(text).to.contain('DTSTART;VALUE=DATE:20200501\r\n');
      expect(text).to.contain('DTEND;VALUE=DATE:20200601\r\n');
      expect(events(text)[0]).to.include({ summary: 'Dnevi Ljubljane v Moskvi', location: 'Moskva' });
      expect(part<HTMLAnchorElement>(el, 'calendar-all')!.getAttribute('download')).to.equal('2019-09-11-ljubljana-moskva-upcoming.ics');
    });

    it('revokes its Blob URLs when the data or the language changes and when it leaves the page', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const revoked = (url: string) =>
        fetch(url).then(
          () => false,
          () => true,
        );
      const first = useLink(part<HTMLAnchorElement>(el, 'calendar')!);
      const all = useLink(part<HTMLAnchorElement>(el, 'calendar-all')!);
      expect(first).to.match(/^blob:/);
      expect((await fetch(first)).ok).to.equal(true);
      el.data = entries.slice(3);
      await waitUntil(() => part<HTMLAnchorElement>(el, 'calendar')?.href !== first, 'new data kept the old URL');
      expect(await Promise.all([first, all].map(revoked))).to.deep.equal([true, true]);
      // The links are links to their entries again, until they are used.
      expect(part(el, 'calendar')!.getAttribute('href')).to.equal('#timeline-concert');
      expect(part(el, 'calendar-all')!.getAttribute('href')).to.equal('#timeline-');
      const english = useLink(part<HTMLAnchorElement>(el, 'calendar')!);
      el.lang = 'sl';
      await waitUntil(() => textOf(part(el, 'calendar')).startsWith('Dodaj v koledar'), 'the language did not change');
      expect(await revoked(english)).to.equal(true);
      expect(part(el, 'calendar')!.getAttribute('href')).to.equal('#timeline-concert');
      const second = useLink(part<HTMLAnchorElement>(el, 'calendar')!);
      expect(second).to.not.equal(english);
      const parent = el.parentNode!;
      el.remove();
      expect(await revoked(second)).to.equal(true);
      expect(part(el, 'calendar')!.getAttribute('href')).to.equal('#timeline-concert');
      // Back on the page: new files, when the link is used.
      parent.append(el);
      await el.updateComplete;
      const third = useLink(part<HTMLAnchorElement>(el, 'calendar')!);
      expect(third).to.not.equal(second);
      expect(await (await fetch(third)).text()).to.contain('SUMMARY:Concert');
    });
  });

  describe('calendar files, made when a link is used', () => {
    /** Counts the object URLs made and the calendar files written while a test runs. */
    let made: string[];
    let written: number;
    const { createObjectURL } = URL;
    const NativeBlob = window.Blob;
    beforeEach(() => {
      made = [];
      written = 0;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = createObjectURL.call(URL, object);
        made.push(url);
        return url;
      };
      window.Blob = class extends NativeBlob {
        constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
          super(parts, options);
          if (options?.type?.startsWith('text/calendar')) written++;
        }
      };
    });
    afterEach(() => {
      URL.createObjectURL = createObjectURL;
      window.Blob = NativeBlob;
    });

    /** 40 upcoming events (after NOW), `e1` to `e40`, a day apart. */
    const many = Array.from({ length: 40 }, (_, i) => ({
      date: new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10),
      title: `Event ${i + 1}`,
      place: 'Ljubljana',
      id: `e${i + 1}`,
    }));

    it('renders 40 upcoming events with real links and writes no file until one is used', async () => {
      const el = await fixture<PartnershipTimeline>(html`<partnership-timeline lang="en" now=${NOW} .data=${many}></partnership-timeline>`);
      const links = parts<HTMLAnchorElement>(el, 'calendar');
      expect(links).to.have.length(40);
      expect(made).to.deep.equal([]);
      expect(written).to.equal(0);
      // Real links: an address (their entry), the file's name, in the tab order.
      expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('download')])).to.deep.equal(
        many.map((e) => [`#timeline-${e.id}`, `${e.id}.ics`]),
      );
      links[4].focus();
      expect(el.shadowRoot!.activeElement).to.equal(links[4]);
      expect(part(el, 'calendar-all')!.getAttribute('href')).to.equal('#timeline-');
      await expect(el).to.be.accessible();
      expect(made).to.deep.equal([]);

      // Used: that one file, once.
      const text = await calendarText(links[4]);
      expect(events(text).map((e) => e.summary)).to.deep.equal(['Event 5']);
      expect(useLink(links[4])).to.equal(made[0]);
      expect([made.length, written]).to.deep.equal([1, 1]);
      expect(events(await calendarText(part<HTMLAnchorElement>(el, 'calendar-all')!))).to.have.length(40);
      expect([made.length, written]).to.deep.equal([2, 2]);
    });

    it('gives a link its file when Enter or the middle button uses it, or its context menu opens', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const [concert, days] = parts<HTMLAnchorElement>(el, 'calendar');
      // The browser's download is cancelled after the widget's listener has run.
      const cancel = (e: Event) => e.preventDefault();
      for (const type of ['click', 'auxclick']) window.addEventListener(type, cancel);
      try {
        concert.focus();
        await sendKeys({ press: 'Enter' });
        expect(concert.href).to.match(/^blob:/);
        expect(events(await (await fetch(concert.href)).text()).map((e) => e.summary)).to.deep.equal(['Concert, Ljubljana; "spring"']);
        const box = days.getBoundingClientRect();
        await sendMouse({ type: 'click', button: 'middle', position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)] });
        expect(days.href).to.match(/^blob:/);
        expect(events(await (await fetch(days.href)).text()).map((e) => e.summary)).to.deep.equal(['Days of Ljubljana in Moscow']);
      } finally {
        for (const type of ['click', 'auxclick']) window.removeEventListener(type, cancel);
      }
      const all = part<HTMLAnchorElement>(el, 'calendar-all')!;
      expect(useLink(all, 'contextmenu')).to.match(/^blob:/);
      expect(made).to.have.length(3);
      // Not a choice of the entry.
      expect(el.shadowRoot!.querySelector('[aria-current="true"]')).to.equal(null);
    });
  });
});
