// What profile-variants.mjs and trace-variants.mjs share: builds of the bundle compared on one
// page of the bench (1,000 cards or card + areas), their loads interleaved (A B, B A, …, after one
// warm-up each, each load in a fresh context), then per build the medians [min–max] of each
// metric and, for two builds, the median of the paired differences (second − first) and in how
// many pairs the second was lower. The scripts differ only in how a load is measured.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { median } from './profile.mjs';
import { cardsPages, inlinePages } from './pages.mjs';
import { serve } from './server.mjs';

/**
 * Runs the comparison from the command line (`[cards|inline] [--rounds N] name=dir name=dir`;
 * each dir holds a partner-city-widgets.js bundle, e.g. `npx vite build --mode bundle --outDir
 * dir`). `measure(browser, url)` loads a build's page once and returns its metrics (ms);
 * `metrics` are the ones printed, `paired` (default: `metrics`) the ones compared in pairs, each a
 * key of the metrics or a `[label, (metrics) => ms]` pair.
 */
export async function compareVariants({ script, rounds: defaultRounds, measure, metrics, paired = metrics }) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
  const rounds = Number(option('--rounds', defaultRounds));
  const which = ['cards', 'inline'].includes(args[0]) ? args.shift() : 'cards';
  const variants = args.map((a) => a.split('='));
  if (variants.length < 1 || variants.some(([name, dir]) => !name || !dir)) {
    console.error(`usage: node bench/${script} [cards|inline] [--rounds ${defaultRounds}] name=dir name=dir`);
    process.exit(2);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'pcw-variants-'));
  const html = which === 'cards' ? cardsPages(1000).ours : inlinePages()['inline-widgets.html'];
  const mounts = { '/pages/': tmp, '/data/': new URL('../demo/data', import.meta.url).pathname };
  for (const [name, dir] of variants) {
    mounts[`/v-${name}/`] = dir;
    writeFileSync(join(tmp, `${name}.html`), html.replaceAll('/dist/', `/v-${name}/`));
  }
  const server = await serve(mounts);
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
  const load = (name) => measure(browser, `${server.origin}/pages/${name}.html`, join(tmp, 'trace.json'));

  const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
  try {
    for (const [name] of variants) await load(name); // warm-up
    for (let r = 0; r < rounds; r++) for (const [name] of r % 2 ? [...variants].reverse() : variants) samples[name].push(await load(name));
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  const cell = (v) => `${median(v).toFixed(1)} [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]`;
  console.log(`${which}, ${rounds} rounds: median [min–max] ms per load`);
  for (const [name] of variants)
    console.log(`${name.padEnd(12)} ${metrics.map((m) => `${m} ${cell(samples[name].map((s) => s[m]))}`).join('  ')}`);
  if (variants.length !== 2) return;
  const [a, b] = variants.map(([name]) => samples[name]);
  for (const m of paired) {
    const [label, value] = typeof m === 'string' ? [m, (s) => s[m]] : m;
    const d = a.map((s, i) => value(b[i]) - value(s));
    console.log(
      `${label.padEnd(9)} paired difference (second − first): median ${median(d).toFixed(1)} ms, second lower in ${d.filter((x) => x < 0).length} of ${d.length}`,
    );
  }
}
