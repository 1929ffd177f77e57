// A Chromium trace of the demo (demo/index.html) as Lighthouse's mobile run sees it — a phone's
// viewport, the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate) — and what its long tasks are
// made of: trace events by time inside each task of 50 ms or more, and the JS functions that took
// the most of it (self time, from the sampling profiler). Also the page's LCP entries and requests.
//
//   node bench/demo-trace.mjs [built demo dir = build one now] [trace file = /tmp/demo-trace.json] [--rate 4]
//
// Evidence for the Lighthouse rows of #15; one load on a shared machine, so read shares, not ms.
// (Playwright's polling for the main card shows up as EvaluateScript / InjectedScript tasks.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { serve } from './server.mjs';
import { TRACE_CATEGORIES } from './trace-categories.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const rateAt = args.indexOf('--rate');
const rate = rateAt >= 0 ? Number(args.splice(rateAt, 2)[1]) : 4;
const out = args[1] ?? '/tmp/demo-trace.json';
let dir = args[0] && resolve(args[0]);
let built;
if (!dir) {
  const { build } = await import('vite');
  built = dir = mkdtempSync(join(tmpdir(), 'pcw-demo-trace-'));
  await build({ root: join(ROOT, 'demo'), configFile: false, logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
}

const server = await serve({ '/data/': join(ROOT, 'demo/data'), '/': dir }, { gzip: true });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
const context = await browser.newContext({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
});
const page = await context.newPage();
await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
await page.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__lcp.push(
        `${Math.round(e.startTime)} ms ${e.element?.localName ?? '(in a shadow root)'} ${e.size} px² ${e.url.split('/').pop()}`,
      );
  }).observe({ type: 'largest-contentful-paint', buffered: true });
});
await browser.startTracing(page, {
  path: out,
  categories: TRACE_CATEGORIES,
});
await page.goto(`${server.origin}/`, { waitUntil: 'load' });
await page.waitForFunction(() => document.getElementById('main-card')?.state === 'ready', null, { timeout: 30000 });
await page.waitForTimeout(2000);
const seen = await page.evaluate(() => ({
  fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
  lcp: window.__lcp,
  requests: performance
    .getEntriesByType('resource')
    .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ms`),
}));
await browser.stopTracing();
await browser.close();
await server.close();
if (built) rmSync(built, { recursive: true, force: true });

const events = JSON.parse(readFileSync(out, 'utf8')).traceEvents;
const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
const tasks = main.filter((e) => e.name === 'RunTask');
const t0 = tasks[0]?.ts ?? 0;
const KINDS = [
  'v8.evaluateModule',
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'RunMicrotasks',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'MinorGC',
  'MajorGC',
];

// The sampling profiler's samples, with their times, for self time per function inside a task.
const nodes = new Map();
const samples = [];
let time = 0;
for (const e of events) {
  if (e.name === 'Profile') time = e.args.data.startTime;
  if (e.name !== 'ProfileChunk') continue;
  const { cpuProfile: p = {}, timeDeltas = [] } = e.args.data;
  for (const n of p.nodes ?? []) nodes.set(n.id, n.callFrame);
  (p.samples ?? []).forEach((id, i) => samples.push({ ts: (time += timeDeltas[i] ?? 0), id }));
}
const fn = (id) => {
  const f = nodes.get(id);
  return f ? `${f.functionName || '(anonymous)'} ${(f.url || '').split('/').pop()}:${f.lineNumber}:${f.columnNumber}` : '?';
};
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0)} ${k}`);

console.log(`CPU ${rate}× slower; FCP ${seen.fcp} ms; trace: ${out}`);
console.log(`LCP entries:\n  ${seen.lcp.join('\n  ')}`);
console.log(`requests:\n  ${seen.requests.join('\n  ')}`);
console.log('\ntasks of 50 ms or more (from the first task): what is inside, then JS self time by function');
for (const task of tasks) {
  if (task.dur < 50000) continue;
  const end = task.ts + task.dur;
  const kinds = new Map();
  for (const e of main)
    if (e !== task && e.ts >= task.ts && e.ts + e.dur <= end && KINDS.includes(e.name))
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
  const self = new Map();
  let previous;
  for (const s of samples) {
    if (s.ts < task.ts || s.ts > end) continue;
    if (previous !== undefined) self.set(fn(s.id), (self.get(fn(s.id)) ?? 0) + (s.ts - previous) / 1000);
    previous = s.ts;
  }
  self.delete('(idle) :undefined:undefined');
  console.log(`\n${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms: ${top(kinds, 8).join(', ')}`);
  console.log(`  ${top(self, 6).join('\n  ')}`);
}
