import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarText, entries, entryNamed, NOW } from '../../test-support/partnership-timeline.fixtures.js';
import { captureWarningsPerTest, part, parts, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { PartnershipTimeline } from './partnership-timeline.js';
import './partnership-timeline.js';

// <partnership-timeline>: the calendar files (.ics) of upcoming events — which entries get one,
// what the files hold (read back from their Blob URLs), and when their URLs are revoked.

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
      expect(concert.href).to.match(/^blob:/);
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

    it('revokes its Blob URLs when the data changes and when it leaves the page', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const first = part<HTMLAnchorElement>(el, 'calendar')!.href;
      const all = part<HTMLAnchorElement>(el, 'calendar-all')!.href;
      expect((await fetch(first)).ok).to.equal(true);
      el.data = entries.slice(3);
      await waitUntil(() => part<HTMLAnchorElement>(el, 'calendar')?.href !== first, 'new data kept the old URL');
      await Promise.all(
        [first, all].map(async (url) => {
          const error = await fetch(url).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error, url).to.be.an('error');
        }),
      );
      const second = part<HTMLAnchorElement>(el, 'calendar')!.href;
      const parent = el.parentNode!;
      el.remove();
      expect(
        await fetch(second).then(
          () => 'open',
          () => 'revoked',
        ),
      ).to.equal('revoked');
      // Back on the page: new files.
      parent.append(el);
      await waitUntil(() => part<HTMLAnchorElement>(el, 'calendar')?.href !== second, 'no new URL after reconnecting');
      expect((await fetch(part<HTMLAnchorElement>(el, 'calendar')!.href)).ok).to.equal(true);
    });
  });
});
