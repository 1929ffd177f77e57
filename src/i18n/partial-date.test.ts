import { expect } from '@open-wc/testing';
import { parseDate } from '../model/values.js';
import type { PartialDate } from '../model/types.js';
import { parseTimeline } from '../model/timeline.js';
import { formatDateRange, formatPartialDate } from './partial-date.js';

const d = (iso: string | number) => parseDate(iso)!;
const p2 = (n: number) => String(n).padStart(2, '0');
const p4 = (n: number) => String(n).padStart(4, '0');

/** What Intl writes for a partial date, with the options partial-date.ts names for each precision. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(lang: string, precision: PartialDate['precision']): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  if (precision === 'datetime') Object.assign(options, { hour: 'numeric', minute: '2-digit' });
  else options.timeZone = 'UTC';
  const key = `${lang} ${precision}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(lang, options));
  return formats.get(key)!;
}
function value(date: PartialDate): Date {
  if (date.precision === 'datetime') return new Date(date.iso);
  const v = new Date(0);
  v.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return v;
}
const intlSingle = (date: PartialDate, lang: string) => intlFormat(lang, date.precision).format(value(date));
const intlRange = (a: PartialDate, b: PartialDate, lang: string) => intlFormat(lang, a.precision).formatRange(value(a), value(b));

// The tags written by hand, as a caller may spell them.
const TAGS = ['sl', 'en', 'ru', 'sl-SI', 'en-US', 'ru-RU', 'EN'];
const YEARS = [1, 9, 10, 99, 100, 999, 1000, 1582, 1899, 1900, 1999, 2000, 2019, 2020, 2024, 2100, 9997];

describe('formatPartialDate', () => {
  it("writes the seed's dates at their precision in sl, en and ru", async () => {
    const r = parseTimeline(await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json());
    if (!r.ok) throw new Error(r.error.message);
    const [protocol, programme, days] = r.value.entries;
    const shown = (lang: string) => [
      formatPartialDate(protocol.date, lang),
      formatDateRange(programme.date, programme.end!, lang),
      formatDateRange(programme.period!.from!, programme.period!.to!, lang),
      formatPartialDate(days.date, lang),
    ];
    expect(shown('sl')).to.deep.equal(['2000', '10. september 2019–2021', '2019–2021', 'maj 2020']);
    expect(shown('en')).to.deep.equal(['2000', 'September 10, 2019 – 2021', '2019 – 2021', 'May 2020']);
    expect(shown('ru')).to.deep.equal(['2000', '10 сентября 2019 г. – 2021', '2019–2021', 'май 2020 г.']);
  });

  it('writes every month and day of many centuries as Intl does, without the weekday', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const lang of TAGS)
      for (const year of YEARS)
        for (let month = 1; month <= 12; month++) {
          const dates = [d(`${p4(year)}-${p2(month)}`), d(`${p4(year)}`)];
          for (let day = 1; day <= 31; day++) {
            const date = parseDate(`${p4(year)}-${p2(month)}-${p2(day)}`);
            if (date) dates.push(date);
          }
          for (const date of dates) {
            const [ours, theirs] = [formatPartialDate(date, lang), intlSingle(date, lang)];
            compared++;
            if (ours !== theirs) mismatches.push(`${lang} ${date.iso}: ${ours} ≠ ${theirs}`);
          }
        }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(compared).to.be.above(40_000);
  });

  it("writes date-times as Intl does, in the reader's time zone", () => {
    const mismatches: string[] = [];
    for (const lang of TAGS)
      for (const hour of [0, 1, 9, 11, 12, 13, 23])
        for (const iso of [`2019-09-10T${p2(hour)}:05:00`, `2019-12-31T${p2(hour)}:59:00Z`, `0999-01-01T${p2(hour)}:30:00+05:30`]) {
          const [ours, theirs] = [formatPartialDate(d(iso), lang), intlSingle(d(iso), lang)];
          if (ours !== theirs) mismatches.push(`${lang} ${iso}: ${ours} ≠ ${theirs}`);
        }
    expect(mismatches).to.deep.equal([]);
  });
});

describe('formatDateRange', () => {
  it('writes ranges of years, months and days as the issue shows them', () => {
    expect(formatDateRange(d('2019'), d('2021'), 'sl')).to.equal('2019–2021');
    expect(formatDateRange(d('2019-09-10'), d('2019-09-12'), 'en')).to.equal('September 10 – 12, 2019');
    expect(formatDateRange(d('2019-09-10'), d('2019-09-12'), 'sl')).to.equal('10.–12. september 2019');
    expect(formatDateRange(d('2019-09-10'), d('2019-09-12'), 'ru')).to.equal('10–12 сентября 2019 г.');
    expect(formatDateRange(d('2020-05'), d('2020-06'), 'sl')).to.equal('maj–junij 2020');
    expect(formatDateRange(d('2020-05'), d('2020-06'), 'en')).to.equal('May – June 2020');
    expect(formatDateRange(d('2020-05'), d('2020-06'), 'ru')).to.equal('май 2020 г. – июнь 2020 г.');
    expect(formatDateRange(d('2020-05'), d('2020-05-20'), 'en')).to.equal('May 2020 – May 20, 2020');
    expect(formatDateRange(d('2019-09-10T10:00:00'), d('2019-09-10T11:30:00'), 'en')).to.equal('September 10, 2019, 10:00 – 11:30 AM');
    expect(formatDateRange(d('2019-09-10T10:00:00'), d('2019-09-10T14:30:00'), 'sl')).to.equal('10. september 2019, 10:00–14:30');
  });

  it('writes every range of years, months and days of many centuries as Intl.formatRange does', () => {
    const mismatches: string[] = [];
    let compared = 0;
    const check = (a: PartialDate, b: PartialDate, lang: string) => {
      const [ours, theirs] = [formatDateRange(a, b, lang), intlRange(a, b, lang)];
      compared++;
      if (ours !== theirs) mismatches.push(`${lang} ${a.iso}/${b.iso}: ${ours} ≠ ${theirs}`);
    };
    for (const lang of TAGS)
      for (const year of YEARS) {
        for (const other of [year, year + 1, year + 2, 2021]) if (other >= year) check(d(p4(year)), d(p4(other)), lang);
        for (let month = 1; month <= 12; month++) {
          const m = d(`${p4(year)}-${p2(month)}`);
          for (const [y2, m2] of [
            [year, month],
            [year, 12],
            [year, month + 1],
            [year + 1, 1],
            [year + 1, month],
          ])
            if (m2 <= 12) check(m, d(`${p4(y2)}-${p2(m2)}`), lang);
          for (const day of [1, 9, 10, 28, 31]) {
            const start = parseDate(`${p4(year)}-${p2(month)}-${p2(day)}`);
            if (!start) continue;
            const ends = [
              `${p4(year)}-${p2(month)}-${p2(day)}`,
              `${p4(year)}-${p2(month)}-28`,
              `${p4(year)}-12-31`,
              `${p4(year + 1)}-01-02`,
              `${p4(year + 1)}-${p2(month)}-${p2(Math.min(day, 28))}`,
            ];
            for (const iso of ends) {
              const end = parseDate(iso);
              if (end && end.iso >= start.iso) check(start, end, lang);
            }
          }
        }
      }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(compared).to.be.above(10_000);
  });

  it("writes ranges of date-times as Intl.formatRange does, in the reader's time zone", () => {
    const mismatches: string[] = [];
    const times = ['00:00', '00:30', '09:05', '11:59', '12:00', '13:45', '23:59'];
    for (const lang of TAGS)
      for (const t1 of times)
        for (const t2 of times)
          for (const day2 of ['2019-09-10', '2019-09-11', '2019-10-01', '2020-01-01']) {
            const [a, b] = [d(`2019-09-10T${t1}:00`), d(`${day2}T${t2}:00`)];
            if (b.iso < a.iso) continue;
            const [ours, theirs] = [formatDateRange(a, b, lang), intlRange(a, b, lang)];
            if (ours !== theirs) mismatches.push(`${lang} ${a.iso}/${b.iso}: ${ours} ≠ ${theirs}`);
          }
    const kinds = new Set(mismatches.map((m) => m.slice(0, 2) + m.slice(-20)));
    expect([...kinds].slice(0, 30)).to.deep.equal([]);
  });

  it('leaves other languages to Intl, and joins ends of different precision with a dash', () => {
    for (const lang of ['de', 'hr', 'uk', 'en-GB', 'fr'])
      for (const [a, b] of [
        ['2019', '2021'],
        ['2020-05', '2020-06'],
        ['2019-09-10', '2019-09-12'],
        ['2019-09-28', '2019-10-02'],
      ])
        expect(formatDateRange(d(a), d(b), lang), `${lang} ${a}/${b}`).to.equal(intlRange(d(a), d(b), lang));
    expect(formatDateRange(d('2019-09-10'), d('2021'), 'de')).to.equal(`${intlSingle(d('2019-09-10'), 'de')} – 2021`);
    expect(formatPartialDate(d('2020-05'), 'de')).to.equal('Mai 2020');
  });
});
