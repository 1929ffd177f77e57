import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  hasNoEntries,
  isOngoing,
  isUpcoming,
  parsePartialDate,
  parseTimeline,
  splitAtToday,
  todayIndex,
  upcomingEntries,
  type Timeline,
  type TimelineEntry,
} from './timeline.js';
import { parseDateRange } from './values.js';

const ok = (json: unknown): Timeline => {
  const r = parseTimeline(json);
  if (!r.ok) throw new Error(`expected a timeline, got ${r.error.message}`);
  return r.value;
};
const seed = async () => (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
const isos = (t: Timeline) => t.entries.map((e) => [e.date.iso, e.end?.iso].filter(Boolean).join('/'));
/** A local calendar time (the "now" split reads dates in the reader's time zone). */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('parseTimeline: the seed', () => {
  it('gives exactly three entries in order: the 2000 protocol, the 2019 programme, the May 2020 days', async () => {
    const r = parseTimeline(await seed());
    expect(r.ok).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
    const t = (r as { value: Timeline }).value;
    expect(t.entries.map((e) => e.kind)).to.deep.equal(['agreement', 'agreement', 'event']);
    expect(t.entries.map((e) => e.title.en)).to.deep.equal([
      'Protocol on Friendship and Cooperation between the Two Cities',
      'Programme of Cooperation between the Government of Moscow and the City of Ljubljana for 2019–2021',
      'Days of Ljubljana in Moscow',
    ]);
    expect(t.entries.map((e) => e.date.precision)).to.deep.equal(['year', 'day', 'month']);
    expect(isos(t)).to.deep.equal(['2000', '2019-09-10/2021', '2020-05']);
    expect(t.lang).to.equal('sl');
    expect(t.id).to.equal('2019-09-11-ljubljana-moskva');
  });

  it('keeps the programme signed on 10 September 2019 with its period 2019–2021, and the events of that day within it', async () => {
    const programme = ok(await seed()).entries[1];
    expect(programme.date.iso).to.equal('2019-09-10');
    expect(programme.period?.from?.iso).to.equal('2019');
    expect(programme.period?.to?.iso).to.equal('2021');
    expect(programme.place?.en).to.equal('Moscow');
    expect(programme.related?.map((e) => [e.kind, e.date.iso, e.place?.en])).to.deep.equal([
      ['event', '2019-09-10', 'Moscow'],
      ['event', '2019-09-10', 'Victory Park, Moscow'],
    ]);
    expect(programme.related?.[0].title.sl).to.match(/^Podpis Programa/);
  });

  it('makes stable, unique, URL-safe ids from the year and the English title', async () => {
    const t = ok(await seed());
    const ids = [...t.entries, ...(t.entries[1].related ?? [])].map((e) => e.id);
    expect(ids).to.deep.equal([
      '2000-protocol-on-friendship-and',
      '2019-programme-of-cooperation-between',
      '2020-days-of-ljubljana-in-moscow',
      '2019-signing-of-the-programme-of',
      '2019-opening-of-the-monument-to-the',
    ]);
    for (const id of ids) expect(id).to.match(/^[a-z0-9-]+$/);
    expect(ok(await seed()).entries.map((e) => e.id)).to.deep.equal(t.entries.map((e) => e.id));
  });
});

describe('parseTimeline: entries', () => {
  it('reads a bare list of entries at every precision, oldest first, coarser first at the same start', () => {
    const t = ok([
      { date: '2019-09-10T10:00:00+03:00', title: 'C' },
      { date: '2019-09-10', title: 'B' },
      { date: 2000, title: 'Z' },
      { date: '2019-09', title: 'A2' },
      { date: '2019', title: 'A1' },
      { date: '2020-05', title: 'D', kind: 'news' },
    ]);
    expect(t.entries.map((e) => e.title.und)).to.deep.equal(['Z', 'A1', 'A2', 'B', 'C', 'D']);
    expect(t.entries.map((e) => e.date.precision)).to.deep.equal(['year', 'year', 'month', 'day', 'datetime', 'month']);
    expect(t.entries.map((e) => e.kind)).to.deep.equal(['event', 'event', 'event', 'event', 'event', 'news']);
    expect(t.entries[4].date).to.include({ hour: 10, minute: 0, offset: '+03:00' });
  });

  it('reads ranges from from/to, date/end and a date written as a range', () => {
    const t = ok({
      lang: 'en',
      entries: [
        { from: '2019', to: '2021', title: 'a' },
        { date: '2019-09-10', end: '2019-09-12', title: 'b' },
        { date: '2019–2021', title: 'c' },
        { date: '2019-2021', title: 'd' },
        { date: '2020-05 – 2020-06', title: 'e' },
        { date: '2019-09-10/2019-09-12', title: 'f' },
      ],
    });
    const by = Object.fromEntries(t.entries.map((e) => [e.title.en, [e.date.iso, e.end?.iso]]));
    expect(by).to.deep.equal({
      a: ['2019', '2021'],
      b: ['2019-09-10', '2019-09-12'],
      c: ['2019', '2021'],
      d: ['2019', '2021'],
      e: ['2020-05', '2020-06'],
      f: ['2019-09-10', '2019-09-12'],
    });
    expect(t.entries.find((e) => e.title.en === 'a')?.period).to.equal(undefined);
    const same = ok([
      { date: '2020-05-01', end: '2020-05', title: 'within' },
      { date: '2020-05', end: '2020-05-20', title: 'to a day' },
      { date: '2020-05-20', end: '2020-05-20', title: 'same' },
    ]);
    expect(same.entries.map((e) => [e.title.und, e.end?.iso])).to.deep.equal([
      ['to a day', '2020-05-20'],
      ['within', undefined],
      ['same', undefined],
    ]);
  });

  it('parses partial dates and ranges alone', () => {
    expect(parsePartialDate('2000')).to.deep.equal({ precision: 'year', year: 2000, iso: '2000' });
    expect(parsePartialDate('2020-05')?.precision).to.equal('month');
    expect(parsePartialDate('2019-09-10T08:30Z')).to.include({ precision: 'datetime', hour: 8, minute: 30, offset: 'Z' });
    expect(parsePartialDate('2019-09-10T08:30')).to.not.have.property('offset');
    expect(parsePartialDate('2020-13')).to.equal(undefined);
    expect(parsePartialDate('May 2020')).to.equal(undefined);
    expect(parseDateRange('2019 — 2021')?.end.iso).to.equal('2021');
    expect(parseDateRange('2019-05')).to.equal(undefined);
    expect(parseDateRange('2019–')).to.equal(undefined);
  });

  it('leaves out bad entries with warnings that name them, and keeps the good ones', () => {
    const r = parseTimeline([
      { date: '2020', title: 'Good' },
      { title: 'No date' },
      { date: 'soon', title: 'Bad date' },
      { date: '2020' },
      'text',
      { date: '2021', end: '2020', title: 'Backwards' },
      { date: '2022', title: 'Kind', kind: 'party' },
    ]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => e.title.und)).to.deep.equal(['Good', 'Backwards', 'Kind']);
    expect(r.value.entries[1].end).to.equal(undefined);
    expect(r.value.entries[2].kind).to.equal('event');
    const said = r.warnings.map((w) => `${w.path}: ${w.message}`);
    expect(said.some((w) => w.startsWith('[1]:') && w.includes('"No date"'))).to.equal(true, said.join('\n'));
    expect(said.some((w) => w.startsWith('[2].date:'))).to.equal(true, said.join('\n'));
    expect(said.some((w) => w.startsWith('[2]:') && w.includes('"Bad date"'))).to.equal(true, said.join('\n'));
    expect(said.some((w) => w.startsWith('[3].title:'))).to.equal(true, said.join('\n'));
    expect(said.some((w) => w.startsWith('[4]:'))).to.equal(true, said.join('\n'));
    expect(said.some((w) => w.startsWith('[5]:') && w.includes('"Backwards" ends (2020) before it begins (2021)'))).to.equal(
      true,
      said.join('\n'),
    );
    expect(said.some((w) => w.startsWith('[6].kind:'))).to.equal(true, said.join('\n'));
  });

  it('gives an error when every entry is bad, and an empty timeline when there are none', () => {
    const r = parseTimeline([{ title: 'x' }, { date: 'never', title: 'y' }]);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.message).to.match(/No entry of the timeline could be read/);
    expect(r.warnings.length).to.be.above(1);
    const bad = parseTimeline({ title: 'A', events: [{ title: 'undated' }] });
    expect(bad.ok).to.equal(false);
    expect(parseTimeline('2019').ok).to.equal(false);
    for (const empty of [{ title: 'No events' }, { entries: [] }]) {
      const e = parseTimeline(empty);
      expect(e.ok && hasNoEntries(e.value), JSON.stringify(empty)).to.equal(true);
    }
    expect(hasNoEntries(ok([{ date: '2000', title: 'x' }]))).to.equal(false);
  });

  it("reads one entry given alone, and takes the data's id for its own only when it fits a file name", () => {
    const r = parseTimeline({ lang: 'en', id: 'days 2020', date: '2020-05', title: 'Days', place: 'Moscow' });
    expect(r.ok && r.value.entries.map((e) => [e.id, e.date.iso, e.place?.en])).to.deep.equal([['2020-days', '2020-05', 'Moscow']]);
    expect(r.ok && r.value.id).to.equal(undefined);
    expect(r.warnings).to.deep.equal([{ path: 'id', message: 'must be letters, digits, ".", "_", "~" or "-"' }]);
    const list = parseTimeline({ id: 'history', entries: [{ date: '2000', title: 'x' }] });
    expect(list.ok && list.value.id).to.equal('history');
  });

  it('keeps a given id, and makes the others unique', () => {
    const t = ok([
      { date: '2019', title: 'Same', id: '2019-same' },
      { date: '2019', title: 'Same' },
      { date: '2019', title: 'Same' },
      { date: '2019', title: 'Bad id', id: 'a b' },
      { date: '2019', title: 'Тот же' },
      { date: '2019', title: '!!!' },
    ]);
    expect(t.entries.map((e) => e.id)).to.deep.equal([
      '2019-same',
      '2019-same-2',
      '2019-same-3',
      '2019-bad-id',
      '2019-тот-же',
      '2019-entry',
    ]);
  });

  it('reads a list of announcements: their publication as news, their agreements and events, each once', async () => {
    const s = await seed();
    const other = {
      lang: 'en',
      id: 'days-2020',
      title: 'Days of Ljubljana in Moscow announced',
      lead: 'The programme of the days.',
      published: '2020-02-03',
      url: 'https://example.org/days',
      events: [
        {
          date: '2020-05',
          title: { en: 'Days of Ljubljana in Moscow', sl: 'Dnevi Ljubljane v Moskvi', ru: 'Дни Любляны в Москве' },
          place: 'Moscow',
        },
      ],
    };
    const r = parseTimeline([s, other, { title: 'Undated news' }]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const t = r.value;
    expect(t.entries.map((e) => [e.kind, e.date.iso])).to.deep.equal([
      ['agreement', '2000'],
      ['agreement', '2019-09-10'],
      ['news', '2019-09-11'],
      ['news', '2020-02-03'],
      ['event', '2020-05'],
    ]);
    const news = t.entries.filter((e) => e.kind === 'news');
    expect(news.map((e) => e.id)).to.deep.equal(['2019-09-11-ljubljana-moskva', 'days-2020']);
    expect(news[0].title.en).to.equal('We are continuing good cooperation with Moscow');
    expect(news[1]).to.include({ url: 'https://example.org/days' });
    expect(news[1].description?.en).to.equal('The programme of the days.');
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['[2]']);
    expect(t.lang).to.equal('sl');
  });
});

