import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importArticle, isCleanReport, MAX_INPUT, parseArea, parseDateLine, findDates, splitTopLevel } from '../../src/import/import.js';
import type { ImportReport, ImportResult } from '../../src/import/import.js';

/*
 * The importer (#17) in Chromium, with the browser's DOMParser for HTML: the seed article of the
 * issue (golden: the Slovene fields of demo/data/ljubljana-moskva-2019.json, a clean report),
 * our own articles in other shapes and languages against their expected JSON
 * (test/import/fixtures/), properties over any text, and bad input.
 */

let validator: Validator;
// The test server adds its web-socket script to HTML it serves: the fixture as on disk has none.
const fixture = async (name: string) =>
  (await (await fetch(`/test/import/fixtures/${name}`)).text()).replace(
    /\n?<script type="module" src="[^"]*__web-dev-server[^"]*"><\/script>/,
    '',
  );
const json = async (path: string) => (await fetch(path)).json();

before(async () => {
  validator = new Validator(await json('/schema/announcement.schema.json'), '2020-12', false);
});

/** The announcement of an ok result (fails the test otherwise), checked against the schema. */
function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  const v = validator.validate(result.announcement);
  expect(v.valid, JSON.stringify(v.errors.slice(0, 3))).to.equal(true);
  return result;
}
const sl = (t: Record<string, string> | undefined) => t?.sl;

describe('importArticle: the seed article (golden)', () => {
  it('gives the Slovene fields of demo/data/ljubljana-moskva-2019.json and a clean report', async () => {
    const demo = await json('/demo/data/ljubljana-moskva-2019.json');
    const { announcement: a, report } = ok(importArticle(await fixture('seed-sl.txt'), { lang: 'sl' }));
    expect(a.lang).to.equal('sl');
    expect(a.published).to.equal('2019-09-11');
    expect(sl(a.title)).to.equal(demo.title.sl);
    expect(sl(a.lead)).to.equal(demo.lead.sl);
    // The demo keeps four paragraphs: three before the tag line and the one after it.
    expect(a.body?.map(sl)).to.deep.equal(demo.body.map(sl));
    expect(a.areas).to.have.length(7);
    expect(a.areas?.map((x) => sl(x.title))).to.deep.equal(demo.areas.map((x: { title: Record<string, string> }) => x.title.sl));
    expect(a.areas?.map((x) => x.items.map(sl))).to.deep.equal(
      demo.areas.map((x: { items: Record<string, string>[] }) => x.items.map((i) => i.sl)),
    );
    expect(a.areas?.flatMap((x) => x.items)).to.have.length(24);
    expect(a.tags?.map(sl)).to.deep.equal(['moskva']);
    expect(report.unmapped).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(isCleanReport(report)).to.equal(true);
  });

  it('makes events of the dates without doubt: the signing (10. septembra 2019) and "maja prihodnje leto" counted from the publication', async () => {
    const { announcement: a, report } = ok(importArticle(await fixture('seed-sl.txt'), { lang: 'sl' }));
    expect(a.events?.map((e) => e.date)).to.deep.equal(['2019-09-10', '2020-05']);
    expect(sl(a.events?.[0].title)).to.match(/^Župan Zoran Janković .* podpisal Program sodelovanja/);
    expect(report.mapped.find((m) => m.field === 'events[1]')?.text).to.equal('maja prihodnje leto');
  });

  it('reports "maja prihodnje leto" instead of guessing when there is no date line to count from', async () => {
    const text = (await fixture('seed-sl.txt')).replace('sreda, 11. 9. 2019\n', '');
    const { announcement: a, report } = ok(importArticle(text, { lang: 'sl' }));
    expect(a.published).to.equal(undefined);
    expect(a.events?.map((e) => e.date)).to.deep.equal(['2019-09-10']);
    expect(report.warnings.map((w) => w.text)).to.deep.equal(['maja prihodnje leto']);
  });

  it('lists where each field came from', async () => {
    const { report } = ok(importArticle(await fixture('seed-sl.txt'), { lang: 'sl' }));
    const from = (field: string) => report.mapped.find((m) => m.field === field)?.from;
    expect([from('published'), from('title'), from('lead'), from('areas[0]'), from('areas[6]')]).to.deep.equal([
      'line 1',
      'line 3',
      'line 5',
      'line 11',
      'line 17',
    ]);
  });
});

