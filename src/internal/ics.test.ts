import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parseTimeline, upcomingEntries, type Timeline, type TimelineEntry } from '../model/timeline.js';
import { escapeText, fold, hasCalendarDate, icsFor, type IcsOptions } from './ics.js';

const NOW = new Date(Date.UTC(2019, 8, 1, 8, 30, 5));
const OPTIONS: IcsOptions = { lang: 'en', now: NOW, prodId: '-//partner-city-widgets//timeline//EN' };
const timeline = (json: unknown): Timeline => {
  const r = parseTimeline(json);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const entries = (...items: object[]): TimelineEntry[] => [...timeline(items).entries];
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const value = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name);
const time = (c: ICAL.Component, name: string) => value(c, name) as ICAL.Time;
const bytes = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 3.1: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('icsFor', () => {
  it("writes the seed's upcoming events as a calendar that ical.js reads, in the chosen language", async () => {
    const seed = timeline(await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json());
    const upcoming = upcomingEntries(seed, NOW);
    for (const [lang, days, park] of [
      ['en', 'Days of Ljubljana in Moscow', 'Victory Park, Moscow'],
      ['sl', 'Dnevi Ljubljane v Moskvi', 'Park zmage, Moskva'],
      ['ru', 'Дни Любляны в Москве', 'Парк Победы, Москва'],
    ]) {
      const ics = icsFor(upcoming, { ...OPTIONS, lang, calendarName: 'Ljubljana – Moskva' });
      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
      expect(cal.getFirstPropertyValue('prodid')).to.equal(OPTIONS.prodId);
      expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal('Ljubljana – Moskva');
      const vevents = events(ics);
      expect(vevents.map((e) => value(e, 'summary'))).to.have.length(4);
      const last = vevents[3];
      expect(value(last, 'summary')).to.equal(days);
      expect(last.getFirstProperty('summary')!.getParameter('language')).to.equal(lang);
      expect(value(vevents[2], 'location')).to.equal(park);
      expect(vevents.map((e) => value(e, 'uid'))).to.deep.equal([
        '2019-programme-of-cooperation-between@partner-city-widgets',
        '2019-signing-of-the-programme-of@partner-city-widgets',
        '2019-opening-of-the-monument-to-the@partner-city-widgets',
        '2020-days-of-ljubljana-in-moscow@partner-city-widgets',
      ]);
      // May 2020: all day, from the first of May to the first of June (exclusive).
      expect(time(last, 'dtstart').isDate).to.equal(true);
      expect(time(last, 'dtstart').toString()).to.equal('2020-05-01');
      expect(time(last, 'dtend').toString()).to.equal('2020-06-01');
      expect(ics).to.include('DTSTART;VALUE=DATE:20200501\r\nDTEND;VALUE=DATE:20200601\r\n');
      // The signing: one day.
      expect(ics).to.include('DTSTART;VALUE=DATE:20190910\r\nDTEND;VALUE=DATE:20190911\r\n');
    }
  });

  it('writes DTSTAMP as now in UTC, and a UID per entry, each once', () => {
    const list = entries(
      { date: '2020-05-10', title: 'a' },
      { date: '2020-05-10', title: 'a' },
      { date: '2020-06', title: 'b', id: 'given' },
    );
    const ics = icsFor([...list, list[0]], { ...OPTIONS, uidDomain: 'ljubljana.si' });
    const stamps = ics.match(/^DTSTAMP:[^\r\n]*/gm)!;
    expect(stamps).to.deep.equal(['DTSTAMP:20190901T083005Z', 'DTSTAMP:20190901T083005Z', 'DTSTAMP:20190901T083005Z']);
    const uids = events(ics).map((e) => value(e, 'uid'));
    expect(uids).to.deep.equal(['2020-a@ljubljana.si', '2020-a-2@ljubljana.si', 'given@ljubljana.si']);
    expect((time(events(ics)[0], 'dtstamp') as ICAL.Time).zone?.tzid).to.equal('UTC');
  });

  it('spans months, days and ranges as all-day events across month and year ends', () => {
    const cases: [object, string, string][] = [
      [{ date: '2020-12' }, '20201201', '20210101'],
      [{ date: '2020-02-28' }, '20200228', '20200229'],
      [{ date: '2019-02-28' }, '20190228', '20190301'],
      [{ date: '2020-12-31' }, '20201231', '20210101'],
      [{ date: '2019-09-10', end: '2019-09-12' }, '20190910', '20190913'],
      [{ date: '2020-05', end: '2020-06' }, '20200501', '20200701'],
      [{ date: '2020-05-30', end: '2020-06' }, '20200530', '20200701'],
      [{ date: '0099-03' }, '00990301', '00990401'],
    ];
    for (const [item, start, end] of cases) {
      const ics = icsFor(entries({ title: 'x', ...item }), OPTIONS);
      expect(ics, JSON.stringify(item)).to.include(`DTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\n`);
      const [e] = events(ics);
      expect(time(e, 'dtstart').isDate).to.equal(true);
      expect(time(e, 'dtend').compare(time(e, 'dtstart'))).to.equal(1);
    }
  });

  it('writes date-times with an offset in UTC, and floating ones as they are', () => {
    const [withOffset, floating, range] = [
      icsFor(entries({ date: '2020-05-10T10:00:00+03:00', title: 'x' }), OPTIONS),
      icsFor(entries({ date: '2020-05-10T10:15:30', title: 'x' }), OPTIONS),
      icsFor(entries({ date: '2020-05-10T23:30Z', end: '2020-05-11T01:00+01:00', title: 'x' }), OPTIONS),
    ];
    expect(withOffset).to.include('DTSTART:20200510T070000Z\r\n');
    expect(time(events(withOffset)[0], 'dtstart').toJSDate().getTime()).to.equal(Date.UTC(2020, 4, 10, 7));
    expect(floating).to.include('DTSTART:20200510T101530\r\n');
    expect(time(events(floating)[0], 'dtstart').zone?.tzid).to.equal('floating');
    expect(range).to.include('DTSTART:20200510T233000Z\r\nDTEND:20200511T000000Z\r\n');
    expect(withOffset).to.not.include('DTEND');
  });

  it('leaves year-precision entries out, and says which entries can have a file', () => {
    const [year, month] = entries({ date: '2000', title: 'protocol' }, { date: '2020-05', title: 'days' });
    expect([hasCalendarDate(year), hasCalendarDate(month)]).to.deep.equal([false, true]);
    const ics = icsFor([year, month], OPTIONS);
    expect(events(ics).map((e) => value(e, 'summary'))).to.deep.equal(['days']);
    expect(events(icsFor([year], OPTIONS))).to.have.length(0);
  });

  it('escapes text: backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
    const title = 'Podpis; programa, 2019\\2021\nin "odprtje"';
    const [e] = entries({ date: '2020-05-10', title, place: 'Park zmage, Moskva', description: 'Line one\nLine two; with, all' });
    const ics = icsFor([e], OPTIONS);
    expect(ics).to.include('SUMMARY:Podpis\\; programa\\, 2019\\\\2021\\nin "odprtje"\r\n');
    const [v] = events(ics);
    expect(value(v, 'summary')).to.equal(title);
    expect(value(v, 'location')).to.equal('Park zmage, Moskva');
    expect(value(v, 'description')).to.equal('Line one\nLine two; with, all');
  });

  it('ends every line with CRLF and folds it at 75 octets, never inside a character', () => {
    const cyrillic = 'Программа сотрудничества между Правительством Москвы и Городской общиной Любляна '.repeat(3).slice(0, 200);
    expect(cyrillic).to.have.length(200);
    const emoji = '🇸🇮🇷🇺 Dnevi 🎉 Ljubljane '.repeat(12);
    const list = entries({
      date: '2020-05',
      title: { ru: cyrillic, en: emoji },
      place: { ru: 'Москва', en: 'Moscow' },
      description: { ru: cyrillic, en: 'ä'.repeat(150) },
    });
    for (const lang of ['ru', 'en']) {
      const ics = icsFor(list, { ...OPTIONS, lang, calendarName: 'Ж'.repeat(100) });
      expect(ics.endsWith('\r\n')).to.equal(true);
      expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).to.equal(false);
      const lines = ics.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(bytes(line), line).to.be.at.most(75);
        expect(line.includes('\uFFFD')).to.equal(false);
      }
      expect(lines.filter((l) => l.startsWith(' ')).length).to.be.above(4);
      const [v] = events(ics);
      expect(value(v, 'summary')).to.equal(lang === 'ru' ? cyrillic : emoji);
      expect(unfold(ics)).to.include(`SUMMARY;LANGUAGE=${lang}:${escapeText(lang === 'ru' ? cyrillic : emoji)}\r\n`);
    }
    // Each folded line is as long as it can be: the next character would not fit.
    const folded = fold(`SUMMARY:${'ж'.repeat(100)}`).split('\r\n');
    expect(folded.map(bytes)).to.deep.equal([74, 75, 61]);
  });

  it('folds and escapes any text so that ical.js reads it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (title) => {
        const r = parseTimeline([{ date: '2020-05-10', title }]);
        fc.pre(r.ok);
        if (!r.ok) return;
        const ics = icsFor(r.value.entries, OPTIONS);
        for (const line of ics.slice(0, -2).split('\r\n')) expect(bytes(line)).to.be.at.most(75);
        const expected = title.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(value(events(ics)[0], 'summary')).to.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('writes absolute URLs, resolves relative ones against base, and leaves them out without one', () => {
    const [abs, rel] = entries(
      { date: '2020-05', title: 'a', url: 'https://example.org/a?b=1,2' },
      { date: '2020-06', title: 'b', url: '/news/b' },
    );
    expect(icsFor([abs], OPTIONS)).to.include('URL:https://example.org/a?b=1,2\r\n');
    expect(icsFor([rel], OPTIONS)).to.not.include('URL');
    expect(value(events(icsFor([rel], { ...OPTIONS, base: 'https://www.ljubljana.si/sl/' }))[0], 'url')).to.equal(
      'https://www.ljubljana.si/news/b',
    );
  });
});