describe('the now split', () => {
  const entry = (date: string, end?: string): TimelineEntry => ok([{ date, ...(end && { end }), title: 'x' }]).entries[0];

  it('counts a day, a month and a year as upcoming until they end', () => {
    expect(isUpcoming(entry('2020-05-10'), local(2020, 5, 10, 23, 59))).to.equal(true);
    expect(isUpcoming(entry('2020-05-10'), local(2020, 5, 11))).to.equal(false);
    expect(isUpcoming(entry('2020-05'), local(2020, 5, 31, 12))).to.equal(true);
    expect(isUpcoming(entry('2020-05'), local(2020, 6, 1))).to.equal(false);
    expect(isUpcoming(entry('2020'), local(2020, 12, 31))).to.equal(true);
    expect(isUpcoming(entry('2020'), local(2021, 1, 1))).to.equal(false);
    expect(isUpcoming(entry('2020-05-10T10:00:00Z'), new Date(Date.UTC(2020, 4, 10, 9, 59)))).to.equal(true);
    expect(isUpcoming(entry('2020-05-10T10:00:00Z'), new Date(Date.UTC(2020, 4, 10, 10, 0)))).to.equal(false);
  });

  it('counts a range as upcoming until its end ends, and as under way once it began', () => {
    const programme = entry('2019', '2021');
    expect(isUpcoming(programme, local(2021, 12, 31))).to.equal(true);
    expect(isOngoing(programme, local(2020, 3, 1))).to.equal(true);
    expect(isOngoing(programme, local(2018, 3, 1))).to.equal(false);
    expect(isUpcoming(programme, local(2022, 1, 1))).to.equal(false);
  });

  it('puts the today marker after the last entry that is over', async () => {
    const t = ok(await seed());
    expect(todayIndex(t.entries, local(2019, 1, 1))).to.equal(1);
    expect(todayIndex(t.entries, local(2020, 5, 15))).to.equal(1); // the programme runs, the days are this month
    expect(todayIndex(t.entries, local(2020, 6, 1))).to.equal(3); // the days are over; the programme, before them, still runs
    expect(todayIndex(t.entries, local(2022, 1, 1))).to.equal(3);
    expect(todayIndex(t.entries, local(1999, 1, 1))).to.equal(0);
    const { past, upcoming } = splitAtToday(t, local(2022, 1, 1));
    expect([past.length, upcoming.length]).to.deep.equal([3, 0]);
    expect(upcomingEntries(t, local(2019, 9, 10, 12)).map((e) => e.id)).to.deep.equal([
      '2019-programme-of-cooperation-between',
      '2019-signing-of-the-programme-of',
      '2019-opening-of-the-monument-to-the',
      '2020-days-of-ljubljana-in-moscow',
    ]);
  });
});

