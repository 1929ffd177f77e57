// The data parser's cost in Node (#15, MAP-PLAN.md item 5), outside the browser: parseCities on
// the bench's 300-city network (section 4's network300), parseAreas on section 5's 20,000 area
// items and parseAnnouncement on the seed announcement. Each model directory is bundled alone
// with esbuild (minified, as in the build) and timed:
// - cold: one parse in a fresh `node` process (the first call: V8 parses, compiles and runs the
//   parser once, as a page does), many processes;
// - warm: many parses in one process, after a few untimed ones.
// With `--old DIR` (a copy of an earlier src/model, e.g. `git worktree` or `cp -r src/model
// /tmp/old-model` before a change) both are run interleaved (old, new, old, new…) and their
// results must be identical (model and warnings, as JSON); without it only src/model is timed.
//
//   node bench/parse-micro.mjs [--old /tmp/old-model] [--cold 40] [--warm 300] [--chromium 40] [--data cities]
//
// `--chromium N` also times the first parse in the browser: N fresh pages per variant in headless
// Chromium (the bench's flags), interleaved, each loading its model file and the data, then
// timing one parse (performance.now() around the call).
//
// Prints medians with min–max in ms and the load average; the machine is shared, so only
// interleaved variants of one run compare.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { serve } from './server.mjs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { areasData, countriesGeoJson, network300 } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const COLD = Number(arg('cold', 40));
const WARM = Number(arg('warm', 300));
const CHROMIUM = Number(arg('chromium', 0));
const old = arg('old');

const dir = mkdtempSync(join(tmpdir(), 'parse-micro-'));
const variants = [...(old ? [{ key: 'old', model: resolve(old) }] : []), { key: 'new', model: join(ROOT, 'src/model') }];

for (const v of variants) {
  const out = await build({
    stdin: {
      contents: ['parse-cities', 'parse-areas', 'parse']
        .map((m) => `export * from ${JSON.stringify(join(v.model, `${m}.ts`))};`)
        .join('\n'),
      resolveDir: v.model,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  v.file = join(dir, `${v.key}.mjs`);
  writeFileSync(v.file, out.outputFiles[0].text);
}

const data = {
  cities: { fn: 'parseCities', json: network300(countriesGeoJson(), 300).widgetData },
  areas: { fn: 'parseAreas', json: areasData(200, 100) },
  seed: { fn: 'parseAnnouncement', json: JSON.parse(readFileSync(join(ROOT, 'demo/data/ljubljana-moskva-2019.json'), 'utf8')) },
};
// `--data cities` (or areas, seed): that input only.
if (arg('data')) for (const name of Object.keys(data)) if (name !== arg('data')) delete data[name];
for (const [name, d] of Object.entries(data)) writeFileSync((d.file = join(dir, `${name}.json`)), JSON.stringify(d.json));

// One process: import the module, read the data (untimed), time the first parse.
const CHILD = `
import { readFileSync } from 'node:fs';
const [file, fn, json] = process.argv.slice(2);
const m = await import(file);
const data = JSON.parse(readFileSync(json, 'utf8'));
const t0 = performance.now();
const r = m[fn](data);
const ms = performance.now() - t0;
if (!r.ok) throw new Error(r.error.message);
process.stdout.write(String(ms));`;
const child = join(dir, 'child.mjs');
writeFileSync(child, CHILD);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length };
};
const fmt = ({ median, min, max, n }) => `${median.toFixed(3)} (${min.toFixed(3)}–${max.toFixed(3)}, n=${n})`;

console.log(
  `load average before: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const modules = Object.fromEntries(await Promise.all(variants.map(async (v) => [v.key, await import(pathToFileURL(v.file).href)])));

// Sameness: every variant gives the same result (model and warnings) for each input.
for (const [name, d] of Object.entries(data)) {
  const outs = variants.map((v) => JSON.stringify(modules[v.key][d.fn](d.json)));
  if (outs.some((o) => o !== outs[0])) throw new Error(`${name}: the variants' results differ`);
}

const rows = [];
for (const [name, d] of Object.entries(data)) {
  const cold = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let i = 0; i < COLD; i++)
    for (const v of i % 2 ? [...variants].reverse() : variants)
      cold[v.key].push(Number(execFileSync(process.execPath, [child, pathToFileURL(v.file).href, d.fn, d.file], { encoding: 'utf8' })));
  const warm = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let i = 0; i < 10; i++) for (const v of variants) modules[v.key][d.fn](d.json);
  for (let i = 0; i < WARM; i++)
    for (const v of i % 2 ? [...variants].reverse() : variants) {
      const t0 = performance.now();
      modules[v.key][d.fn](d.json);
      warm[v.key].push(performance.now() - t0);
    }
  for (const v of variants) rows.push({ data: name, variant: v.key, cold: stats(cold[v.key]), warm: stats(warm[v.key]) });
}

// The first parse in a fresh page of headless Chromium.
if (CHROMIUM) {
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><meta charset="utf-8"><script type="module">
const q = new URLSearchParams(location.search);
const [m, data] = await Promise.all([import('./' + q.get('v') + '.mjs'), fetch('./' + q.get('d') + '.json').then((r) => r.json())]);
const t0 = performance.now();
const r = m[q.get('fn')](data);
window.__ms = performance.now() - t0;
if (!r.ok) window.__ms = r.error.message;
</script>`,
  );
  const server = await serve({ '/': dir });
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
  for (const [name, d] of Object.entries(data)) {
    const times = Object.fromEntries(variants.map((v) => [v.key, []]));
    for (let i = 0; i < CHROMIUM; i++)
      for (const v of i % 2 ? [...variants].reverse() : variants) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/page.html?v=${v.key}&d=${name}&fn=${d.fn}`);
        const ms = await (await page.waitForFunction(() => window.__ms)).jsonValue();
        if (typeof ms !== 'number') throw new Error(`${name} ${v.key}: ${ms}`);
        times[v.key].push(ms);
        await context.close();
      }
    for (const v of variants) rows.find((r) => r.data === name && r.variant === v.key).chromium = stats(times[v.key]);
  }
  await browser.close();
  server.close();
}
console.log(
  `load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const chromiumColumn = CHROMIUM ? ' Chromium, first parse in a fresh page (ms) |' : '';
console.log(`| data | variant | Node, first parse in a fresh process (ms) | Node, warm (ms) |${chromiumColumn}`);
console.log(`| --- | --- | --- | --- |${CHROMIUM ? ' --- |' : ''}`);
for (const r of rows)
  console.log(`| ${r.data} | ${r.variant} | ${fmt(r.cold)} | ${fmt(r.warm)} |${CHROMIUM ? ` ${fmt(r.chromium)} |` : ''}`);
rmSync(dir, { recursive: true, force: true });
