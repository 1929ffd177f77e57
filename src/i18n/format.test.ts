import { expect } from '@open-wc/testing';
import { parseDate } from '../model/values.js';
import { formatDate, localize, plural } from './format.js';
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
