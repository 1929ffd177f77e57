// Where the main thread goes on a page of sections 3 and 8 of the bench: one traced load (the
// page's tasks in order, with the trace events inside each), then a few loads under V8's sampling
// profiler at 25 µs (JS self and inclusive time by function, per load). Evidence for the
// README's performance section; read shares and the order of tasks, not milliseconds.
//
//   node bench/page-trace.mjs <page> [bundle dir = dist] [--runs 5] [--unminified]
//
// <page>: cards (1,000 cards, section 3), cards-late-rule (the same with the display rule
// adopted by a script at the end of the body), cards-lit (their Lit floor), cards-static,
// inline (card + areas, inline data, section 8), inline-lit, inline-static.
// --unminified builds the one-file bundle from src/bundle.ts without minifying (function names
// readable) into a temporary directory and traces that instead of the bundle dir.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';
import { CARDS_LIT_SOURCE, cardsPages, INLINE_LIT_SOURCE, inlinePages } from './pages.mjs';
import { serve } from './server.mjs';
import { profiledLoad, tracedLoad } from './profile.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const unminified = flag('--unminified');
const runs = Number(option('--runs', 5));
const [which = 'cards', dirArg] = args;

const tmp = mkdtempSync(join(tmpdir(), 'pcw-page-trace-'));
let dir = resolve(dirArg ?? join(ROOT, 'dist'));
if (unminified) {
  const { build } = await import('vite');
  dir = join(tmp, 'bundle');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: dir,
      minify: false,
      target: 'es2022',
      lib: { entry: { 'partner-city-widgets': join(ROOT, 'src/bundle.ts') }, formats: ['es'] },
    },
  });
}
const { build: esbuild } = await import('esbuild');
const litBundle = async (contents) =>
  (await esbuild({ stdin: { contents, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false }))
    .outputFiles[0].text;
const cards = cardsPages(1000);
const inline = inlinePages();
const PAGES = {
  cards: cards.ours,
  'cards-late-rule': cards.lateRule,
  'cards-lit': cards.lit,
  'cards-static': cards.limit,
  inline: inline['inline-widgets.html'],
  'inline-lit': inline['inline-lit.html'],
  'inline-static': inline['inline-static.html'],
};
if (!PAGES[which]) throw new Error(`no page "${which}": one of ${Object.keys(PAGES).join(', ')}`);
writeFileSync(join(tmp, 'page.html'), PAGES[which]);
writeFileSync(join(tmp, 'cards-lit.js'), await litBundle(CARDS_LIT_SOURCE));
writeFileSync(join(tmp, 'inline-lit.js'), await litBundle(INLINE_LIT_SOURCE));

const server = await serve({ '/dist/': dir, '/pages/': tmp, '/data/': join(ROOT, 'demo/data') });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
const url = `${server.origin}/pages/page.html`;

// 1. One traced load: the main thread's tasks of 2 ms or more, from the page's first ParseHTML.
{
  const { rendered, onMain } = await tracedLoad(browser, url, join(tmp, 'trace.json'));
  const t0 = onMain.find((e) => e.name === 'ParseHTML')?.ts ?? onMain[0].ts;
  const KINDS = [
    'ParseHTML',
    'v8.evaluateModule',
    'RunMicrotasks',
    'CustomElementReactionQueue::invokeReactions',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'MinorGC',
    'MajorGC',
  ];
  console.log(
    `${which}: rendered at ${rendered.toFixed(0)} ms (traced load)\n\nmain-thread tasks of 2 ms or more: start, duration, what is inside (outermost events, ms)`,
  );
  for (const task of onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur >= 2000)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const kinds = [];
    for (const kind of KINDS) {
      let sum = 0;
      let end = 0;
      for (const e of inside) if (e.name === kind && e.ts >= end) [sum, end] = [sum + e.dur, e.ts + e.dur];
      if (sum >= 500) kinds.push(`${kind} ${(sum / 1000).toFixed(1)}`);
    }
    console.log(`${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ${(task.dur / 1000).toFixed(1).padStart(7)}  ${kinds.join(', ')}`);
  }
}

// 2. Loads under the sampling profiler (25 µs), until rendered: JS time by function, per load.
const self = new Map();
const inclusive = new Map();
for (let r = 0; r < runs; r++) {
  const { profile } = await profiledLoad(browser, url, { interval: 25, timeout: 60000 });
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id) => {
    const f = nodes.get(id).callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i] / 1000 / runs;
    if (name(id).startsWith('(idle)')) return;
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set();
    for (let n = id; n; n = parent.get(n))
      if (!seen.has(name(n)) && seen.add(name(n))) inclusive.set(name(n), (inclusive.get(name(n)) ?? 0) + ms);
  });
}
await browser.close();
server.close();
rmSync(tmp, { recursive: true, force: true });
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(2).padStart(8)}  ${k}`)
    .join('\n');
console.log(`\nJS self time by function, ms per load (${runs} loads; "(program)" is the browser's own work):\n${top(self, 25)}`);
console.log(`\nJS inclusive time by function, ms per load:\n${top(inclusive, 40)}`);