describe('parseTimeline and hostile data', () => {
  it('reads at most LIMITS.list entries in all, however many announcements a list has', () => {
    const events = Array.from({ length: 6000 }, (_, i) => ({ date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `e${i}` }));
    const r = parseTimeline([0, 1, 2].map((n) => ({ title: `a${n}`, published: '2020-01-01', events })));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.entries.length).to.be.at.most(10000);
    expect(r.value.entries.length).to.be.above(6000);
    expect(r.warnings.some((w) => w.path === '[1].events' && /only the first/.test(w.message))).to.equal(true);
    expect(r.warnings.some((w) => w.path === '[2].events' && /only the first 0/.test(w.message))).to.equal(true);
  });

  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseTimeline(value);
        expect(typeof r.ok).to.equal('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for entry-like and announcement-like data', () => {
    const date = fc.oneof(
      fc.constantFrom('2000', '2020-05', '2019-09-10', '2019–2021', '2019-2021', '2019-09-10T10:00Z', 'x', ''),
      fc.integer(),
      fc.jsonValue(),
    );
    const item = fc.record(
      {
        date,
        end: date,
        from: date,
        to: date,
        title: fc.oneof(fc.string(), fc.jsonValue()),
        kind: fc.jsonValue(),
        id: fc.jsonValue(),
        published: date,
        events: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(item), fc.record({ entries: fc.array(item) }), item), (value) => {
        const r = parseTimeline(value);
        if (r.ok) for (const e of r.value.entries) expect(e.id).to.match(/^[\p{L}\p{N}._~-]+$/u);
        if (r.ok) expect(new Set(r.value.entries.map((e) => e.id)).size).to.equal(r.value.entries.length);
      }),
      { numRuns: 300 },
    );
  });
});
