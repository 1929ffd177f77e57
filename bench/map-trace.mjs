// A Chromium trace of the bench's 300-city map page (section 4) and where its main thread goes:
// trace events by inclusive time, and JS self time by function (from the sampling profiler).
//
//   node bench/map-trace.mjs [bundle dir = dist] [trace file = /tmp/map-trace.json]
//   node bench/map-trace.mjs [bundle dir] --heap   (no trace: the Blink and JS heaps after GC once the
//     map is at rest, the shadow root's elements, and the list rows in the DOM and the accessibility tree)
//   node bench/map-trace.mjs [bundle dir] [trace file] --seed   (the seed page of section 2 instead:
//     card, areas and the Ljubljana–Moskva map, a conic projection)
//
// The bundle dir holds partner-city-widgets.js (e.g. a copy of dist/ before a change). Evidence
// for bench/MAP-PLAN.md; one load, so read shares, not milliseconds.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { countriesGeoJson, mapPages, network300, seedPages } from './pages.mjs';
import { serve } from './server.mjs';
import { bindWait } from './wait.mjs';
import { TRACE_CATEGORIES } from './trace-categories.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--heap' && a !== '--seed');
const HEAP = process.argv.includes('--heap');
const SEED = process.argv.includes('--seed');
const bundleDir = resolve(args[0] ?? new URL('../dist', import.meta.url).pathname);
const out = args[1] ?? '/tmp/map-trace.json';
const pages = mkdtempSync(join(tmpdir(), 'pcw-map-trace-'));
mkdirSync(pages, { recursive: true });
writeFileSync(join(pages, 'network-300.json'), JSON.stringify(network300(countriesGeoJson(), 300).widgetData));
writeFileSync(
  join(pages, 'map.html'),
  SEED
    ? seedPages().ours.replace('/dist/partner-city-widgets.js', '/b/partner-city-widgets.js')
    : mapPages(300, '/b/partner-city-widgets.js').ours,
);
const server = await serve({ '/b/': bundleDir, '/pages/': pages, '/data/': new URL('../demo/data', import.meta.url).pathname });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
if (HEAP) {
  await page.goto(`${server.origin}/pages/map.html`);
  await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 30000 });
  const rows = () => document.querySelector('partner-city-map').shadowRoot.querySelectorAll('[part~="list"] tbody tr').length;
  // At rest, as section 4 reads it: the labels placed, then the page idle (the rows, when the build renders them then).
  await page.evaluate(async () => {
    const map = document.querySelector('partner-city-map');
    await map.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await map.updateComplete;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const elements = await page.evaluate(() => document.querySelector('partner-city-map').shadowRoot.querySelectorAll('*').length);
  const listRows = await page.evaluate(rows);
  // After the heap: building the accessibility tree lays out what was skipped.
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const axRows = nodes.filter((n) => !n.ignored && n.role?.value === 'row').length;
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(
    `Blink heap ${mb(heap.embedderHeapUsedSize)}, JS heap ${mb(heap.usedSize)}; ${elements} elements in the shadow root, ${listRows} list rows, ${axRows} table rows in the accessibility tree`,
  );
  await browser.close();
  server.close();
  process.exit(0);
}
// (a binding, not waitForFunction, whose script would run in the page during the trace: wait.mjs)
const ended = await bindWait(page);
await browser.startTracing(page, {
  path: out,
  categories: TRACE_CATEGORIES,
});
await page.goto(`${server.origin}/pages/map.html`, { waitUntil: 'commit' });
await ended(30000);
const { rendered, elements } = await page.evaluate(() => ({
  rendered: __bench.rendered,
  elements: document.querySelector('partner-city-map').shadowRoot.querySelectorAll('*').length,
}));
await browser.stopTracing();
await browser.close();
server.close();

const events = JSON.parse(readFileSync(out, 'utf8')).traceEvents;
const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const inclusive = new Map();
for (const e of events)
  if (mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur) inclusive.set(e.name, (inclusive.get(e.name) ?? 0) + e.dur / 1000);
const nodes = new Map();
const self = new Map();
for (const e of events) {
  if (e.name !== 'ProfileChunk') continue;
  const { cpuProfile: p = {}, timeDeltas = [] } = e.args.data;
  for (const n of p.nodes ?? []) nodes.set(n.id, n);
  (p.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0) / 1000));
}
const byFunction = new Map();
for (const [id, ms] of self) {
  const f = nodes.get(id)?.callFrame;
  if (!f) continue;
  const key = `${f.functionName || '(anonymous)'} ${(f.url || '').split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
}
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`)
    .join('\n');
console.log(`drawn at ${rendered.toFixed(0)} ms; ${elements} elements in the map's shadow root; trace: ${out}`);
console.log(`\ntrace events on the main thread, inclusive ms:\n${top(inclusive, 22)}`);
console.log(`\nJS self time by function, ms:\n${top(byFunction, 25)}`);
