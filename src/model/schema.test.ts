import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAnnouncement, parseAreas, parseCities } from './parse.js';

/*
 * schema/announcement.schema.json and the parser must agree: what the schema accepts, the
 * parser reads without a single warning; what the schema rejects, the parser reports (an
 * error, or a warning for what it left out).
 */

let validator: Validator;

before(async () => {
  const schema = await (await fetch('/schema/announcement.schema.json')).json();
  validator = new Validator(schema, '2020-12', false);
});

const schemaValid = (value: unknown) => validator.validate(value).valid;
const parserClean = (value: unknown) => {
  const r = parseAnnouncement(value);
  return r.ok && r.warnings.length === 0;
};

// Mostly valid values, with a few invalid ones mixed in, so that both outcomes are common.
const mix = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const pick = (valid: unknown[], invalid: unknown[]) => mix(fc.constantFrom(...valid), fc.constantFrom(...invalid));

const text = mix(
  fc.oneof(
    fc.constantFrom('Ljubljana', 'Москва', 'a', ' x ', '<script>alert(1)</script>'),
    fc.dictionary(fc.constantFrom('sl', 'en', 'ru', 'sl-SI'), fc.constantFrom('Text', 'Текст'), { minKeys: 1 }),
  ),
  fc.oneof(
    fc.constantFrom('', '  ', 0, null, true, [], ['x'], {}),
    fc.dictionary(fc.constantFrom('sl', 'x', 'english', '__proto__', ''), fc.constantFrom('Text', '', ' '), { minKeys: 1 }),
  ),
);
const date = pick(
  [2000, '2000', '2020-05', '2019-09-11', '2019-09-11T10:00:00+02:00', '2019-09-11T10:00Z', ' 2019-09-11 '],
  [999, 20000, 2000.5, '2019-13', '2019-04-31', '2019-09-11T25:00', '11. 9. 2019', '', null],
);
const url = pick(
  ['https://example.org', 'HTTP://x.example', 'mailto:a@b.c', 'rel/path', '/abs', '#frag', '  https://x.example  '],
  ['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'vbscript:x', 'java\tscript:x', 'ftp://x', '', ' ', 7, null],
);
const num = (min: number, max: number) =>
  mix(
    fc.double({ min, max, noNaN: true }),
    fc.oneof(fc.double({ min: max, max: max + 50, noNaN: true, minExcluded: true }), fc.constantFrom(min - 1, '10', null)),
  );
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const obj = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc
    .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, optional(v)])) as Record<string, fc.Arbitrary<unknown>>)
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
const id = pick(['ljubljana', 'culture'], ['', '  ', 3]);

const city = obj({
  id,
  name: text,
  country: pick(['SI', 'ru'], ['SVN', 1]),
  lat: num(-90, 90),
  lon: num(-180, 180),
  role: pick(['home', 'partner'], ['twin']),
  since: date,
  url,
  description: text,
});
const dated = obj({ title: text, date, from: date, to: date, place: text, url, description: text });
const area = obj({
  id,
  title: text,
  items: fc.array(fc.oneof(text, obj({ title: text, description: text, url })), { maxLength: 3 }),
  description: text,
  icon: id,
});
const listOf = <T>(arb: fc.Arbitrary<T>) => mix(fc.array(arb, { maxLength: 3 }), fc.constantFrom('not a list', null, {}));
const announcement = obj({
  id,
  lang: pick(['sl', 'en-GB'], ['slovene', 5]),
  published: date,
  title: text,
  lead: text,
  body: listOf(text),
  bodyHtml: text,
  url,
  image: mix(
    obj({ src: url, alt: fc.oneof(text, fc.constantFrom('', { sl: '' })), width: pick([640], [0, 1.5]), height: pick([480], [-1]) }),
    fc.constant('img.jpg'),
  ),
  tags: listOf(text),
  cities: listOf(city),
  partnership: mix(obj({ cities: listOf(id), agreements: listOf(dated) }), fc.constant([])),
  areas: listOf(area),
  events: listOf(dated),
  unknownField: fc.jsonValue(),
});