describe('importArticle: further articles against their expected JSON', () => {
  for (const [name, lang] of [
    ['en-numbered.txt', undefined],
    ['ru.txt', 'ru'],
    ['page-jsonld.html', undefined],
    ['page-plain.html', undefined],
  ] as const) {
    it(name, async () => {
      const expected = await json(`/test/import/fixtures/${name.replace(/\.\w+$/, '.expected.json')}`);
      const { announcement, report } = ok(importArticle(await fixture(name), { lang }));
      expect(announcement).to.deep.equal(expected.announcement);
      expect({ unmapped: report.unmapped, warnings: report.warnings }).to.deep.equal(expected.report);
    });
  }

  it('English: a long-form date with a time, a numbered list, quotes and nested parentheses kept inside items, a labelled tag line, "in September" reported', async () => {
    const { announcement: a, report } = ok(importArticle(await fixture('en-numbered.txt')));
    expect(report.lang).to.equal('en');
    expect(report.langSource).to.equal('guessed');
    expect(a.published).to.equal('2021-05-14T10:30');
    expect(a.areas?.map((x) => x.items.length)).to.deep.equal([3, 2, 0, 2]);
    expect(a.areas?.[0].items[1].en).to.equal('"Open Doors, Open Minds" exchange');
    expect(a.areas?.[0].items[2].en).to.equal("library visits (children's and school libraries)");
    expect(a.tags?.map((t) => t.en)).to.deep.equal(['Zagreb', 'cooperation plan']);
    expect(report.warnings.map((w) => w.text)).to.deep.equal(['September']);
  });

  it('Russian: a date line with "г." and a time, «…» quotes kept inside an item, "в мае следующего года" → 2020-05', async () => {
    const { announcement: a } = ok(importArticle(await fixture('ru.txt'), { lang: 'ru' }));
    expect(a.published).to.equal('2019-09-11T13:54');
    expect(a.areas?.[0].items.map((i) => i.ru)).to.deep.equal([
      'обмен выставками',
      'проект «Музеи, парки и сады»',
      'молодёжное творчество',
    ]);
    expect(a.events?.map((e) => e.date)).to.deep.equal(['2019-09-10', '2020-05']);
    expect(a.tags?.map((t) => t.ru)).to.deep.equal(['москва', 'сотрудничество']);
  });

  it('HTML with JSON-LD: the page’s own statements first, relative links made absolute, nested lists as items, rel=tag and keywords as tags', async () => {
    const { announcement: a, report } = ok(importArticle(await fixture('page-jsonld.html')));
    expect(report.format).to.equal('html');
    expect(report.langSource).to.equal('page');
    expect(a.published).to.equal('2019-09-11T13:54:00+02:00');
    expect(a.image).to.deep.equal({
      src: 'https://www.ljubljana.si/assets/novice/moskva-podpis.jpg',
      alt: { sl: 'Župana ob podpisu programa' },
    });
    expect(a.areas?.[1]).to.deep.equal({ title: { sl: 'šport' }, items: [{ sl: 'prijateljske tekme' }, { sl: 'izmenjava trenerjev' }] });
    expect(a.tags?.map(sl)).to.deep.equal(['moskva', 'sodelovanje']);
  });
});

