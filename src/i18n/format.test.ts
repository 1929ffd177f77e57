import { expect } from '@open-wc/testing';
import { parseDate } from '../model/values.js';
import type { PartialDate } from '../model/types.js';
import { formatDate, localize, plural, type DateStyle } from './format.js';
import { commonStrings, languages, translate, UI_LANGUAGES, type UiStrings } from './strings.js';
import { newsCardStrings } from './strings/news-card.js';

const d = (iso: string | number) => parseDate(iso)!;

describe('formatDate', () => {
  it('writes a year as the year, in every language', () => {
    for (const lang of ['sl', 'en', 'ru']) expect(formatDate(d(2000), lang)).to.equal('2000');
  });

  it('writes a month with its name', () => {
    expect(formatDate(d('2020-05'), 'sl')).to.equal('maj 2020');
    expect(formatDate(d('2020-05'), 'en')).to.equal('May 2020');
    expect(formatDate(d('2020-05'), 'ru')).to.equal('май 2020 г.');
  });

  it('writes a day as the city site does, or in long form', () => {
    expect(formatDate(d('2019-09-11'), 'sl')).to.equal('sreda, 11. 9. 2019');
    expect(formatDate(d('2019-09-11'), 'sl', 'long')).to.equal('sreda, 11. september 2019');
    expect(formatDate(d('2019-09-11'), 'en', 'long')).to.equal('Wednesday, September 11, 2019');
    expect(formatDate(d('2019-09-11'), 'ru', 'long')).to.equal('среда, 11 сентября 2019 г.');
  });

  it('never shifts a date by the time zone', () => {
    expect(formatDate(d('2019-01-01'), 'en')).to.equal('Tuesday, 1/1/2019');
  });

  it('adds the time to a date-time', () => {
    expect(formatDate(d('2019-09-11T10:30:00Z'), 'en')).to.match(/^Wednesday, 9\/11\/2019(,| at) \d{1,2}:30/);
  });
});

/** What formatDate wrote with Intl for every language before sl, en and ru were written by hand. */
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function intlDate(date: PartialDate, lang: string, style: DateStyle): string {
  if (date.precision === 'year') return String(date.year);
  const utc = date.precision !== 'datetime';
  const value = utc ? new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)) : new Date(date.iso);
  if (utc) value.setUTCFullYear(date.year);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { year: 'numeric', month: 'long' }
      : { weekday: 'long', year: 'numeric', month: style === 'long' ? 'long' : 'numeric', day: 'numeric' };
  if (date.precision === 'datetime') Object.assign(options, { hour: 'numeric', minute: '2-digit' });
  else options.timeZone = 'UTC';
  const key = `${lang} ${JSON.stringify(options)}`;
  if (!intlFormats.has(key)) intlFormats.set(key, new Intl.DateTimeFormat(lang, options));
  return intlFormats.get(key)!.format(value);
}

describe('formatDate without Intl (sl, en, ru)', () => {
  // The tags written by hand, as usableLang gives them and as a caller may spell them.
  const TAGS = ['sl', 'en', 'ru', 'sl-SI', 'en-US', 'ru-RU', 'EN', 'sl-si'];
  const YEARS = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 1500, 1582, 1600, 1700, 1899, 1900, 1970, 1999, 2000, 2019, 2024, 2100, 2400, 9999];
  const p2 = (n: number) => String(n).padStart(2, '0');
  const p4 = (n: number) => String(n).padStart(4, '0');

  it('writes every month and day of many centuries as Intl does, numeric and long', () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const lang of TAGS) {
      const intl = { numeric: new Map<string, string>(), long: new Map<string, string>() };
      for (const year of YEARS) {
        for (let month = 1; month <= 12; month++) {
          const m = d(`${p4(year)}-${p2(month)}`);
          for (const style of ['numeric', 'long'] as const) {
            const [ours, theirs] = [formatDate(m, lang, style), intlDate(m, lang, style)];
            compared++;
            if (ours !== theirs) mismatches.push(`${lang} ${m.iso} ${style}: ${ours} ≠ ${theirs}`);
          }
          for (let day = 1; day <= 31; day++) {
            const date = parseDate(`${p4(year)}-${p2(month)}-${p2(day)}`);
            if (!date) continue;
            for (const style of ['numeric', 'long'] as const) {
              const [ours, theirs] = [formatDate(date, lang, style), intlDate(date, lang, style)];
              if (year > 0) intl[style].set(date.iso, theirs); // (the year 0 is written 1)
              compared++;
              if (ours !== theirs) mismatches.push(`${lang} ${date.iso} ${style}: ${ours} ≠ ${theirs}`);
            }
          }
        }
      }
      // (Intl itself gives a different text for each day: the comparison sees every field.)
      expect(new Set(intl.long.values()).size, lang).to.equal(intl.long.size);
    }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(compared).to.be.above(100_000);
  });

  it("writes date-times as Intl does, at every hour and minute, in the reader's time zone", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const lang of TAGS) {
      for (const year of YEARS) {
        for (let month = 1; month <= 12; month++) {
          for (let day = 1; day <= 28; day += 9) {
            const hour = (month * 7 + day + year) % 24;
            const minute = (month * 13 + day * 7) % 60;
            const base = `${p4(year)}-${p2(month)}-${p2(day)}T${p2(hour)}:${p2(minute)}`;
            for (const iso of [`${base}:00`, `${base}:59Z`, `${base}+05:30`, `${base}:00.5-11:00`]) {
              const date = parseDate(iso);
              if (!date) continue;
              for (const style of ['numeric', 'long'] as const) {
                const [ours, theirs] = [formatDate(date, lang, style), intlDate(date, lang, style)];
                compared++;
                if (ours !== theirs) mismatches.push(`${lang} ${iso} ${style}: ${ours} ≠ ${theirs}`);
              }
            }
          }
        }
      }
      for (let hour = 0; hour < 24; hour++) {
        for (const minute of [0, 5, 30, 59]) {
          const date = d(`2019-09-11T${p2(hour)}:${p2(minute)}:00`);
          for (const style of ['numeric', 'long'] as const) {
            const [ours, theirs] = [formatDate(date, lang, style), intlDate(date, lang, style)];
            compared++;
            if (ours !== theirs) mismatches.push(`${lang} ${date.iso} ${style}: ${ours} ≠ ${theirs}`);
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(compared).to.be.above(10_000);
  });

  it('leaves other languages and regions to Intl', () => {
    expect(formatDate(d('2019-09-11'), 'en-GB')).to.equal('Wednesday, 11/09/2019');
    for (const lang of ['en-GB', 'de', 'hr', 'uk', 'it', 'sr-Latn', 'ru-UA', 'en-u-ca-buddhist'])
      for (const iso of ['2020-05', '2019-09-11', '2019-09-11T21:05:00'])
        for (const style of ['numeric', 'long'] as const)
          expect(formatDate(d(iso), lang, style), `${lang} ${iso}`).to.equal(intlDate(d(iso), lang, style));
  });
});

