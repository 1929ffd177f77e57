// The seed page of section 2 (card + areas + the Ljubljana–Moskva map, data from `src`) with the
// bundle of each variant dir (a copy of dist/ before and after a change), interleaved (A B, B A,
// …, after one warm-up round): time to rendered (__bench.rendered) and main-thread task time
// (CDP Performance.getMetrics TaskDuration), medians [min–max]. Section 2 itself reads dist/ only.
//
//   node bench/seed-variants.mjs [rounds = 21] name=dir,name=dir,…
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { seedPages } from './pages.mjs';
import { serve } from './server.mjs';
import { bindWait } from './wait.mjs';

const numeric = /^\d+$/.test(process.argv[2] ?? '');
const rounds = numeric ? Number(process.argv[2]) : 21;
const variants = (process.argv[numeric ? 3 : 2] ?? '')
  .split(',')
  .filter(Boolean)
  .map((s) => s.split('='));
if (!variants.length || variants.some((v) => v.length !== 2)) {
  console.error('usage: node bench/seed-variants.mjs [rounds] name=dir,name=dir');
  process.exit(2);
}
const pages = mkdtempSync(join(tmpdir(), 'pcw-seed-variants-'));
const mounts = { '/data/': new URL('../demo/data', import.meta.url).pathname, '/pages/': pages };
for (const [name, dir] of variants) {
  writeFileSync(
    join(pages, `${name}.html`),
    seedPages().ours.replace('/dist/partner-city-widgets.js', `/v-${name}/partner-city-widgets.js`),
  );
  mounts[`/v-${name}/`] = dir;
}
const server = await serve(mounts);
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
const out = Object.fromEntries(variants.map(([name]) => [name, { ms: [], cpu: [] }]));
for (let round = 0; round <= rounds; round++) {
  for (const [name] of round % 2 ? [...variants].reverse() : variants) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const perf = await context.newCDPSession(page);
    await perf.send('Performance.enable');
    const done = await bindWait(page);
    await page.goto(`${server.origin}/pages/${name}.html`, { waitUntil: 'commit' });
    await done(30000);
    const ms = await page.evaluate(() => __bench.rendered);
    const cpu = 1000 * (await perf.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    // Round 0 warms up.
    if (round) {
      out[name].ms.push(ms);
      out[name].cpu.push(cpu);
    }
    await context.close();
  }
}
await browser.close();
server.close();
const stat = (a) => {
  a.sort((x, y) => x - y);
  return `${a[a.length >> 1].toFixed(0)} [${a[0].toFixed(0)}–${a.at(-1).toFixed(0)}]`;
};
for (const [name, { ms, cpu }] of Object.entries(out))
  console.log(`${name}: n ${ms.length}, rendered ${stat(ms)} ms, task time ${stat(cpu)} ms`);