describe('importArticle: HTML with scripts', () => {
  it('runs no script and keeps nothing of one (but JSON-LD data)', async () => {
    const html = await fixture('page-jsonld.html');
    const before = document.title;
    const { announcement, report } = ok(importArticle(html));
    const out = JSON.stringify(announcement);
    expect((window as unknown as { __imported?: boolean }).__imported).to.equal(undefined);
    expect(document.title).to.equal(before);
    expect(out).not.to.match(/HACKED|__imported|innerHTML|alert|color: red/);
    expect(report.unmapped.find((u) => u.from === '<script>')?.text).to.equal('2 × <script>');
  });

  it('an inline handler or a javascript: image leaves nothing executable in the JSON', async () => {
    let ran = false;
    (window as unknown as { pcwImportRan: () => void }).pcwImportRan = () => (ran = true);
    const html = `<!doctype html><html lang="en"><body><article><h1>T</h1><img src="javascript:pcwImportRan()" onerror="pcwImportRan()" alt="x">
      <p onmouseover="pcwImportRan()">Lead <script>pcwImportRan()</script>text.</p><iframe srcdoc="<script>parent.pcwImportRan()</script>"></iframe></article></body></html>`;
    const { announcement, report } = ok(importArticle(html));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(ran).to.equal(false);
    expect(announcement.image).to.equal(undefined);
    expect(announcement.lead).to.deep.equal({ en: 'Lead text.' });
    expect(report.warnings.some((w) => w.text === 'image.src')).to.equal(true);
  });
});

describe('importArticle: bad input', () => {
  it('empty and blank input: a clear error', () => {
    for (const input of ['', '   \n\t\n']) {
      const r = importArticle(input);
      expect(r.ok).to.equal(false);
      expect(!r.ok && r.error.code).to.equal('empty');
    }
  });

  it('binary data: a clear error', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const r = importArticle(bytes);
    expect(!r.ok && r.error.code).to.equal('binary');
    expect(!r.ok && r.error.message).to.match(/binary/);
  });

  it(`more than MAX_INPUT (${MAX_INPUT.toLocaleString('en')}) characters, such as 50 MB of text: refused at once with a clear error`, () => {
    const big = 'Ljubljana in Moskva. '.repeat(Math.ceil(50_000_000 / 21));
    const r = importArticle(big);
    expect(!r.ok && r.error.code).to.equal('too-large');
    expect(!r.ok && r.error.message).to.match(/at most 5,000,000/);
  });

  it('text up to the limit is read (many paragraphs and list lines)', () => {
    const text = `Title\n\n${'A paragraph of the article.\n\n• area (one, two)\n\n'.repeat(20000)}`;
    expect(text.length).to.be.below(MAX_INPUT);
    const { announcement, report } = ok(importArticle(text));
    expect(announcement.body?.length).to.equal(10000);
    expect(announcement.areas?.length).to.equal(1000);
    expect(report.unmapped.length).to.equal(20000 - 10000 - 1 + 20000 - 1000);
  });
});

/** Every non-blank line of the input is inside some report entry's text (mapped or not). */
function linesAccounted(input: string, report: ImportReport): string | undefined {
  const texts = [...report.mapped, ...report.unmapped, ...report.warnings].map((e) => e.text);
  const normal = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return normal
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !texts.some((t) => t.includes(l)));
}