describe('announcement.schema.json', () => {
  it('accepts the seed announcement, like the parser', async () => {
    const seed = await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
    expect(schemaValid(seed)).to.equal(true);
    expect(parserClean(seed)).to.equal(true);
  });

  it('agrees with the parser on hand-picked samples', () => {
    const samples: unknown[] = [
      { title: 'T' },
      { title: { sl: 'N', en: 'T' }, lang: 'sl', published: 2000 },
      { title: 'T', cities: [{ id: 'x', name: 'X', lat: 91, lon: 0 }] },
      { title: 'T', url: 'javascript:alert(1)' },
      { title: 'T', url: ' JavaScript:x' },
      { title: 'T', url: ' https://example.org' },
      { title: 'T', image: { src: 'a.jpg', alt: '' } },
      { title: 'T', image: { src: 'a.jpg', alt: '  ' } },
      { title: 'T', areas: [{ title: 'A', items: [{ sl: 'x' }, { title: 'y', url: 'data:x' }] }] },
      { title: 'T', published: '2019-02-30' },
      { title: 'T', events: [{ date: '2020-05' }] },
      { lead: 'no title' },
      [],
      'x',
    ];
    for (const sample of samples) {
      expect(parserClean(sample), JSON.stringify(sample)).to.equal(schemaValid(sample));
    }
  });

  it('agrees with the parser on every calendar day, leap years included', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const years = [0, 4, 100, 400, 1600, 1700, 1900, 1996, 2000, 2019, 2020, 2023, 2024, 2100, 2400, 9996, 9999];
    let leapDays = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const published of [
            `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
            `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T10:00Z`,
          ]) {
            const value = { title: 'T', published };
            const valid = schemaValid(value);
            expect(parserClean(value), published).to.equal(valid);
            if (valid && month === 2 && day === 29) leapDays++;
          }
        }
      }
    }
    // February 29 passed in the leap years only (0, 4, 400, 1600, 1996, 2000, 2020, 2024, 2400, 9996), date and date-time.
    expect(leapDays).to.equal(20);
  });

  it('agrees with the parser on generated announcements (property)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(announcement, (value) => {
        const valid = schemaValid(value);
        seen[valid ? 'valid' : 'invalid']++;
        expect(parserClean(value), JSON.stringify(value)).to.equal(valid);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the agreement were exercised.
    expect(seen.valid).to.be.greaterThan(20);
    expect(seen.invalid).to.be.greaterThan(20);
  });
});

/**
 * Whether `path` (as the parser writes it: `cities[1].name.sl`) names a place in `data`: a
 * value there, or, for "is required", no value under an object that is there.
 */
function inData(data: unknown, path: string, required: boolean): boolean {
  if (path === '') return !required;
  const steps = path
    .split('.')
    .flatMap((part) => [part.replace(/(\[\d+\])+$/, ''), ...[...part.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))]);
  let at: unknown = data;
  for (const [i, step] of steps.entries()) {
    const last = i === steps.length - 1;
    if (typeof step === 'number') {
      if (!Array.isArray(at) || step >= at.length) return false;
      at = at[step];
    } else {
      if (typeof at !== 'object' || at === null) return false;
      if (!Object.hasOwn(at, step)) return last && required;
      at = (at as Record<string, unknown>)[step];
    }
  }
  return !required;
}

describe('warning and error paths', () => {
  it('name a place in the data, for each parser (property)', () => {
    let named = 0;
    fc.assert(
      fc.property(announcement, (value) => {
        for (const parse of [parseAnnouncement, parseCities, parseAreas]) {
          const r = parse(value);
          const issues = [...r.warnings, ...(r.ok ? [] : [r.error])];
          for (const { path, message } of issues) {
            named++;
            expect(
              inData(value, path, message.endsWith('is required')),
              `${parse.name}: ${path} ${message} in ${JSON.stringify(value)}`,
            ).to.equal(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
    expect(named).to.be.greaterThan(1000);
  });
});
