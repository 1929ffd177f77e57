// The plugin's PHP schema validator against @cfworker/json-schema (what src/model/schema.test.ts
// uses) on the same announcements: the seed, hand-picked samples and generated ones (mostly
// valid, with invalid values mixed in, as in schema.test.ts).
//   node wordpress/tests/schema-agreement.mjs [count]
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schema/announcement.schema.json`, 'utf8'));
const validator = new Validator(schema, '2020-12', false);
const count = Number(process.argv[2] ?? 3000);

const mix = (valid, invalid) => fc.oneof({ weight: 60, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const pick = (valid, invalid) => mix(fc.constantFrom(...valid), fc.constantFrom(...invalid));
const text = mix(
  fc.oneof(
    fc.constantFrom('Ljubljana', 'Москва', 'a', ' x ', '<script>alert(1)</script>'),
    fc.dictionary(fc.constantFrom('sl', 'en', 'ru', 'sl-SI', 'url'), fc.constantFrom('Text', 'Текст'), { minKeys: 1 }),
  ),
  fc.oneof(
    fc.constantFrom('', '  ', 0, null, true, [], ['x'], {}),
    fc.dictionary(fc.constantFrom('sl', 'x', 'english', ''), fc.constantFrom('Text', '', ' '), { minKeys: 1 }),
  ),
);
const date = pick(
  [
    2000,
    '2000',
    '2020-05',
    '2019-09-11',
    '2019-09-11T10:00:00+02:00',
    '2019-09-11T10:00Z',
    ' 2019-09-11 ',
    '2000-02-29',
    '2019-09-11T10:00:00.123Z',
  ],
  [999, 20000, 2000.5, '2019-13', '2019-04-31', '1900-02-29', '2019-09-11T25:00', '11. 9. 2019', '', null],
);
const url = pick(
  ['https://example.org', 'HTTP://x.example', 'mailto:a@b.c', 'rel/path', '/abs', '#frag', '  https://x.example  ', 'a:b/../c'],
  [
    'javascript:alert(1)',
    ' JavaScript:x',
    'data:text/html,x',
    'vbscript:x',
    'java\tscript:x',
    'ftp://x',
    '',
    ' ',
    7,
    null,
    'https://x\u0000',
  ],
);
const num = (min, max) =>
  mix(
    fc.double({ min, max, noNaN: true }),
    fc.oneof(fc.double({ min: max, max: max + 50, noNaN: true, minExcluded: true }), fc.constantFrom(min - 1, '10', null)),
  );
const optional = (arb) => fc.option(arb, { nil: undefined, freq: 3 });
const obj = (shape) =>
  fc
    .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, optional(v)])))
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
const listOf = (arb) => mix(fc.array(arb, { maxLength: 3 }), fc.constantFrom('not a list', null, {}));
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
    obj({ src: url, alt: fc.oneof(text, fc.constantFrom('', { sl: '' })), width: pick([640, 640.0], [0, 1.5]), height: pick([480], [-1]) }),
    fc.constant('img.jpg'),
  ),
  tags: listOf(text),
  cities: listOf(city),
  partnership: mix(obj({ cities: listOf(id), agreements: listOf(dated) }), fc.constant([])),
  areas: listOf(area),
  events: listOf(dated),
  unknownField: fc.jsonValue(),
});

const samples = [
  JSON.parse(readFileSync(`${root}demo/data/ljubljana-moskva-2019.json`, 'utf8')),
  { title: 'T' },
  { lead: 'no title' },
  [],
  'x',
  5,
  null,
  { title: {} },
  { title: { 'sl-SI': 'x' } },
  { title: 'T', areas: [{ title: 'A', items: [{ sl: 'x' }, { title: 'y', url: 'data:x' }, { description: 'x' }] }] },
  ...fc.sample(announcement, { numRuns: count, seed: 13 }),
];
const out = execFileSync('php', [`${root}wordpress/tests/validate-lines.php`], {
  input: samples.map((s) => JSON.stringify(s)).join('\n') + '\n',
  maxBuffer: 1 << 28,
})
  .toString()
  .trimEnd()
  .split('\n');
let agreed = 0;
let valid = 0;
const disagreed = [];
samples.forEach((sample, i) => {
  const theirs = validator.validate(sample).valid;
  const ours = out[i] === 'valid';
  if (theirs) valid++;
  if (theirs === ours) agreed++;
  else disagreed.push(`${JSON.stringify(sample).slice(0, 300)}\n   cfworker: ${theirs ? 'valid' : 'invalid'}, PHP: ${out[i]}`);
});
for (const d of disagreed.slice(0, 10)) console.log(`DISAGREE ${d}`);
console.log(`${agreed} agreed, ${disagreed.length} disagreed (${samples.length} samples, ${valid} valid by cfworker)`);
process.exit(disagreed.length ? 1 : 0);