describe('importArticle: properties', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      'sreda, 11. 9. 2019',
      'Wednesday, 11 September 2019',
      'среда, 11 сентября 2019 г.',
      '  • kultura (gledališče, »Aktivna, dolga leta«, glasba)',
      '- area (a (b, c), „d, e“, f)',
      '1. one (x, y',
      '2. two',
      '* šport',
      '– turizem ()',
      'moskva',
      'Tags: a, b',
      'V Moskvi maja prihodnje leto.',
      '10. septembra 2019 v Moskvi',
      '(((',
      '»«„“«»"',
      '<p>',
      '',
    ),
  );
  const article = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

  it('any text gives a valid announcement or a clear error, never an exception and never the internal error', () => {
    fc.assert(
      fc.property(
        fc.oneof(article, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (input) => {
          const r = importArticle(input, { format: 'text' });
          if (r.ok) return validator.validate(r.announcement).valid;
          return r.error.code !== 'internal' && r.error.message.length > 10;
        },
      ),
      { numRuns: 400 },
    );
  });

  it('no line of the input is lost without a report entry', () => {
    fc.assert(
      fc.property(article, (input) => {
        const r = importArticle(input, { format: 'text' });
        if (!r.ok) return true;
        const lost = linesAccounted(input, r.report);
        return lost === undefined || (console.error('lost:', JSON.stringify(lost)), false);
      }),
      { numRuns: 400 },
    );
  });

  it('any HTML (through the browser’s DOMParser) gives a valid announcement or a clear error', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'article',
      'main',
      'ul',
      'li',
      'ol',
      'h1',
      'h2',
      'script',
      'style',
      'figure',
      'img',
      'time',
      'a',
      'nav',
      'table',
    );
    const html = fc
      .array(fc.tuple(tag, fc.string({ maxLength: 20 }), fc.boolean()), { maxLength: 25 })
      .map((parts) => `<!doctype html><html>${parts.map(([t, s, close]) => `<${t}>${s}${close ? `</${t}>` : ''}`).join('')}`);
    fc.assert(
      fc.property(html, (input) => {
        const r = importArticle(input);
        return r.ok ? validator.validate(r.announcement).valid : r.error.code !== 'internal';
      }),
      { numRuns: 200 },
    );
  });
});

describe('importer parts', () => {
  it('splitTopLevel splits on commas outside brackets and every kind of quote', () => {
    expect(splitTopLevel('a, b (c, d), »e, f«, „g, h“, "i, j", «k, l», “m, n”', ',').map((s) => s.trim())).to.deep.equal([
      'a',
      'b (c, d)',
      '»e, f«',
      '„g, h“',
      '"i, j"',
      '«k, l»',
      '“m, n”',
    ]);
  });

  it('parseArea: an area without parentheses has no items; an unclosed one is kept whole and flagged; text after the parenthesis is the description', () => {
    expect(parseArea('šport')).to.include({ title: 'šport' }).and.have.property('items').that.deep.equals([]);
    const open = parseArea('kultura (gledališče, glasba');
    expect(open.items).to.deep.equal([]);
    expect(open.warning).to.match(/parenthesis/);
    expect(parseArea('kultura (gledališče, glasba) in več')).to.deep.include({
      title: 'kultura',
      items: ['gledališče', 'glasba'],
      description: 'in več',
    });
    expect(parseArea('Culture (exhibitions, concerts)').items).to.deep.equal(['exhibitions', 'concerts']);
  });

  it('parseDateLine: numeric and long forms, with weekday and time; a wrong weekday is flagged; anything else is no date line', () => {
    expect(parseDateLine('sreda, 11. 9. 2019')).to.deep.equal({ iso: '2019-09-11', warning: undefined });
    expect(parseDateLine('11.09.2019 ob 13:54')?.iso).to.equal('2019-09-11T13:54');
    expect(parseDateLine('Wednesday, September 11, 2019')?.iso).to.equal('2019-09-11');
    expect(parseDateLine('среда, 11 сентября 2019 г.')?.iso).to.equal('2019-09-11');
    expect(parseDateLine('četrtek, 11. 9. 2019')?.warning).to.match(/not the weekday/);
    expect(parseDateLine('31. 2. 2019')).to.equal(undefined);
    expect(parseDateLine('Nadaljujemo dobro sodelovanje z Moskvo')).to.equal(undefined);
  });

  it('findDates: only dates without doubt get an ISO date', () => {
    const found = findDates(
      'Podpis 10. septembra 2019, obisk maja, sejem novembra 2020, dnevi maja prihodnje leto; may be in May.',
      '2019-09-11',
    );
    expect(found.map((d) => [d.text, d.iso ?? d.reason])).to.deep.equal([
      ['10. septembra 2019', '2019-09-10'],
      ['maja', 'no year'],
      ['novembra 2020', '2020-11'],
      ['maja prihodnje leto', '2020-05'],
      ['May', 'no year'],
    ]);
  });
});
