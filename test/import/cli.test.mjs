// The import command (#17) as a user runs it: `node bin/partner-city-widgets.mjs import …` (what
// `npx partner-city-widgets import …` runs), against dist/cli.mjs (`node scripts/build-cli.mjs`;
// `npm test` builds it first). The seed article of the issue, stdin, --out, HTML with scripts,
// and bad input: empty, binary, not UTF-8, 50 MB, a web address, wrong usage. Node's test runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin/partner-city-widgets.mjs');
const fixtures = join(repo, 'test/import/fixtures');
// The seed as the issue names it (shared/ beside the repository), else our copy of it.
const sharedSeed = join(repo, '../shared/seeds/000_401e0adc96fc2311.txt');
const seed = existsSync(sharedSeed) ? sharedSeed : join(fixtures, 'seed-sl.txt');
assert.ok(existsSync(join(repo, 'dist/cli.mjs')), 'dist/cli.mjs is missing: run `node scripts/build-cli.mjs` (or npm run build)');

const tmp = mkdtempSync(join(tmpdir(), 'pcw-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command in a process of its own; returns its exit code, stdout and stderr. */
const spawn = (args, input) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Runs the command's main() in this process (the same code as the bin, without a process start per case). */
async function cli(args, input) {
  const { main } = await import(pathToFileURL(join(repo, 'dist/cli.mjs')).href);
  let out = '';
  let err = '';
  const sink = (add) => ({ write: (chunk, cb) => (add(String(chunk)), cb?.(), true) });
  // In 64 KB chunks, as a pipe delivers them.
  const bytes = Buffer.from(input ?? '');
  const stdin = Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536)),
  );
  const code = await main(args, { stdin, stdout: sink((c) => (out += c)), stderr: sink((c) => (err += c)) });
  return { code, out, err };
}

describe('partner-city-widgets import', { timeout: 120000 }, () => {
  it('prints the seed article’s announcement: the Slovene fields of the demo data, a clean report on stderr', () => {
    const demo = JSON.parse(readFileSync(join(repo, 'demo/data/ljubljana-moskva-2019.json'), 'utf8'));
    const { code, out, err } = spawn(['import', seed, '--lang', 'sl']);
    assert.equal(code, 0, err);
    const a = JSON.parse(out);
    assert.equal(a.published, '2019-09-11');
    assert.equal(a.title.sl, demo.title.sl);
    assert.equal(a.lead.sl, demo.lead.sl);
    assert.deepEqual(
      a.body.map((b) => b.sl),
      demo.body.map((b) => b.sl),
    );
    assert.deepEqual(
      a.areas.map((x) => [x.title.sl, x.items.map((i) => i.sl)]),
      demo.areas.map((x) => [x.title.sl, x.items.map((i) => i.sl)]),
    );
    assert.deepEqual(a.tags, [{ sl: 'moskva' }]);
    assert.match(
      err,
      /^Imported .* \(text, language sl\): title, lead, 4 paragraphs, 7 areas \(24 items\), 1 tag, 2 events, published 2019-09-11\./,
    );
    assert.match(err, /Not mapped: nothing\.\n/);
    assert.match(err, /To check: nothing\.\n/);
  });

  it('guesses the language when --lang is not given, and says so', async () => {
    const { code, out, err } = await cli(['import', seed]);
    assert.equal(code, 0, err);
    assert.equal(JSON.parse(out).lang, 'sl');
    assert.match(err, /language sl, guessed: use --lang to set it/);
  });

  it('reads stdin for "-" and a file:// URL; --out writes the file and stdout stays empty; --quiet prints no report', async () => {
    const text = readFileSync(join(fixtures, 'ru.txt'), 'utf8');
    const piped = spawn(['import', '-', '--lang', 'ru'], text);
    assert.equal(piped.code, 0, piped.err);
    assert.equal(JSON.parse(piped.out).title.ru, 'Любляна и Москва продолжают сотрудничество');
    const out = join(tmp, 'announcement.json');
    const written = await cli(['import', pathToFileURL(join(fixtures, 'en-numbered.txt')).href, '--out', out]);
    assert.equal(written.code, 0, written.err);
    assert.equal(written.out, '');
    assert.deepEqual(
      JSON.parse(readFileSync(out, 'utf8')),
      JSON.parse(readFileSync(join(fixtures, 'en-numbered.expected.json'), 'utf8')).announcement,
    );
    assert.match(written.err, /To check \(1\):\n {2}line 14 \(body\[1\]\): "September" — a date that is not certain \(no year\)/);
    const quiet = await cli(['import', seed, '--quiet']);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.err, '');
  });

  it('HTML with scripts, through linkedom: the expected announcement, nothing of the scripts, the scripts reported', async () => {
    const { code, out, err } = await cli(['import', join(fixtures, 'page-jsonld.html')]);
    assert.equal(code, 0, err);
    const expected = JSON.parse(readFileSync(join(fixtures, 'page-jsonld.expected.json'), 'utf8'));
    assert.deepEqual(JSON.parse(out), expected.announcement);
    assert.doesNotMatch(out, /HACKED|__imported|innerHTML|alert/);
    assert.match(err, /<script>: "2 × <script>" — scripts are never run, and nothing of them is kept/);
    const plain = await cli(['import', join(fixtures, 'page-plain.html')]);
    assert.deepEqual(JSON.parse(plain.out), JSON.parse(readFileSync(join(fixtures, 'page-plain.expected.json'), 'utf8')).announcement);
  });

  it('bad input: a non-zero exit and a clear message, nothing on stdout', async () => {
    const file = (name, content) => {
      const path = join(tmp, name);
      writeFileSync(path, content);
      return path;
    };
    const big = join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // 50 MB (sparse): refused by its size, before it is read
    const cases = [
      [[file('empty.txt', '')], 1, /the article is empty/],
      [[file('blank.txt', ' \n\n\t ')], 1, /the article is empty/],
      [[file('nul.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))], 1, /binary data \(it has NUL bytes\)/],
      [[file('latin2.txt', Buffer.from([0x8a, 0x65, 0x20, 0xe8, 0x61, 0x73]))], 1, /not UTF-8 text/],
      [[big], 1, /the article is 52\.4 MB; the importer reads at most 5,000,000 characters/],
      [[join(tmp, 'missing.txt')], 1, /cannot read ".*missing\.txt": no such file/],
      [['https://www.ljubljana.si/sl/aktualno/'], 1, /is a web address: save the page first/],
      [[tmp], 1, /is not a file/],
      [[], 2, /no article given\n\nUsage: partner-city-widgets import ARTICLE/],
      [[seed, '--bogus'], 2, /unknown option --bogus/],
      [[seed, '--lang'], 2, /--lang needs a value/],
    ];
    for (const [args, expected, message] of cases) {
      const { code, out, err } = await cli(['import', ...args]);
      assert.equal(code, expected, `${args.join(' ')}: ${err}`);
      assert.match(err, /^partner-city-widgets import: /);
      assert.match(err, message);
      assert.equal(out, '');
    }
    const wrong = await cli(['export', seed]);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /unknown command "export"/);
  });

  it('50 MB on stdin: refused once the limit is passed, with a clear message', async () => {
    const { code, err } = await cli(['import', '-'], 'Ljubljana in Moskva. '.repeat(Math.ceil(50_000_000 / 21)));
    assert.equal(code, 1);
    assert.match(err, /the article is over 20\.\d MB; the importer reads at most 5,000,000 characters/);
  });
});