describe('plural', () => {
  it('has the four Slovene forms', () => {
    const t = translate(newsCardStrings, 'sl');
    expect([1, 2, 3, 4, 5, 101, 102, 103].map(t.moreParagraphs)).to.deep.equal([
      'še 1 odstavek',
      'še 2 odstavka',
      'še 3 odstavki',
      'še 4 odstavki',
      'še 5 odstavkov',
      'še 101 odstavek',
      'še 102 odstavka',
      'še 103 odstavki',
    ]);
  });

  it('has the three Russian forms', () => {
    const t = translate(newsCardStrings, 'ru');
    expect([1, 2, 5, 11, 21, 22, 25].map(t.moreParagraphs)).to.deep.equal([
      'ещё 1 абзац',
      'ещё 2 абзаца',
      'ещё 5 абзацев',
      'ещё 11 абзацев',
      'ещё 21 абзац',
      'ещё 22 абзаца',
      'ещё 25 абзацев',
    ]);
  });

  it('picks the form Intl.PluralRules picks, for 0…1000, negatives and fractions', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    const numbers = [...Array.from({ length: 1001 }, (_, i) => i), -1, -2, -3, -5, -11, -21, -101, 1e6, 1e6 + 1, 2 ** 53 + 2];
    numbers.push(0.5, 1.5, 2.5, 1.0001, 1.0005, 21.4, 1e-7, -1.5, NaN, Infinity);
    const mismatches: string[] = [];
    for (const lang of ['sl', 'en', 'ru', 'sl-SI', 'en-GB', 'ru-RU', 'SL', 'de', 'hr'])
      for (const n of numbers) {
        const [ours, theirs] = [plural(lang, n, forms), new Intl.PluralRules(lang).select(n)];
        if (ours !== theirs) mismatches.push(`${lang} ${n}: ${ours} ≠ ${theirs}`);
      }
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
  });

  it('falls back to "other"', () => {
    expect(plural('sl', 2, { other: 'x' })).to.equal('x');
  });
});

describe('localize', () => {
  const text = { sl: 'Slovensko', en: 'English', 'en-GB': 'British', ru: 'Русский' };
  it('picks the exact tag, then the base language, then the data language, then the first', () => {
    expect(localize(text, 'en-GB')).to.equal('British');
    expect(localize(text, 'ru-RU')).to.equal('Русский');
    expect(localize({ sl: 'Slovensko', en: 'English' }, 'de', 'en')).to.equal('English');
    expect(localize({ sl: 'Slovensko', en: 'English' }, 'de')).to.equal('Slovensko');
    expect(localize(undefined, 'sl')).to.equal('');
  });
});

describe('UI strings', () => {
  it('are complete in every language', () => {
    for (const table of [commonStrings, newsCardStrings] as const) {
      const keys = Object.keys(table.en).sort();
      for (const lang of UI_LANGUAGES) {
        const strings = table[lang] as unknown as Record<string, unknown>;
        expect(Object.keys(strings).sort(), lang).to.deep.equal(keys);
        for (const key of keys) {
          const value = strings[key];
          expect(typeof value === 'function' ? (value as (n: number) => string)(3) : value, `${lang}.${key}`)
            .to.be.a('string')
            .and.not.equal('');
        }
      }
    }
  });

  it('fall back to English for other languages', () => {
    // (German, Croatian, Ukrainian and Italian load when a widget needs them: test/languages.test.ts.)
    expect(translate(commonStrings, 'fr').retry).to.equal('Try again');
    expect(translate(commonStrings, 'sl-SI').retry).to.equal('Poskusi znova');
  });

  it("find a language's strings for a widget's table that loads after the language", async () => {
    // Each widget's table is a module of its own (the loader fetches it with the widget, maybe
    // after a language chunk has loaded or a page has registered one): not imported until here.
    const de = (await import('./languages/de.js')).default;
    languages.set('zz', { ...de, map: { ...de.map, zoomIn: 'Late zoom' } } satisfies UiStrings);
    try {
      const { mapStrings } = await import('./strings/map.js');
      expect(translate(mapStrings, 'zz').zoomIn).to.equal('Late zoom');
      expect(translate(mapStrings, 'zz-AT').zoomIn).to.equal('Late zoom');
      expect(translate(mapStrings, 'fr').zoomIn).to.equal('Zoom in');
    } finally {
      languages.delete('zz');
    }
  });
});
