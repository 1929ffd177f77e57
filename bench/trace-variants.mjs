// Compares builds of the bundle on one page of the bench in traced loads, interleaved: the main
// thread's time by kind (style, layout, paint, garbage collection, HTML parsing) from Chromium's
// trace events, per load, and the paired differences. The browser's own work does not show in a
// JS profile (profile-variants.mjs): a change to the widgets' CSS or DOM shows here.
//
//   node bench/trace-variants.mjs [cards|inline] [--rounds 16] name=dir name=dir
//
// Each dir holds a partner-city-widgets.js bundle (`npx vite build --mode bundle --outDir dir`).
// Rounds alternate the order (A B, B A, …), each load in a fresh context. Prints per build the
// medians of rendered (the page's own mark), the main thread's tasks and each kind (the outermost
// events of that kind, so nested ones are not counted twice); for two builds, the median of the
// paired differences (second − first) and in how many pairs the second was lower. Tracing slows
// the page: compare the builds of one run, not these figures with the bench's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { cardsPages, inlinePages } from './pages.mjs';
import { median, tracedLoad } from './profile.mjs';
import { serve } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const rounds = Number(option('--rounds', 16));
const which = args[0]?.includes('=') ? 'cards' : (args.shift() ?? 'cards');
const variants = args.map((a) => a.split('='));
if (variants.length < 1 || variants.some((v) => v.length !== 2)) {
  console.error('usage: node bench/trace-variants.mjs [cards|inline] [--rounds 16] name=dir name=dir');
  process.exit(1);
}

/** The trace events' names, by kind. */
const KINDS = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  ParseHTML: 'parse',
};
const COLUMNS = ['rendered', 'tasks', 'style', 'layout', 'paint', 'gc', 'parse'];

const tmp = mkdtempSync(join(tmpdir(), 'pcw-trace-variants-'));
const html = which === 'inline' ? inlinePages()['inline-widgets.html'] : cardsPages(1000).ours;
const mounts = { '/pages/': tmp, '/data/': new URL('../demo/data', import.meta.url).pathname };
for (const [name, dir] of variants) {
  writeFileSync(join(tmp, `${name}.html`), html.replaceAll('/dist/partner-city-widgets.js', `/${name}/partner-city-widgets.js`));
  mounts[`/${name}/`] = dir;
}
const server = await serve(mounts);
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });

/** One traced load of a build's page: rendered and the main thread's time by kind (ms). */
async function kinds(name) {
  const { rendered, onMain } = await tracedLoad(browser, `${server.origin}/pages/${name}.html`, join(tmp, 'trace.json'));
  const out = { rendered, tasks: 0, style: 0, layout: 0, paint: 0, gc: 0, parse: 0 };
  const ends = {};
  for (const e of onMain) {
    if (e.name === 'ThreadControllerImpl::RunTask') out.tasks += e.dur / 1000;
    const kind = KINDS[e.name];
    // (Outermost events of a kind only: one nested in another of its kind is in it already.)
    if (!kind || e.ts < (ends[kind] ?? 0)) continue;
    ends[kind] = e.ts + e.dur;
    out[kind] += e.dur / 1000;
  }
  return out;
}

const results = Object.fromEntries(variants.map(([name]) => [name, []]));
for (let r = 0; r < rounds; r++) {
  for (const [name] of r % 2 ? [...variants].reverse() : variants) results[name].push(await kinds(name));
}
await browser.close();
server.close();
rmSync(tmp, { recursive: true, force: true });

console.log(`${which}, ${rounds} traced rounds: median ms per load`);
for (const [name] of variants)
  console.log(`${name.padEnd(12)} ${COLUMNS.map((k) => `${k} ${median(results[name].map((s) => s[k])).toFixed(1)}`).join('  ')}`);
if (variants.length === 2) {
  const [a, b] = variants.map(([name]) => results[name]);
  for (const k of COLUMNS) {
    const d = a.map((s, i) => b[i][k] - s[k]);
    console.log(
      `${k.padEnd(9)} paired difference (second − first): median ${median(d).toFixed(1)} ms, second lower in ${d.filter((x) => x < 0).length} of ${d.length}`,
    );
  }
}
