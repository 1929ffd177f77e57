// Compares builds of the bundle on one page of the bench, in pairs of loads under V8's sampling
// profiler: the time of a small change to the widgets' JS is below the spread of wall-clock runs
// on a busy machine, but each load's JS, garbage collection and browser time can be compared with
// the other build's load beside it.
//
//   node bench/profile-variants.mjs [cards|inline] [--rounds 30] name=dir name=dir
//
// Each dir holds a partner-city-widgets.js bundle (`npx vite build --mode bundle --outDir dir`).
// Rounds alternate the order (A B, B A, …), each load in a fresh context. Prints per build the
// medians [min–max] of JS (samples in any script), garbage collection, "(program)" (the browser's
// own work) and rendered; for two builds, the median of the paired differences (second − first)
// and in how many pairs the second was lower.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { cardsPages, inlinePages } from './pages.mjs';
import { serve } from './server.mjs';
import { median, profiledLoad } from './profile.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const ROUNDS = Number(option('--rounds', 30));
const which = ['cards', 'inline'].includes(args[0]) ? args.shift() : 'cards';
const variants = args.map((a) => a.split('='));
if (variants.length < 1 || variants.some(([name, dir]) => !name || !dir)) {
  console.error('usage: node bench/profile-variants.mjs [cards|inline] [--rounds 30] name=dir name=dir');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'pcw-variants-'));
const html = which === 'cards' ? cardsPages(1000).ours : inlinePages()['inline-widgets.html'];
const mounts = { '/pages/': tmp };
for (const [name, dir] of variants) {
  mounts[`/v-${name}/`] = dir;
  writeFileSync(join(tmp, `${name}.html`), html.replaceAll('/dist/', `/v-${name}/`));
}
const server = await serve(mounts);
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });

async function load(name) {
  const { profile, bench } = await profiledLoad(browser, `${server.origin}/pages/${name}.html`);
  if (bench.error) throw new Error(`${name}: ${bench.error}`);
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const out = { js: 0, gc: 0, browser: 0, rendered: bench.rendered };
  profile.samples.forEach((id, i) => {
    const f = names.get(id);
    const ms = profile.timeDeltas[i] / 1000;
    if (f === '(program)') out.browser += ms;
    else if (f === '(garbage collector)') out.gc += ms;
    else if (f !== '(idle)' && f !== '(root)') out.js += ms;
  });
  return out;
}

const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
for (const [name] of variants) await load(name); // warm-up
for (let r = 0; r < ROUNDS; r++) for (const [name] of r % 2 ? [...variants].reverse() : variants) samples[name].push(await load(name));
await browser.close();
server.close();
rmSync(tmp, { recursive: true, force: true });

const cell = (v) => `${median(v).toFixed(1)} [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]`;
const METRICS = ['js', 'gc', 'browser', 'rendered'];
console.log(`${which}, ${ROUNDS} rounds: median [min–max] ms per load`);
for (const [name] of variants)
  console.log(`${name.padEnd(12)} ${METRICS.map((m) => `${m} ${cell(samples[name].map((s) => s[m]))}`).join('  ')}`);
if (variants.length === 2) {
  const [a, b] = variants.map(([name]) => samples[name]);
  for (const m of [...METRICS, 'busy']) {
    const value = (s) => (m === 'busy' ? s.js + s.gc + s.browser : s[m]);
    const d = a.map((s, i) => value(b[i]) - value(s));
    console.log(
      `${m.padEnd(9)} paired difference (second − first): median ${median(d).toFixed(1)} ms, second lower in ${d.filter((x) => x < 0).length} of ${d.length}`,
    );
  }
}
