import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAnnouncement, parseAreas, parseDate, resolveUrl, safeUrl, slug } from './parse.js';
import { date, id, numberIn, text, url, type Context, type Reader } from './read.js';
import type { Announcement } from './types.js';

const ok = (json: unknown): Announcement => {
  const r = parseAnnouncement(json);
  if (!r.ok) throw new Error(`expected a model, got ${r.error.message}`);
  return r.value;
};

describe('parseAnnouncement', () => {
  it('reads the seed announcement completely', async () => {
    const seed = await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
    const r = parseAnnouncement(seed);
    expect(r.ok).to.equal(true);
    expect(r.warnings).to.deep.equal([]);
    const a = (r as { value: Announcement }).value;
    expect(a.title.sl).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(a.published).to.deep.equal({ precision: 'day', year: 2019, month: 9, day: 11, iso: '2019-09-11' });
    expect(a.areas).to.have.length(7);
    expect(a.areas.reduce((n, area) => n + area.items.length, 0)).to.equal(24);
    expect(a.cities.map((c) => c.id)).to.deep.equal(['ljubljana', 'moskva']);
    expect(a.partnership?.agreements.map((x) => x.date?.iso)).to.deep.equal(['2000', '2019-09-10']);
    expect(a.events.map((e) => e.date?.iso)).to.include('2020-05');
  });

  it('stores plain strings under the announcement language, or "und"', () => {
    expect(ok({ lang: 'sl', title: 'Naslov' }).title).to.deep.equal({ sl: 'Naslov' });
    expect(ok({ title: 'Title' }).title).to.deep.equal({ und: 'Title' });
    expect(ok({ title: { sl: 'Naslov', en: 'Title' } }).title).to.deep.equal({ sl: 'Naslov', en: 'Title' });
  });

  it('is an error, with the path, when the input cannot be used', () => {
    const cases: [unknown, string][] = [
      [null, 'must be a JSON object'],
      ['text', 'must be a JSON object'],
      [[{ title: 'x' }], 'must be a JSON object'],
      [42, 'must be a JSON object'],
      [{ lead: 'no title' }, 'title is required'],
      [{ title: '   ' }, 'title must be a text'],
      [{ title: {} }, 'title has no text in any language'],
      [{ title: { sl: 3 } }, 'title has no text in any language'],
    ];
    for (const [input, message] of cases) {
      const r = parseAnnouncement(input);
      expect(r.ok, JSON.stringify(input)).to.equal(false);
      if (!r.ok) expect(r.error.message).to.contain(message);
    }
  });

  it('leaves out invalid items with a warning naming the path', () => {
    const r = parseAnnouncement({
      title: 'T',
      cities: [
        { id: 'a', name: 'A', lat: 46, lon: 14 },
        { id: 'b', name: 'B', lat: 123, lon: 14 },
        { id: 'c', name: 'C', lat: 10, lon: -181 },
        { name: 'no id', lat: 1, lon: 1 },
      ],
      areas: [{ title: 'ok', items: ['one', 7, { title: 'two' }] }, { items: ['no title'] }],
      events: 'not a list',
      tags: ['moskva', ''],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.cities.map((c) => c.id)).to.deep.equal(['a']);
    expect(r.value.areas).to.have.length(1);
    expect(r.value.areas[0].items.map((i) => i.title.und)).to.deep.equal(['one', 'two']);
    expect(r.value.tags).to.have.length(1);
    const messages = r.warnings.map((w) => `${w.path} ${w.message}`);
    expect(messages).to.include('cities[1].lat must be a number between -90 and 90');
    expect(messages).to.include('cities[2].lon must be a number between -180 and 180');
    expect(messages).to.include('cities[3].id is required');
    expect(messages).to.include('areas[0].items[1] must be a text or a map of language to text');
    expect(messages).to.include('areas[1].title is required');
    expect(messages).to.include('events must be a list');
    expect(messages).to.include('tags[1] must be a text or a map of language to text');
  });

  it('drops unsafe URLs with a warning and keeps safe ones', () => {
    const r = parseAnnouncement({
      title: 'T',
      url: 'javascript:alert(1)',
      image: { src: 'data:text/html,<script>alert(1)</script>', alt: 'x' },
      cities: [
        { id: 'a', name: 'A', lat: 1, lon: 1, url: '  JavaScript:alert(1)' },
        { id: 'b', name: 'B', lat: 1, lon: 1, url: 'https://example.org/b' },
        { id: 'c', name: 'C', lat: 1, lon: 1, url: 'mailto:info@example.org' },
        { id: 'd', name: 'D', lat: 1, lon: 1, url: '../relative/path' },
        { id: 'e', name: 'E', lat: 1, lon: 1, url: 'java\tscript:alert(1)' },
      ],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.url).to.equal(undefined);
    expect(r.value.image).to.equal(undefined);
    expect(r.value.cities.map((c) => c.url)).to.deep.equal([
      undefined,
      'https://example.org/b',
      'mailto:info@example.org',
      '../relative/path',
      undefined,
    ]);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['url', 'image.src', 'cities[0].url', 'cities[4].url']);
  });

  it('keeps an empty alt (a decorative image) and treats a missing alt as decorative', () => {
    expect(ok({ title: 'T', image: { src: 'a.jpg', alt: '' } }).image?.alt).to.deep.equal({ und: '' });
    expect(ok({ title: 'T', lang: 'sl', image: { src: 'a.jpg' } }).image?.alt).to.deep.equal({ sl: '' });
  });

  it('derives area ids from titles', () => {
    expect(ok({ title: 'T', areas: [{ title: 'Socialna zaščita prebivalcev' }] }).areas[0].id).to.equal('socialna-zascita-prebivalcev');
    expect(slug('Культура и искусство')).to.equal('культура-и-искусство');
  });

  it('never throws, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseAnnouncement(value);
        return r.ok ? typeof r.value.title === 'object' : typeof r.error.message === 'string';
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for announcement-shaped objects with random field values', () => {
    const keys = [
      'title',
      'lead',
      'body',
      'bodyHtml',
      'url',
      'image',
      'tags',
      'cities',
      'partnership',
      'areas',
      'events',
      'published',
      'lang',
      'id',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (value) => {
        const r = parseAnnouncement(value);
        return r.ok || r.error.message.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out a URL that cannot be resolved against the data URL, with a warning (the rest stays)', () => {
    const base = 'https://example.org/data/news.json';
    const r = parseAnnouncement({ title: 'Fine', url: '//[', image: { src: 'http://[' } }, { base });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.url).to.equal(undefined);
    expect(r.value.image).to.equal(undefined);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['url', 'image.src']);
    const relative = parseAnnouncement({ title: 'T', url: 'a/b.html' }, { base });
    expect(relative.ok && relative.value.url).to.equal('https://example.org/data/a/b.html');
    // Without a base (data from the page itself), the same URLs are left out too.
    expect(parseAnnouncement({ title: 'T', url: '//[' }).warnings.map((w) => w.path)).to.deep.equal(['url']);
  });

  it('a URL field never makes the whole announcement fail, with or without a base (property)', () => {
    const base = 'https://example.org/data/news.json';
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('//[', 'http://[::1', 'https://exa mple.org', '%', '\\\\x', 'http://%zz')),
        (url) => {
          for (const options of [undefined, { base }]) {
            const r = parseAnnouncement(
              { title: 'T', url, image: { src: url }, areas: [{ title: 'A', items: [{ title: 'x', url }] }] },
              options,
            );
            expect(r.ok, `${JSON.stringify(url)} with ${JSON.stringify(options)}`).to.equal(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('survives a hostile object (throwing getter)', () => {
    const evil = Object.defineProperty({}, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = parseAnnouncement(evil);
    expect(r.ok).to.equal(false);
  });
});

describe('parseDate', () => {
  it('keeps the precision of the input', () => {
    expect(parseDate(2000)).to.deep.equal({ precision: 'year', year: 2000, iso: '2000' });
    expect(parseDate('2000')?.precision).to.equal('year');
    expect(parseDate('2020-05')).to.deep.equal({ precision: 'month', year: 2020, month: 5, iso: '2020-05' });
    expect(parseDate('2019-09-11')?.precision).to.equal('day');
    expect(parseDate('2019-09-11T10:30:00+02:00')).to.include({ precision: 'datetime', iso: '2019-09-11T10:30:00+02:00' });
    expect(parseDate('2019-09-11T10:30Z')?.precision).to.equal('datetime');
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2019-13', '2019-02-29', '2019-04-31', '2019-09-11T24:00', '11. 9. 2019', '', 'yesterday', 20.5, true, null]) {
      expect(parseDate(bad), String(bad)).to.equal(undefined);
    }
    expect(parseDate('2020-02-29')?.day).to.equal(29);
  });
});

describe('safeUrl', () => {
  it('lets only http, https, mailto and relative URLs through', () => {
    for (const good of ['https://a.example/x', 'HTTP://a.example', 'mailto:a@b.c', '/x', 'x/y.json', '?q=1', '#top', '//cdn.example/x']) {
      expect(safeUrl(good), good).to.equal(good);
    }
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:x',
      'vbscript:x',
      'data:text/html,x',
      'java\nscript:x',
      'file:///etc/passwd',
      '\u0000javascript:x',
      '',
      '   ',
      5,
    ]) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('resolveUrl', () => {
  // What resolveUrl gave before its shortcut for plain http(s) URLs: the URL parser decides.
  const parsed = (value: string, base?: string) => {
    const safe = safeUrl(value);
    if (!safe) return undefined;
    try {
      const resolved = new URL(safe, base ?? 'https://x.invalid/').href;
      return base && !/^[a-z][a-z\d+.-]*:/i.test(safe) ? resolved : safe;
    } catch {
      return undefined;
    }
  };

  it('refuses what the URL parser refuses, however plain it looks', () => {
    for (const bad of [
      'https://1.2.3.999/',
      'https://a.b.256',
      'https://0x1g',
      'http://a:99999/',
      'https://a b.example/',
      'https://[x]/',
      'https://',
      'http://a..b:',
      'https://xn--a.example/',
    ]) {
      expect(resolveUrl(bad), bad).to.equal(parsed(bad));
    }
    expect(resolveUrl('https://1.2.3.999/')).to.equal(undefined);
    expect(resolveUrl('http://a:99999/')).to.equal(undefined);
    expect(resolveUrl('https://www.ljubljana.si/sl/aktualno/?a=1#x')).to.equal('https://www.ljubljana.si/sl/aktualno/?a=1#x');
    expect(resolveUrl('x/y.html', 'https://a.example/data/z.json')).to.equal('https://a.example/data/x/y.html');
  });

  it('gives what the URL parser gives for any URL-like text, with and without a base', () => {
    const label = fc.oneof(
      fc.stringMatching(/^[a-z\d-]{1,6}$/),
      fc.constantFrom('xn--', 'xn--p1ai', '256', '0x10', '08', '1', 'localhost', 'A-B', ''),
    );
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    const port = fc.oneof(
      fc.constant(''),
      fc.integer({ min: 0, max: 99999 }).map((n) => `:${n}`),
      fc.constant(':'),
    );
    const rest = fc.oneof(
      fc.constant(''),
      fc.string({ unit: 'binary-ascii', maxLength: 12 }).map((t) => `/${t}`),
      fc.constant('?q=%zz'),
      fc.constant('#a b'),
    );
    const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', '//', '');
    const value = fc.tuple(scheme, host, port, rest).map((parts) => parts.join(''));
    const base = fc.constantFrom(undefined, 'https://a.example/data/z.json');
    fc.assert(
      fc.property(value, base, (v, b) => {
        expect(resolveUrl(v, b), `${v} ${b}`).to.equal(parsed(v, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseAreas', () => {
  it('reads the areas of an announcement or a bare array', () => {
    const fromAnnouncement = parseAreas({ lang: 'sl', title: 'T', areas: [{ title: 'kultura', items: ['a'] }] });
    expect(fromAnnouncement.ok && fromAnnouncement.value).to.deep.equal({
      lang: 'sl',
      areas: [{ id: 'kultura', title: { sl: 'kultura' }, items: [{ title: { sl: 'a' } }], description: undefined, icon: undefined }],
    });
    const bare = parseAreas([{ title: 'A' }, { nope: 1 }]);
    expect(bare.ok && bare.value.areas.map((a) => a.id)).to.deep.equal(['a']);
    expect(bare.warnings).to.deep.equal([{ path: '[1].title', message: 'is required' }]);
  });

  it('does not need a title at the top, and makes ids unique', () => {
    const r = parseAreas({ areas: [{ id: 'x', title: 'One' }, { id: 'x', title: 'Two' }, { title: 'x' }] });
    expect(r.ok && r.value.areas.map((a) => a.id)).to.deep.equal(['x', 'x-2', 'x-3']);
  });

  it('never throws, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => typeof parseAreas(value).ok === 'boolean'),
      { numRuns: 300 },
    );
  });
});

describe('readers', () => {
  it('read a well-formed value through `quick` exactly as through the reader, with no warning (property)', () => {
    // `quick` skips building the value's path (#15): it must give what the reader gives, or leave the value to it.
    const readers: [string, Reader<unknown>][] = [
      ['text', text],
      ['id', id],
      ['url', url],
      ['date', date],
      ['numberIn', numberIn(-90, 90)],
    ];
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        'x',
        ' x ',
        '',
        ' ',
        '\u00a0',
        'Ljubljana',
        'https://a.example/x',
        ' HTTP://a.example ',
        'mailto:a@b.c',
        'rel/x',
        '//[',
      ),
      fc.constantFrom('javascript:x', 'java\tscript:x', '2000', ' 2020-05 ', '2019-02-29', '2019-09-11T10:30+02:00', '2019-09-11T24:00'),
      fc.constantFrom(2000, 2000.5, -90, 90, 90.0001, -0, NaN, Infinity, '10', null, { sl: 'x' }, { sl: '', en: 'y' }, ['x']),
      fc.string(),
      fc.double(),
    );
    const lang = fc.constantFrom('sl', 'und');
    const base = fc.constantFrom(undefined, 'https://example.org/data/news.json');
    const seen = { quick: 0, slow: 0 };
    fc.assert(
      fc.property(value, lang, base, (v, l, b) => {
        for (const [name, read] of readers) {
          const quick = read.quick?.({ lang: l, base: b, warnings: [] }, v);
          if (quick === undefined) {
            seen.slow++;
            continue;
          }
          seen.quick++;
          const ctx: Context = { lang: l, base: b, warnings: [] };
          expect(read(ctx, v, 'p'), `${name}(${JSON.stringify(v)})`).to.deep.equal(quick);
          expect(ctx.warnings, `${name}(${JSON.stringify(v)})`).to.deep.equal([]);
        }
      }),
      { numRuns: 1000 },
    );
    // Both ways were taken.
    expect(seen.quick).to.be.greaterThan(200);
    expect(seen.slow).to.be.greaterThan(200);
  });
});
