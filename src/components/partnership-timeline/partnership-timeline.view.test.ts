import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { entries, entryDates, entryNamed, entryTitles, NOW, sequence, years } from '../../test-support/partnership-timeline.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import { PartnershipTimeline } from './partnership-timeline.js';
import './partnership-timeline.js';

// <partnership-timeline>: what the seed and partial or range dates show, in three languages;
// the "today" split; the order; headings and kinds.

captureWarningsPerTest();

const seedTimeline = async (lang: string, attrs = '') => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<partnership-timeline src="${SEED_URL}" now="2026-12-01" ${attrs}></partnership-timeline>`;
  const el = wrapper.firstElementChild as PartnershipTimeline;
  await ready(el);
  await el.updateComplete;
  return el;
};

describe('<partnership-timeline>', () => {
  it('is defined', () => {
    expect(customElements.get('partnership-timeline')).to.equal(PartnershipTimeline);
  });

  describe('the seed', () => {
    it('shows exactly three entries in order, at their precision, in Slovene', async () => {
      const el = await seedTimeline('sl');
      expect(entryTitles(el)).to.deep.equal([
        'Protokol o prijateljstvu in sodelovanju med mestoma',
        'Program sodelovanja med Vlado Moskve in Mestno občino Ljubljana v obdobju 2019–2021',
        'Dnevi Ljubljane v Moskvi',
      ]);
      expect(entryDates(el)).to.deep.equal([[['2000', '2000']], [['10. september 2019', '2019-09-10']], [['maj 2020', '2020-05']]]);
      expect(years(el)).to.deep.equal(['2000', '2019', '2020']);
      expect(parts(el, 'kind').map(textOf)).to.deep.equal(['Sporazum', 'Sporazum', 'Dogodek']);
      // The programme's period, and the two events of its day within it.
      expect(textOf(part(el, 'period'))).to.equal('(2019–2021)');
      expect(qa(el, '[part~="period"] time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2019', '2021']);
      const related = parts(el, 'related')[0];
      expect(related.closest('[part~="entry"]')).to.equal(parts(el, 'entry')[1]);
      expect(related.querySelectorAll('li')).to.have.length(2);
      expect(textOf(related)).to.contain('Odprtje spomenika padlim Slovencem');
      expect(textOf(parts(el, 'place')[1])).to.equal('Kraj: Moskva');
    });

    it('in English and Russian', async () => {
      const en = await seedTimeline('en');
      expect(entryTitles(en)[2]).to.equal('Days of Ljubljana in Moscow');
      expect(entryDates(en)).to.deep.equal([[['2000', '2000']], [['September 10, 2019', '2019-09-10']], [['May 2020', '2020-05']]]);
      expect(parts(en, 'kind').map(textOf)).to.deep.equal(['Agreement', 'Agreement', 'Event']);
      const ru = await seedTimeline('ru');
      expect(entryTitles(ru)[0]).to.equal('Протокол о дружбе и сотрудничестве между городами');
      expect(entryDates(ru)).to.deep.equal([[['2000', '2000']], [['10 сентября 2019 г.', '2019-09-10']], [['май 2020 г.', '2020-05']]]);
      expect(parts(ru, 'kind').map(textOf)).to.deep.equal(['Соглашение', 'Соглашение', 'Событие']);
      expect(textOf(part(ru, 'today'))).to.contain('Сегодня');
    });

    it('puts years at heading-level and entry titles one below', async () => {
      const el = await seedTimeline('en', 'heading-level="3"');
      expect(parts(el, 'year-heading').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      expect(parts(el, 'entry-title').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      el.headingLevel = 6;
      await elementUpdated(el);
      expect(parts(el, 'entry-title')[0].localName).to.equal('h6');
    });
  });

  describe('dates, today and order', () => {
    it('shows partial dates and ranges at their precision, a range as two <time>s', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      expect(entryTitles(el)).to.deep.equal([
        'First programme',
        'Signing in Moscow',
        'Student exchange',
        'Concert, Ljubljana; "spring"',
        'Days of Ljubljana in Moscow',
      ]);
      expect(entryDates(el)).to.deep.equal([
        [
          ['2016', '2016'],
          ['2018', '2018'],
        ],
        [['September 10, 2019', '2019-09-10']],
        [['November 2019', '2019-11']],
        [['March 20, 2020', '2020-03-20']],
        [
          ['May 18, 2020', '2020-05-18'],
          ['May 24, 2020', '2020-05-24'],
        ],
      ]);
      expect(textOf(parts(el, 'date')[0])).to.equal('2016–2018');
      // A range has a bar (shown in the horizontal layout); a single date none.
      expect(parts(el, 'entry').map((e) => !!e.querySelector('[part~="span"]'))).to.deep.equal([true, false, false, false, true]);
      // As long as the period: 3em a year (2016–2018: 36 months; 18–24 May 2020: one month).
      expect(parts(el, 'span').map((svg) => svg.getAttribute('width'))).to.deep.equal(['9em', '0.25em']);
      el.layout = 'horizontal';
      await elementUpdated(el);
      const [long, short] = parts(el, 'span').map((svg) => svg.getBoundingClientRect().width);
      expect(long / short).to.be.closeTo(36, 0.5);
    });

    it('puts the today marker between past and upcoming; only upcoming entries say so', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      expect(sequence(el)).to.deep.equal([
        'year:2016',
        'entry:First programme',
        'year:2019',
        'entry:Signing in Moscow',
        'entry:Student exchange',
        'year:2020',
        'today',
        'entry:Concert, Ljubljana; "spring"',
        'entry:Days of Ljubljana in Moscow',
      ]);
      const today = part(el, 'today')!;
      expect(textOf(today)).to.equal('Today January 15, 2020');
      expect(today.querySelector('time')!.getAttribute('datetime')).to.equal('2020-01-15');
      expect(parts(el, 'entry').map((e) => textOf(e.querySelector('[part~="upcoming"]')))).to.deep.equal([
        '',
        '',
        '',
        'Upcoming',
        'Upcoming',
      ]);
      // Another day moves the marker: a month stands before today from its first day on.
      el.now = '2019-11-01';
      await elementUpdated(el);
      expect(sequence(el).indexOf('today')).to.equal(sequence(el).indexOf('entry:Student exchange') + 1);
      el.now = '2019-10-31';
      await elementUpdated(el);
      expect(sequence(el).indexOf('today')).to.equal(sequence(el).indexOf('entry:Student exchange') - 1);
      // A period under way (2016–2018 in 2017) stands before today, and is not "upcoming".
      el.now = '2017-06-01';
      await elementUpdated(el);
      expect(sequence(el).slice(0, 3)).to.deep.equal(['year:2016', 'entry:First programme', 'today']);
      expect(entryNamed(el, 'First programme')!.querySelector('[part~="upcoming"]')).to.equal(null);
      // Before everything, and after everything: between the years.
      el.now = '2010-01-01';
      await elementUpdated(el);
      expect(sequence(el)[0]).to.equal('today');
      el.now = '2030-06-01';
      await elementUpdated(el);
      expect(sequence(el).at(-1)).to.equal('today');
      expect(parts(el, 'upcoming')).to.have.length(0);
    });

    it('defaults now to the present day', async () => {
      const el = await fixture<PartnershipTimeline>(html`<partnership-timeline lang="en" .data=${entries}></partnership-timeline>`);
      const d = new Date();
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(q(el, '[part~="today"] time')!.getAttribute('datetime')).to.equal(iso);
      // Every entry of the fixture is before 2021: all past.
      expect(sequence(el).at(-1)).to.equal('today');
      // An invalid now is today too.
      el.now = 'someday';
      await elementUpdated(el);
      expect(q(el, '[part~="today"] time')!.getAttribute('datetime')).to.equal(iso);
    });

    it('lists the newest first with order="newest", the marker mirrored', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" order="newest" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      expect(sequence(el)).to.deep.equal([
        'year:2020',
        'entry:Days of Ljubljana in Moscow',
        'entry:Concert, Ljubljana; "spring"',
        'today',
        'year:2019',
        'entry:Student exchange',
        'entry:Signing in Moscow',
        'year:2016',
        'entry:First programme',
      ]);
      expect(el.order).to.equal('newest');
      el.setAttribute('order', 'sideways');
      await elementUpdated(el);
      expect(el.order).to.equal('oldest');
      expect(entryTitles(el)[0]).to.equal('First programme');
    });

    it('shows kind, place, description and a title link as text and attributes', async () => {
      const el = await fixture<PartnershipTimeline>(
        html`<partnership-timeline lang="en" now=${NOW} .data=${entries}></partnership-timeline>`,
      );
      const concert = entryNamed(el, 'Concert, Ljubljana; "spring"')!;
      expect(textOf(concert.querySelector('[part~="kind"]'))).to.equal('Event');
      expect(textOf(concert.querySelector('[part~="place"]'))).to.equal('Place: Cankarjev dom, Ljubljana');
      expect(textOf(concert.querySelector('[part~="description"]'))).to.equal('An evening of music');
      const link = concert.querySelector<HTMLAnchorElement>('[part~="entry-link"]')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/concert');
      // Without a URL the title is a button (it selects the entry).
      expect(entryNamed(el, 'Student exchange')!.querySelector('button[part~="entry-button"]')).to.exist;
    });
  });
});
