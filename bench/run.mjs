// The benchmark: `npm run bench` (node bench/run.mjs). Needs a finished `npm run build` (it
// reads dist/); it builds the demo itself (Vite, into a temp dir) for Lighthouse. Every
// comparison runs side by side in the same browser, interleaved (A B, B A, …), after one
// warm-up run each; the figures are medians. Prints a markdown table and writes
// bench/results.json and bench/RESULTS.md.
//
//   node bench/run.mjs [--runs 10] [--lighthouse-runs 3] [--only bytes,seed,cards,map,areas,hostile,inline,feed-parse,feed-view,timeline,lighthouse] [--local] [--keep]
//     [--inline-variants name=dir,…]  (section 8: also the widgets page with the bundle in each dir)
//     [--cards-variants name=dir,…]  (section 3: also the 1,000 cards page with the bundle in each dir)
//     [--map-variants name=dir,…]  (other builds of the bundle to interleave in the map section)
//     [--timeline-variants name=dir,…]  (section 11: also the timeline page with the bundle in each dir)
//
// --local writes bench/results.local.json (git-ignored) and no RESULTS.md; without it, the run
// also writes the README's table of #15's goals (bench/goals.mjs).
// --render results.json measures nothing (but the sections given with --only, merged in) and writes
// the table of that file's run again: for a change to the table's notes or goals, without a new run
// on a machine that is not the one of the figures.
// --help prints this; any other option, or a section that --only does not know, stops the run
// before it starts (a mistyped option would otherwise run the whole bench and write its tables).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_MISSING, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { BUDGETS, buildEntry, measure } from '../scripts/size.mjs';
import {
  areasData,
  areasPage,
  CARDS_LIT_SOURCE,
  cardsPages,
  countriesGeoJson,
  DISPLAY_RULE,
  hostilePages,
  mapPages,
  network300,
  seedPages,
  seedStaticPage,
  staticCountryPaths,
} from './pages.mjs';
import { captureShadows, feedInteraction, feedPages, INLINE_LIT_SOURCE, inlinePages, sameDomLitSource, timelinePages } from './pages.mjs';
import { feedParseStep } from './feed-parse.mjs';
import { kb, mb, ms, msRange, ratio, round, x } from './format.mjs';
import { goal, lighthouseVerdict, writeGoals } from './goals.mjs';
import { serve } from './server.mjs';
import { bindWait } from './wait.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH = join(ROOT, 'bench');
const DIST = join(ROOT, 'dist');
const t0 = performance.now();
const elapsed = () => (performance.now() - t0) / 1000;

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const SECTIONS = ['bytes', 'seed', 'cards', 'map', 'areas', 'hostile', 'inline', 'feed-parse', 'feed-view', 'timeline', 'lighthouse'];
{
  // A mistyped option (or --help) must not start a ten-minute run that writes the README's table.
  const VALUED = ['runs', 'lighthouse-runs', 'only', 'render', 'browser-deadline', 'deadline', 'lighthouse-timeout'];
  const VARIANTS = ['inline-variants', 'cards-variants', 'map-variants', 'timeline-variants'];
  const FLAGS = ['local', 'keep'];
  const problems = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || name === 'help' || name === 'h') problems.push(argv[i]);
    else if (VALUED.includes(name) || VARIANTS.includes(name)) {
      if (!argv[i + 1] || argv[i + 1].startsWith('--')) problems.push(`${argv[i]} without its value`);
      else i++;
    } else if (!FLAGS.includes(name)) problems.push(argv[i]);
  }
  const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : [];
  for (const section of only) if (!SECTIONS.includes(section)) problems.push(`--only ${section} (no such section)`);
  if (problems.length) {
    const help = problems.every((p) => p === '--help' || p === '-h');
    const usage = readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .filter((line, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('//')))
      .map((line) => line.replace(/^\/\/ ?/, ''))
      .join('\n');
    console[help ? 'log' : 'error'](`${help ? '' : `bench/run.mjs: not an option: ${problems.join(', ')}\n\n`}${usage}`);
    process.exit(help ? 0 : 2);
  }
}
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
};
/** With --render: the run whose table is written again. */
const RENDERED = opt('render') ? JSON.parse(readFileSync(opt('render'), 'utf8')) : undefined;
const RUNS = RENDERED ? RENDERED.runs : Math.max(1, Number(opt('runs', 10)));
const LIGHTHOUSE_RUNS = Math.max(1, Number(opt('lighthouse-runs', 3)));
const ONLY = opt('only', RENDERED ? '' : SECTIONS.join(','))
  .split(',')
  .filter(Boolean);
const LOCAL = argv.includes('--local');
/** Keep the generated pages (their directory is printed) to look at them. */
const KEEP = argv.includes('--keep');
/**
 * The whole run must end within 10 minutes: browser measurements stop by 8 (7 left the last
 * section, the feed of 1,000 items, one round once #18/#19 had added theirs), Lighthouse by 9.5.
 */
const BROWSER_DEADLINE = Number(opt('browser-deadline', 480));
const DEADLINE = Number(opt('deadline', 570));
const LIGHTHOUSE_TIMEOUT = Number(opt('lighthouse-timeout', 180));
/**
 * Extra builds of the map to interleave with ours and Leaflet (section 4): `name=dir,…`, each dir
 * holding a partner-city-widgets.js bundle (e.g. a copy of dist/ before a change).
 */
const MAP_VARIANTS = opt('map-variants', '')
  .split(',')
  .filter(Boolean)
  .map((v) => v.split('='))
  .map(([name, dir]) => ({ name, dir }));

/**
 * Extra builds to interleave in the 1,000 cards section (3): `name=dir,…`, each dir holding a
 * partner-city-widgets.js bundle (e.g. a copy of dist/ before a change); the widgets page without
 * page CSS, keyed `widgets-<name>`.
 */
const CARDS_VARIANTS = opt('cards-variants', '')
  .split(',')
  .filter(Boolean)
  .map((v) => v.split('='))
  .map(([name, dir]) => ({ name, dir }));

/**
 * Extra builds to interleave in the timeline section (11): `name=dir,…`, each dir holding a
 * partner-city-widgets.js bundle (e.g. a copy of dist/ before a change); the same page, keyed
 * `widget-<name>`.
 */
const TIMELINE_VARIANTS = opt('timeline-variants', '')
  .split(',')
  .filter(Boolean)
  .map((v) => v.split('='))
  .map(([name, dir]) => ({ name, dir }));

const log = (...a) => console.error(`[${elapsed().toFixed(0).padStart(3)} s]`, ...a);

// ---------------------------------------------------------------- statistics and formatting

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? { median: round(median(s)), min: round(s[0]), max: round(s[s.length - 1]), n: s.length } : null;
};
const oneLine = (e) =>
  String(e instanceof Error ? e.message : e)
    .split('\n')[0]
    .slice(0, 200);

// ---------------------------------------------------------------- setup

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: null,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  },
  runs: RUNS,
  method: {
    timing:
      'performance.now() (relative to navigation start) when the page, polling in every requestAnimationFrame, first sees the content rendered; static pages: DOMContentLoaded + first requestAnimationFrame',
    interleaving: 'one warm-up run per variant (discarded), then A B / B A alternately, each run in a fresh browser context',
    server: 'node:http on 127.0.0.1, no compression (gzip for Lighthouse), no caching',
  },
  notes: [],
  measurements: {},
};
if (RENDERED) {
  const run = { ...RENDERED };
  delete run.table;
  Object.assign(results, run, { measurements: { ...run.measurements } });
  // The notes of earlier times it was written again keep the sections measured then and not now
  // (their rows are still those figures); a time that measured nothing more goes.
  const kept = (run.notes ?? []).flatMap((n) => {
    if (!n.startsWith('The table was written again')) return [n];
    const again = n.match(/, with (.+?) measured again then/);
    const left = again?.[1].split(', ').filter((section) => !ONLY.includes(section)) ?? [];
    return left.length ? [n.replace(again[0], `, with ${left.join(', ')} measured again then`)] : [];
  });
  results.notes = [
    ...kept,
    `The table was written again on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC from this run's figures (bench/run.mjs --render)${
      ONLY.length
        ? `, with ${ONLY.join(', ')} measured again then (on ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}: compare the ratios of those rows, measured in one run, not their milliseconds with the other rows)`
        : ''
    }.`,
  ];
}

const chromePath = findChrome();
if (!chromePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}
const BUNDLE = join(DIST, 'partner-city-widgets.js');
if (!existsSync(BUNDLE)) {
  console.error('dist/partner-city-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
if (ONLY.length) {
  // A warning, not an error: another build may be on its way.
  const newest = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
      .reduce((m, f) => Math.max(m, statSync(join(dir, f)).mtimeMs), 0);
  const srcTime = newest(join(ROOT, 'src'));
  const note =
    'dist/partner-city-widgets.js is older than some file in src/: the figures are of the last build (run `npm run build` for current ones).';
  if (srcTime > statSync(BUNDLE).mtimeMs) {
    // (Once: a run written again keeps its notes.)
    if (!results.notes.includes(note)) results.notes.push(note);
    log(`warning: ${note}`);
  } else {
    // Measured again from a current build: an earlier run's warning no longer holds.
    results.notes = results.notes.filter((n) => n !== note);
  }
}

const tmp = mkdtempSync(join(os.tmpdir(), 'pcw-bench-'));
const pagesDir = join(tmp, 'pages');
const demoDir = join(tmp, 'demo');
mkdirSync(pagesDir, { recursive: true });

async function step(key, fn) {
  if (!ONLY.includes(key)) return;
  log(`${key}…`);
  const started = performance.now();
  try {
    results.measurements[key] = await fn();
  } catch (e) {
    log(`${key} failed: ${e?.stack ?? e}`);
    results.measurements[key] = { error: oneLine(e) };
  }
  (results.measurements[key] ??= {}).seconds = round((performance.now() - started) / 1000);
}

// ---------------------------------------------------------------- 1. bytes

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** A dist file and its static imports (relative), as shipped, gzipped file by file. */
function shipped(file) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f) || !existsSync(f)) return;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      walk(join(dirname(f), m[1]));
  };
  walk(file);
  return { bytes: [...seen].reduce((n, f) => n + gz(readFileSync(f)), 0), files: [...seen].map((f) => f.slice(ROOT.length)) };
}

await step('bytes', async () => {
  const sizes = await measure();
  const out = {
    'city-news-card': { gzBytes: sizes['city-news-card'].entry, lazyGzBytes: sizes['city-news-card'].lazy },
    'cooperation-areas': { gzBytes: sizes['cooperation-areas'].entry, lazyGzBytes: sizes['cooperation-areas'].lazy },
    'partner-city-map (without shapes)': { gzBytes: sizes['partner-city-map'].entry },
    'partner-city-map (with shapes)': { gzBytes: sizes['partner-city-map'].entry + sizes['partner-city-map'].lazy },
    'all-in-one (without lazy chunks)': {
      gzBytes: sizes['all-in-one'].entry,
      lazyGzBytes: sizes['all-in-one'].lazy,
      shippedGzBytes: shipped(BUNDLE).bytes,
    },
    // One card through loader.js: loader.js, the card's files and what they import (#15's 16 KB).
    'card via loader.js': { gzBytes: sizes['card-via-loader'].entry },
    'city-news-feed': { gzBytes: sizes['city-news-feed'].entry, lazyGzBytes: sizes['city-news-feed'].lazy },
    'partnership-timeline': { gzBytes: sizes['partnership-timeline'].entry, lazyGzBytes: sizes['partnership-timeline'].lazy },
  };
  const loader = join(DIST, 'loader.js');
  if (existsSync(loader)) {
    try {
      const s = await measure({ loader: 'dist/loader.js' });
      const raw = shipped(loader);
      out.loader = { gzBytes: s.loader.entry, lazyGzBytes: s.loader.lazy, shippedGzBytes: raw.bytes, shippedFiles: raw.files };
    } catch (e) {
      out.loader = { error: oneLine(e) };
    }
  } else {
    out.loader = { na: 'dist/loader.js does not exist' };
  }
  return {
    method:
      'scripts/size.mjs measure(): the entry and its static imports, Lit included, minified, gzip -9; "shipped": the dist file and its relative static imports as built',
    sizes: out,
    // The ceilings and targets of that build (scripts/size.mjs), for the tables written from this run.
    budgets: BUDGETS,
  };
});

// ---------------------------------------------------------------- the browser side

let browser;
let server;

async function runPage(url, { heap = false, cpu = false, timeout = 30000, after, settle } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Main-thread time (CDP Performance metrics: TaskDuration, seconds) from navigation until drawn:
  // read when the page calls its binding at the stamp (__bench.stamp), so the work a page leaves
  // for after it (the map's list rows, idle) is not counted, as it was when read at `done`.
  const perf = cpu ? await context.newCDPSession(page) : undefined;
  let cpuAtRendered;
  if (perf) {
    await perf.send('Performance.enable');
    await page.exposeBinding('__benchRendered', () => {
      cpuAtRendered = perf.send('Performance.getMetrics');
    });
  }
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(oneLine(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text().slice(0, 200)));
  // (a binding, not waitForFunction: that would run Playwright's script in the page as it loads)
  const done = await bindWait(page);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await done(timeout);
    const b = await page.evaluate(() => ({
      rendered: __bench.rendered,
      error: __bench.error,
      longtasks: __bench.longtasks,
      extra: __bench.extra,
      noLongtasks: __bench.noLongtasks,
    }));
    if (b.error) throw new Error(b.error);
    if (perf && !cpuAtRendered) throw new Error('the page did not call __benchRendered');
    const cpuMs = perf ? 1000 * (await cpuAtRendered).metrics.find((m) => m.name === 'TaskDuration').value : undefined;
    const sample = {
      cpuMs,
      ms: b.rendered,
      longestTaskMs: b.longtasks.length ? Math.max(...b.longtasks) : 0,
      longTasks: b.longtasks.length,
      longTaskTotalMs: b.longtasks.reduce((n, d) => n + d, 0),
      extra: b.extra,
    };
    if (heap) {
      // The heap of the page at rest: what it does after rendered (the map's labels, what comes when idle) first.
      if (settle) await page.evaluate(settle);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      sample.heapBytes = usage.usedSize;
      if (usage.embedderHeapUsedSize != null) sample.embedderHeapBytes = usage.embedderHeapUsedSize;
    }
    if (after) sample.after = await page.evaluate(after);
    if (pageErrors.length) sample.pageErrors = pageErrors.slice(0, 3);
    return sample;
  } catch (e) {
    throw new Error(`${oneLine(e)}${pageErrors.length ? ` (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : ''}`);
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Runs the variants side by side: one warm-up each, then RUNS rounds, alternating the order.
 * A variant that fails twice is dropped (its error kept). Stops early at the deadline.
 */
async function compare(variants, { timeout = 30000 } = {}) {
  const out = Object.fromEntries(variants.map((v) => [v.key, { samples: [], errors: [] }]));
  const alive = new Set(variants.map((v) => v.key));
  const attempt = async (v, keep) => {
    if (!alive.has(v.key)) return;
    try {
      const s = await runPage(`${server.origin}${v.path}`, { heap: v.heap, cpu: v.cpu, timeout, after: v.after, settle: v.settle });
      if (keep) out[v.key].samples.push(s);
      else out[v.key].warmup = s;
    } catch (e) {
      out[v.key].errors.push(oneLine(e));
      log(`  ${v.key}: ${oneLine(e)}`);
      if (out[v.key].errors.length >= 2) alive.delete(v.key);
    }
  };
  for (const v of variants) await attempt(v, false);
  for (let i = 0; i < RUNS && alive.size; i++) {
    if (elapsed() > BROWSER_DEADLINE) {
      out.stoppedEarly = `time budget: ${i} of ${RUNS} rounds`;
      log(`  stopped early (${out.stoppedEarly})`);
      break;
    }
    for (const v of i % 2 ? [...variants].reverse() : variants) await attempt(v, true);
  }
  for (const v of variants) {
    const r = out[v.key];
    r.time = summary(r.samples.map((s) => s.ms));
    r.longestTask = summary(r.samples.map((s) => s.longestTaskMs));
    if (v.cpu) r.cpu = summary(r.samples.map((s) => s.cpuMs));
    if (v.heap) {
      r.heap = summary(r.samples.map((s) => s.heapBytes));
      r.embedderHeap = summary(r.samples.map((s) => s.embedderHeapBytes));
    }
    if (!r.samples.length) r.error = r.errors[0] ?? 'no samples';
    r.samplesMs = r.samples.map((s) => round(s.ms));
    r.pageErrors = r.samples.find((s) => s.pageErrors)?.pageErrors ?? r.warmup?.pageErrors;
    r.extra = r.samples.at(-1)?.extra ?? r.samples.at(-1)?.after;
    delete r.samples;
    if (!r.errors.length) delete r.errors;
  }
  return out;
}

const write = (name, text) => writeFileSync(join(pagesDir, name), text);

const browserSteps = ['seed', 'cards', 'map', 'areas', 'hostile', 'inline', 'feed-parse', 'feed-view', 'timeline'].filter((k) =>
  ONLY.includes(k),
);
if (browserSteps.length) {
  try {
    server = await serve({
      '/dist/': DIST,
      '/data/': join(ROOT, 'demo/data'),
      '/leaflet/': join(ROOT, 'node_modules/leaflet/dist'),
      '/pages/': pagesDir,
      ...Object.fromEntries([...MAP_VARIANTS, ...CARDS_VARIANTS].map((v) => [`/variant/${v.name}/`, v.dir])),
    });
    browser = await chromium.launch({
      executablePath: chromePath,
      headless: true,
      args: [...CHROME_ARGS, ...MEASURE_ARGS, '--enable-precise-memory-info'],
      timeout: 60000,
    });
    results.machine.chromium = browser.version();
    log(`Chromium ${results.machine.chromium}, server ${server.origin}`);
    // The harness itself: a new page should be the only target (no WebUI pages of the browser's
    // own beside it, see MEASURE_ARGS); recorded with the results, so a blurred run shows.
    const probe = await browser.newPage();
    const cdp = await probe.context().newCDPSession(probe);
    await probe.goto('about:blank');
    const { targetInfos } = await cdp.send('Target.getTargets');
    results.machine.browserPages = targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url);
    if (results.machine.browserPages.length)
      log(`warning: the browser opened its own pages too: ${results.machine.browserPages.join(', ')}`);
    await probe.context().close();
  } catch (e) {
    const error = `could not start the browser or the server: ${oneLine(e)}`;
    log(error);
    for (const k of browserSteps) results.measurements[k] = { error };
  }
}

if (browser) {
  // ---------------------------------------------------------------- 2. the seed page
  await step('seed', async () => {
    const { ours } = seedPages();
    write('seed-widgets.html', ours);
    // The static page's map: the SVG the widget drew (serialised from its shadow DOM) with
    // its country paths as a hand-made SVG would have them: clipped to the view, 0.1 px.
    let mapSvg;
    let mapChoice;
    let svgSizes;
    try {
      const s = await runPage(`${server.origin}/pages/seed-widgets.html`, {
        after: () => {
          const svg = document.querySelector('partner-city-map').shadowRoot.querySelector('svg');
          const w = Number(svg.getAttribute('width'));
          const h = Number(svg.getAttribute('height'));
          const copy = svg.cloneNode(true);
          // Fallback: the widget's paths of the countries that reach into the view.
          const inView = [...svg.querySelectorAll('[part~="country"]')]
            .filter((p) => {
              const b = p.getBBox();
              return !(b.x > w || b.y > h || b.x + b.width < 0 || b.y + b.height < 0);
            })
            .map((p) => p.outerHTML)
            .join('');
          copy.querySelector('[part~="countries"]').replaceChildren();
          return {
            full: svg.outerHTML.length,
            width: w,
            height: h,
            countries: svg.querySelectorAll('[part~="country"]').length,
            inView,
            svg: copy.outerHTML.replace(/<!--[^]*?-->/g, ''),
          };
        },
      });
      const round = (markup) =>
        markup.replace(/ d="([^"]*)"/g, (_, d) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
      const seed = JSON.parse(readFileSync(join(ROOT, 'demo/data/ljubljana-moskva-2019.json'), 'utf8'));
      let countries;
      let how;
      try {
        countries = await staticCountryPaths(seed.cities, s.after.width, s.after.height);
        how = "the widget's projection (projection.ts fitProjection) clipped to the view, 0.1 px";
      } catch (e) {
        countries = s.after.inView;
        how = `the widget's paths of the countries in the view, rounded to 0.1 px (clipping failed: ${oneLine(e)})`;
      }
      mapSvg = round(s.after.svg.replace(/(<g part="countries"[^>]*>)(<\/g>)/, (_, open, close) => `${open}${countries}${close}`));
      svgSizes = { widgetMapSvgMarkupBytes: s.after.full, staticMapSvgMarkupBytes: mapSvg.length };
      mapChoice = `inline SVG: the widget's drawing (water, arc, markers, labels) serialised from its shadow DOM, with country paths from ${how}: ${(mapSvg.length / 1024).toFixed(1)} KB of markup (the widget's SVG: ${(s.after.full / 1024).toFixed(0)} KB, ${s.after.countries} country paths); + a list of the cities`;
    } catch (e) {
      mapChoice = `list of the cities only (the widget's SVG could not be captured: ${oneLine(e)})`;
    }
    write('seed-static.html', seedStaticPage(mapSvg));
    const r = await compare([
      { key: 'widgets', path: '/pages/seed-widgets.html' },
      { key: 'static', path: '/pages/seed-static.html' },
    ]);
    return {
      what: 'card + areas (layout list, 24 items) + map (country shapes drawn, 2 markers) from src of the seed JSON, dist/partner-city-widgets.js; vs a static HTML page with the same content',
      staticMap: mapChoice,
      ...svgSizes,
      ...r,
      ratio: ratio(r.widgets.time?.median, r.static.time?.median),
    };
  });

  // ---------------------------------------------------------------- 3. 1,000 cards
  await step('cards', async () => {
    const { ours, styled, lateRule, limit, lit, litStyled } = cardsPages(1000);
    // The floor: minimal Lit elements of the static card's DOM (CARDS_LIT_SOURCE, bundled with Lit).
    const { build: esbuild } = await import('esbuild');
    const litJs = await esbuild({
      stdin: { contents: CARDS_LIT_SOURCE, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    write('cards-lit.js', litJs.outputFiles[0].text);
    write('cards-lit.html', lit);
    write('cards-lit-styled.html', litStyled);
    write('cards-widgets.html', ours);
    write('cards-styled.html', styled);
    write('cards-late-rule.html', lateRule);
    write('cards-static.html', limit);
    for (const v of CARDS_VARIANTS) {
      write(`cards-widgets-${v.name}.html`, ours.replace('/dist/partner-city-widgets.js', `/variant/${v.name}/partner-city-widgets.js`));
    }
    const r = await compare(
      [
        { key: 'widgets', path: '/pages/cards-widgets.html' },
        { key: 'styled', path: '/pages/cards-styled.html' },
        { key: 'lateRule', path: '/pages/cards-late-rule.html' },
        { key: 'lit', path: '/pages/cards-lit.html' },
        { key: 'litStyled', path: '/pages/cards-lit-styled.html' },
        { key: 'static', path: '/pages/cards-static.html' },
        ...CARDS_VARIANTS.map((v) => ({ key: `widgets-${v.name}`, path: `/pages/cards-widgets-${v.name}.html` })),
      ],
      { timeout: 45000 },
    );
    return {
      what: `1,000 <city-news-card> with a short announcement each in the data attribute (date, title, lead, url; all titles different), without and with the page rule "${DISPLAY_RULE}" (in the head: styled; adopted by the document after parsing, before the elements are defined, as the library itself could: lateRule), vs the same 1,000 cards as static HTML, and vs 1,000 minimal Lit elements rendering the static card's DOM from the same data, the date given formatted (the floor: lit; litStyled with the page rule in its head); long tasks until 1 s after rendered`,
      ...r,
      ratio: ratio(r.widgets.time?.median, r.static.time?.median),
      litRatio: ratio(r.lit?.time?.median, r.static.time?.median),
    };
  });

  // ---------------------------------------------------------------- 4. 300 cities vs Leaflet
  await step('map', async () => {
    const geo = countriesGeoJson();
    const { widgetData, leafletData } = network300(geo, 300);
    write('network-300.json', JSON.stringify(widgetData));
    write('network-300-leaflet.json', JSON.stringify(leafletData));
    write('countries-110m.geojson', JSON.stringify(geo));
    const { ours, leaflet } = mapPages(300);
    write('map-widget.html', ours);
    write('map-leaflet.html', leaflet);
    for (const v of MAP_VARIANTS) write(`map-widget-${v.name}.html`, mapPages(300, `/variant/${v.name}/partner-city-widgets.js`).ours);
    // What the heap holds, read after it is measured: the map's shadow-DOM elements and the list's rows.
    const after = () => {
      const root = document.querySelector('partner-city-map').shadowRoot;
      return { elements: root.querySelectorAll('*').length, listRows: root.querySelectorAll('[part~="list"] tbody tr').length };
    };
    // The heap is read with the map at rest: its labels placed (updateComplete), then the page idle
    // and the update that may bring (the list's rows, in builds or with `listRows = 'always'` that
    // render them when idle; by default they come when the list is opened). `after` counts them.
    const settle = async () => {
      const map = document.querySelector('partner-city-map');
      await map.updateComplete;
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
      await map.updateComplete;
    };
    const r = await compare(
      [
        { key: 'widget', path: '/pages/map-widget.html', heap: true, cpu: true, after, settle },
        ...MAP_VARIANTS.map((v) => ({
          key: `widget-${v.name}`,
          path: `/pages/map-widget-${v.name}.html`,
          heap: true,
          cpu: true,
          after,
          settle,
        })),
        { key: 'leaflet', path: '/pages/map-leaflet.html', heap: true, cpu: true },
      ],
      { timeout: 45000 },
    );
    return {
      what: '300 cities (Ljubljana + 299 on land, seeded), arcs home → all: <partner-city-map src> (shapes drawn + 300 markers, at its final size; extra: its shadow-DOM elements and list rows after the heap is measured) vs Leaflet 1.9.4 (SVG renderer, no tiles, Natural Earth 110m GeoJSON layer, 300 circleMarkers with tooltips, 299 polylines of 32 great-circle points precomputed in Node with d3-geo geoInterpolate; drawn = layers added + rAF); 960×600 px both; heap = CDP Runtime.getHeapUsage().usedSize after HeapProfiler.collectGarbage, ours at rest (labels placed, then idle; the rows of its list come when the list is opened); cpu = CDP Performance.getMetrics TaskDuration (main-thread tasks from navigation) when drawn; --map-variants name=dir adds bundles to interleave (bench/MAP-PLAN.md)',
      ...r,
      ratioTime: ratio(r.widget.time?.median, r.leaflet.time?.median),
      ratioCpu: ratio(r.widget.cpu?.median, r.leaflet.cpu?.median),
      ratioHeap: ratio(r.widget.heap?.median, r.leaflet.heap?.median),
      ratioEmbedderHeap: ratio(r.widget.embedderHeap?.median, r.leaflet.embedderHeap?.median),
    };
  });

  // ---------------------------------------------------------------- 5. 20,000 area items
  await step('areas', async () => {
    write('areas-20000.json', JSON.stringify(areasData(200, 100)));
    write('areas-widget.html', areasPage(200, 100));
    const r = await compare(
      [
        {
          key: 'widget',
          path: '/pages/areas-widget.html',
          after: () => ({ itemsInDom: document.querySelector('cooperation-areas').shadowRoot.querySelectorAll('[part~="item"]').length }),
        },
      ],
      { timeout: 60000 },
    );
    return {
      what: '<cooperation-areas layout="list" src> with 200 areas × 100 items; rendered = ready, 200 areas in the shadow DOM and the first area\'s 100 items (items further down render lazily near the viewport); longest long task until 1 s after rendered',
      ...r,
    };
  });

  // ---------------------------------------------------------------- 7. hostile sizes
  await step('hostile', async () => {
    const { cases, files, pages } = hostilePages();
    for (const [name, text] of Object.entries({ ...files, ...pages })) write(name, text);
    const out = {
      what: 'inputs past the limits (README, "Security and limits"); rendered = the widget in its final state (ready, empty or error); longest long task until 1 s after',
      cases: {},
    };
    for (const c of cases) {
      const r = await compare([{ key: 'widget', path: `/pages/hostile-${c.key}.html` }], { timeout: 60000 });
      out.cases[c.key] = { what: c.what, before: c.before, ...r };
    }
    return out;
  });

  // ---------------------------------------------------------------- 8. card + areas, inline data (#15)
  await step('inline', async () => {
    // The floor's elements (Lit, bundled) and the embed builder's snippets (demo/embed-snippet.ts,
    // bundled and run in the browser: its fallback content is what an editor pastes).
    const { build: esbuild } = await import('esbuild');
    const bundle = async (options) =>
      (await esbuild({ bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent', ...options })).outputFiles[0].text;
    write('inline-lit.js', await bundle({ stdin: { contents: INLINE_LIT_SOURCE, resolveDir: ROOT, loader: 'js' } }));
    write('embed-snippet.js', await bundle({ entryPoints: [join(ROOT, 'demo/embed-snippet.ts')] }));
    // `app`: what an npm user's bundler gives a page that uses these two elements only — their
    // modules built together as the published build is (scripts/size.mjs's buildEntry: minified,
    // templates minified, lazy chunks apart), instead of the all-in-one bundle of five elements.
    {
      const entry = join(tmp, 'app-entry.ts');
      writeFileSync(
        entry,
        ['city-news-card/city-news-card.ts', 'cooperation-areas/cooperation-areas.ts']
          .map((f) => `import ${JSON.stringify(join(ROOT, 'src/components', f))};\n`)
          .join(''),
      );
      const { chunks } = await buildEntry(entry);
      mkdirSync(join(pagesDir, 'app'), { recursive: true });
      for (const c of chunks) write(`app/${c.fileName}`, c.code);
    }
    write('blank.html', '<!doctype html><title>blank</title>');
    let snippets;
    let snippetError;
    {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/pages/blank.html`);
        snippets = await page.evaluate(async () => {
          const m = await import('/pages/embed-snippet.js');
          const json = await (await fetch('/data/ljubljana-moskva-2019.json')).json();
          json.image.src = `/data/${json.image.src}`;
          return ['city-news-card', 'cooperation-areas'].map((tag) => {
            const o = { ...m.DEFAULTS, tag, source: 'json', lang: 'sl', layout: 'list' };
            const parsed = m.PARSERS[tag](json);
            return m.snippet(o, json, parsed.ok ? m.fallbackHtml(tag, parsed.value, o) : '');
          });
        });
      } catch (e) {
        snippetError = oneLine(e);
      } finally {
        await context.close().catch(() => {});
      }
    }
    for (const [name, text] of Object.entries(inlinePages({ snippets }))) write(name, text);
    // The floor of our own DOM: the widgets' shadow DOM and styles as they render on the widgets
    // page, copied into two minimal Lit elements (sameDomLitSource).
    let same;
    let sameError;
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/pages/inline-widgets.html`);
        await page.waitForFunction(() => window.__bench?.rendered !== undefined, null, { timeout: 30000 });
        same = await page.evaluate(captureShadows, ['city-news-card', 'cooperation-areas']);
        write('inline-same.js', await bundle({ stdin: { contents: sameDomLitSource(same), resolveDir: ROOT, loader: 'js' } }));
        for (const [name, text] of Object.entries(inlinePages({ snippets, same }))) write(name, text);
      } catch (e) {
        [same, sameError] = [undefined, oneLine(e)];
      } finally {
        await context.close().catch(() => {});
      }
    }

    // Main-thread time from a trace: the renderer's main thread, from the page's ParseHTML to the
    // page's `pcw-rendered` mark; tasks (toplevel RunTask) and script (V8 and Blink's script events),
    // each as the union of its intervals.
    const SCRIPT = new Set([
      'EvaluateScript',
      'v8.evaluateModule',
      'v8.compileModule',
      'v8.compile',
      'FunctionCall',
      'TimerFire',
      'FireAnimationFrame',
      'RunMicrotasks',
      'V8.Execute',
      'EventDispatch',
    ]);
    const cpuOf = (events, url) => {
      const end = events.find((e) => e.name === 'pcw-rendered');
      const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
      if (!end || !parse) return { cpuError: 'no ParseHTML or pcw-rendered in the trace' };
      // From the document's parsing (the new renderer's own start-up before it is the same for every page).
      const [from, to] = [parse.ts, end.ts];
      const busy = (pick) => {
        const spans = events
          .filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && pick(e.name))
          .map((e) => [Math.max(from, e.ts), Math.min(to, e.ts + (e.dur ?? 0))])
          .filter(([a, b]) => b > a)
          .sort((a, b) => a[0] - b[0]);
        let total = 0;
        let reach = -Infinity;
        for (const [a, b] of spans) {
          if (b <= reach) continue;
          total += b - Math.max(a, reach);
          reach = b;
        }
        return total / 1000;
      };
      return { cpuMs: busy((n) => n === 'RunTask' || n === 'ThreadControllerImpl::RunTask'), scriptMs: busy((n) => SCRIPT.has(n)) };
    };
    const once = async ({ path, origin = server.origin, latency }, trace) => {
      const url = `${origin}${path}`;
      // (HTTPS errors ignored: the HTTP/2 server's certificate is made for the run.)
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (e) => pageErrors.push(oneLine(e)));
      const cdp = trace ? await context.newCDPSession(page) : undefined;
      if (latency) {
        // Chromium's network emulation: every request's answer waits `latency` ms (no bandwidth limit).
        const net = await context.newCDPSession(page);
        await net.send('Network.enable');
        await net.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
      }
      const events = [];
      const done = await bindWait(page);
      try {
        if (cdp) {
          cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
          await cdp.send('Tracing.start', {
            categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing,loading',
            transferMode: 'ReportEvents',
          });
        }
        await page.goto(url, { waitUntil: 'commit', timeout: 30000 });
        await done(30000);
        const b = await page.evaluate(async () => ({
          rendered: __bench.rendered,
          error: __bench.error,
          // (the paint entry may come a frame after a static page's rendered)
          fcp: await new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(null), 5000);
          }),
        }));
        if (b.error) throw new Error(b.error);
        if (pageErrors.length) throw new Error(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
        const sample = { ms: b.rendered, fcp: b.fcp };
        // ICU's start-up: a DateTimeFormat made after rendered costs ~20 ms if the page has not
        // paid it yet, ~1 ms if it has (its first Intl object did).
        if (!cdp)
          sample.icu = await page.evaluate(() => {
            const t = performance.now();
            new Intl.DateTimeFormat('de', { dateStyle: 'full', timeZone: 'UTC' }).format(0);
            return performance.now() - t;
          });
        if (cdp) {
          const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
          await cdp.send('Tracing.end');
          await complete;
          Object.assign(sample, cpuOf(events, url));
        }
        return sample;
      } finally {
        await context.close().catch(() => {});
      }
    };
    const variants = [
      { key: 'widgets', path: '/pages/inline-widgets.html' },
      { key: 'loader', path: '/pages/inline-loader.html' },
      { key: 'app', path: '/pages/inline-app.html' },
      { key: 'lit', path: '/pages/inline-lit.html' },
      { key: 'static', path: '/pages/inline-static.html' },
      ...(same ? [{ key: 'same', path: '/pages/inline-same.html' }] : []),
    ];
    if (snippets) variants.push({ key: 'fallback', path: '/pages/inline-fallback.html' });
    // At 100 ms of latency (each request): what a page pays in round trips, the bundle's one file
    // against loader.js's file and then the two elements' files (wall runs only).
    // The same over HTTP/2, as CDNs serve files: one connection, no limit of six at a time.
    const LATENCY = 100;
    const h2 = await serve({ '/dist/': DIST, '/data/': join(ROOT, 'demo/data'), '/pages/': pagesDir }, { http2: true }).catch((e) => {
      log(`  no HTTP/2 server: ${oneLine(e)}`);
      return undefined;
    });
    for (const key of ['widgets', 'loader', 'static']) {
      const path = variants.find((v) => v.key === key).path;
      variants.push({ key: `${key}@${LATENCY}`, path, latency: LATENCY, wallOnly: true });
      if (h2) variants.push({ key: `${key}@${LATENCY}h2`, path, origin: h2.origin, latency: LATENCY, wallOnly: true });
    }
    // --inline-variants name=dir,…: the widgets page with another build's bundle (e.g. a copy of
    // dist/ before a change), each from a server of its own that serves that dir as /dist/.
    const others = [];
    for (const [name, dir] of opt('inline-variants', '')
      .split(',')
      .filter(Boolean)
      .map((v) => v.split('='))) {
      const s = await serve({ '/dist/': dir, '/data/': join(ROOT, 'demo/data'), '/pages/': pagesDir });
      others.push(s);
      variants.push({ key: `widgets-${name}`, path: '/pages/inline-widgets.html', origin: s.origin, dir });
    }
    // Wall-clock and FCP runs without tracing, then traced runs for CPU: each interleaved, after a warm-up.
    const out = Object.fromEntries(variants.map((v) => [v.key, { wall: [], cpu: [], errors: [] }]));
    for (const trace of [false, true]) {
      const these = variants.filter((v) => !(trace && v.wallOnly));
      for (const v of these) await once(v, trace).catch((e) => out[v.key].errors.push(oneLine(e)));
      for (let i = 0; i < RUNS; i++) {
        if (elapsed() > BROWSER_DEADLINE) {
          out.stoppedEarly = `time budget: ${trace ? 'traced' : 'wall'} round ${i} of ${RUNS}`;
          break;
        }
        for (const v of i % 2 ? [...these].reverse() : these) {
          try {
            out[v.key][trace ? 'cpu' : 'wall'].push(await once(v, trace));
          } catch (e) {
            out[v.key].errors.push(oneLine(e));
            log(`  ${v.key}: ${oneLine(e)}`);
          }
        }
      }
    }
    for (const v of variants) {
      const r = out[v.key];
      const { wall, cpu } = r;
      delete r.wall;
      delete r.cpu;
      r.time = summary(wall.map((s) => s.ms));
      r.fcp = summary(wall.map((s) => s.fcp).filter((n) => n != null));
      r.cpu = summary(cpu.map((s) => s.cpuMs).filter((n) => n != null));
      r.script = summary(cpu.map((s) => s.scriptMs).filter((n) => n != null));
      r.icuAfterRendered = summary(wall.map((s) => s.icu).filter((n) => n != null));
      const cpuError = cpu.find((s) => s.cpuError)?.cpuError;
      if (cpuError) r.cpuError = cpuError;
      r.samplesMs = wall.map((s) => round(s.ms));
      if (!wall.length) r.error = r.errors[0] ?? 'no samples';
      if (!r.errors.length) delete r.errors;
    }
    await Promise.all([...others, ...(h2 ? [h2] : [])].map((o) => o.close()));
    for (const v of variants) if (v.dir) out[v.key].bundle = v.dir;
    // Which calls start ICU (#15): in a fresh page each, the first call of one operation, then a
    // first Intl.DateTimeFormat (about 20 ms while ICU has not started, about 1 ms once it has).
    const PROBES = {
      'Intl.getCanonicalLocales': () => Intl.getCanonicalLocales('en-US'),
      'Intl.PluralRules': () => new Intl.PluralRules('sl').select(3),
      'Intl.NumberFormat': () => new Intl.NumberFormat('sl').format(3),
      "String#normalize('NFKD')": () => 'Čćžš Ünïcödé'.normalize('NFKD'),
      'Date#getHours (local time)': () => new Date('2019-09-11T10:30:00Z').getHours(),
      'nothing (baseline)': () => 0,
    };
    const icuProbe = {};
    for (let i = 0; i < Math.min(RUNS, 5) && elapsed() < BROWSER_DEADLINE; i++) {
      for (const [name, fn] of Object.entries(PROBES)) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(`${server.origin}/pages/blank.html`);
          const [first, dtf] = await page.evaluate((source) => {
            const t0 = performance.now();
            (0, eval)(`(${source})`)();
            const t1 = performance.now();
            new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);
            return [t1 - t0, performance.now() - t1];
          }, fn.toString());
          const r = (icuProbe[name] ??= { first: [], dateTimeFormatAfter: [] });
          r.first.push(first);
          r.dateTimeFormatAfter.push(dtf);
        } finally {
          await context.close().catch(() => {});
        }
      }
    }
    for (const r of Object.values(icuProbe))
      Object.assign(r, { first: summary(r.first), dateTimeFormatAfter: summary(r.dateTimeFormatAfter) });
    const [w, l, s, f, o, a] = [out.widgets, out.lit, out.static, out.fallback, out.loader, out.app];
    return {
      icuProbe,
      what: "card (expanded) + areas (layout list, 24 items), the seed announcement inline in `json`, lang sl, dist/partner-city-widgets.js; vs the same content as static HTML, and vs two minimal Lit elements rendering the static DOM from the same JSON (the floor); same: two minimal Lit elements rendering the widgets' own shadow DOM and style sheets, captured from the widgets page (our DOM's floor); fallback: the embed builder's snippets (demo/embed-snippet.ts, fallback content inside the tags) with the bundle. Wall: rendered, as in the other sections; FCP: the paint timing entry; CPU: traced runs (not the wall runs), main-thread RunTask time from the page's ParseHTML to rendered, and script (V8/Blink script events) within it; icuAfterRendered: what a new Intl.DateTimeFormat costs right after rendered (~20 ms while ICU has not started, ~1 ms after)",
      ...(snippetError ? { snippetError } : {}),
      ...out,
      ratioWall: ratio(w.time?.median, s.time?.median),
      ratioCpu: ratio(w.cpu?.median, s.cpu?.median),
      loaderRatioWall: ratio(o.time?.median, s.time?.median),
      loaderRatioCpu: ratio(o.cpu?.median, s.cpu?.median),
      appRatioWall: ratio(a.time?.median, s.time?.median),
      appRatioCpu: ratio(a.cpu?.median, s.cpu?.median),
      litRatioWall: ratio(l.time?.median, s.time?.median),
      litRatioCpu: ratio(l.cpu?.median, s.cpu?.median),
      ...(sameError ? { sameError } : {}),
      sameRatioWall: ratio(out.same?.time?.median, s.time?.median),
      sameRatioCpu: ratio(out.same?.cpu?.median, s.cpu?.median),
      fallbackFcpRatio: ratio(f?.fcp?.median, s.fcp?.median),
    };
  });

  // ---------------------------------------------------------------- 9. parseFeed by format (#18, bench/feed-parse.mjs)
  await step('feed-parse', () => feedParseStep({ write, compare }));

  // ---------------------------------------------------------------- 11. a timeline of 300 entries (#19)
  await step('timeline', async () => {
    const { ours, static: staticPage } = timelinePages(300);
    write('timeline-widget.html', ours);
    write('timeline-static.html', staticPage);
    // --timeline-variants: the same page with another build's bundle, served from the pages'
    // directory (a link to the build's dir beside the page), interleaved with ours and static.
    const [{ symlinkSync }, { resolve }] = await Promise.all([import('node:fs'), import('node:path')]);
    const variants = TIMELINE_VARIANTS.map(({ name, dir }) => {
      symlinkSync(resolve(dir), join(pagesDir, `timeline-build-${name}`), 'dir');
      write(`timeline-widget-${name}.html`, ours.replace('src="/dist/', `src="/pages/timeline-build-${name}/`));
      return { key: `widget-${name}`, path: `/pages/timeline-widget-${name}.html`, dir };
    });
    const r = await compare(
      [{ key: 'widget', path: '/pages/timeline-widget.html' }, ...variants, { key: 'static', path: '/pages/timeline-static.html' }],
      { timeout: 45000 },
    );
    for (const v of variants) {
      r[v.key].bundle = v.dir;
      r[v.key].ratio = ratio(r[v.key].time?.median, r.static.time?.median);
    }
    return {
      what: '<partnership-timeline> of 300 bare entries (inline JSON: a day, a title, a place; every fifth a range of days and an agreement; now fixed), rendered = ready and all 300 entries in its shadow root; vs the same entries as a static HTML list (year headings, dates, titles, places); longest long task until 1 s after rendered',
      ...r,
      ratio: ratio(r.widget.time?.median, r.static.time?.median),
    };
  });

  // ---------------------------------------------------------------- 10. a feed of 1,000 items (#18)
  await step('feed-view', async () => {
    const { ours, all, firstPage } = feedPages(1000);
    write('feed-widget.html', ours);
    write('feed-static-all.html', all);
    write('feed-static-page.html', firstPage);
    const r = await compare(
      [
        { key: 'widget', path: '/pages/feed-widget.html', after: feedInteraction },
        { key: 'static', path: '/pages/feed-static-all.html' },
        { key: 'staticPage', path: '/pages/feed-static-page.html' },
      ],
      { timeout: 45000 },
    );
    const samples = r.widget.samplesMs?.length ? r.widget : undefined;
    return {
      what: '<city-news-feed page-size="10"> of 1,000 announcements (inline JSON: date, title, lead, url), rendered = ready and its 10 compact cards titled; vs the same 1,000 items as static HTML (what a page without the widget carries) and its first 10 (what the widget renders); longest long task until 1 s after rendered. In the widget page after rendered (last run): "Load more" until 20 cards are rendered, and a search ("no. 99", 11 matches) until its page is',
      ...r,
      interaction: samples ? r.widget.extra : undefined,
      ratio: ratio(r.widget.time?.median, r.static.time?.median),
    };
  });

  await browser.close().catch(() => {});
}
await server?.close();

// ---------------------------------------------------------------- 6. Lighthouse

function lighthouseOnce(url, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(BENCH, 'lighthouse.mjs'), url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let chromePid;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      const m = /chrome-pid (\d+)/.exec(err);
      if (m) chromePid = Number(m[1]);
    });
    const timer = setTimeout(() => {
      // The Chrome that chrome-launcher started leads its own process group.
      if (chromePid) {
        try {
          process.kill(-chromePid, 'SIGKILL');
        } catch {}
      }
      child.kill('SIGKILL');
      resolve({ error: `timed out after ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.on('close', () => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      try {
        resolve(JSON.parse(line));
      } catch {
        resolve({
          error: oneLine(
            err
              .trim()
              .split('\n')
              .filter((l) => !l.startsWith('chrome-pid'))
              .pop() || 'no output',
          ),
        });
      }
    });
  });
}

await step('lighthouse', async () => {
  const { build } = await import('vite');
  const started = performance.now();
  await build({
    root: join(ROOT, 'demo'),
    configFile: false,
    logLevel: 'error',
    build: { outDir: demoDir, emptyOutDir: true },
  });
  const buildSeconds = round((performance.now() - started) / 1000);
  const notes = [];
  const assets = readdirSync(join(demoDir, 'assets')).filter((f) => f.endsWith('.js'));
  if (assets.some((f) => /@(property|state|customElement)\(/.test(readFileSync(join(demoDir, 'assets', f), 'utf8')))) {
    notes.push('the demo build still contains decorator syntax');
  }
  const demoServer = await serve({ '/data/': join(ROOT, 'demo/data'), '/': demoDir }, { gzip: true });
  const runs = [];
  try {
    const url = `${demoServer.origin}/`;
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const left = DEADLINE - elapsed();
      const last = runs.at(-1)?.seconds ?? 60;
      if (i > 0 && left < last * 1.5 + 10) {
        notes.push(`${i} of ${LIGHTHOUSE_RUNS} runs (time budget)`);
        break;
      }
      if (left < 30) {
        notes.push('skipped: time budget');
        break;
      }
      const s = performance.now();
      const r = await lighthouseOnce(url, Math.min(LIGHTHOUSE_TIMEOUT, Math.max(30, left - 5)) * 1000);
      r.seconds = round((performance.now() - s) / 1000);
      log(
        `  lighthouse run ${i + 1}: ${r.error ? `failed: ${r.error}` : `performance ${r.performance}, accessibility ${r.accessibility} (${r.seconds} s)`}`,
      );
      runs.push(r);
      if (r.error && i === 0) break;
    }
  } finally {
    await demoServer.close();
    rmSync(demoDir, { recursive: true, force: true });
  }
  const ok = runs.filter((r) => !r.error && r.performance != null);
  const res = {
    what: 'Lighthouse 12.2.3 (default mobile config, simulated throttling), categories performance and accessibility, on the demo (demo/index.html) built with Vite into a temp dir and served gzipped from 127.0.0.1; Chromium via chrome-launcher',
    demoBuildSeconds: buildSeconds,
    runs: runs.length,
    performance: median(ok.map((r) => r.performance)),
    accessibility: median(ok.map((r) => r.accessibility)),
    scores: ok.map((r) => ({ performance: r.performance, accessibility: r.accessibility })),
    metrics: ok.length
      ? Object.fromEntries(Object.keys(ok[0].metrics).map((k) => [k, round(median(ok.map((r) => r.metrics[k])), 3)]))
      : undefined,
    erroredAudits: ok[0]?.erroredAudits,
    failedAccessibilityAudits: ok[0]?.failedAccessibilityAudits,
    runtimeError: ok[0]?.runtimeError,
    lighthouseVersion: ok[0]?.lighthouseVersion,
    userAgent: ok[0]?.userAgent,
    // Each run's metrics and where its time went (bench/lighthouse.mjs, diagnostics): TBT is the
    // figure that moves most between runs on a busy machine; its long tasks say why.
    perRun: ok.map((r) => ({ performance: r.performance, metrics: r.metrics, ...r.diagnostics })),
    notes,
  };
  if (!ok.length) res.error = `failed: ${runs[0]?.error ?? notes.join('; ') ?? 'no run'}`;
  return res;
});

if (KEEP) log(`generated pages kept in ${pagesDir}`);
else rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- the table

if (!RENDERED) {
  results.wallTimeSeconds = round(elapsed());
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
}
const M = results.measurements;
const rows = [];
const row = (n, what, ours, ref, r, notes = '') => rows.push(`| ${n} | ${what} | ${ours} | ${ref} | ${r} | ${notes} |`);
const err = (m) => `error: ${m}`;
/** Notes of a row, the empty ones left out. */
const joined = (...parts) => parts.filter(Boolean).join('; ');

if (M.bytes) {
  if (M.bytes.error) row(1, 'Bytes (min + gzip)', err(M.bytes.error), '', '');
  else {
    const s = M.bytes.sizes;
    const budgets = M.bytes.budgets ?? BUDGETS;
    const budget = (name, kind = 'entry') => {
      const b = budgets[name];
      if (!b?.[kind]) return '—';
      return `budget ${b[kind]} KB${b.target ? ` (target ${b.target} KB)` : ''}`;
    };
    // #15's byte targets: met, or how far and where the bytes go.
    const target = (name, gzBytes) => {
      const t = budgets[name]?.target;
      if (!t) return '';
      const over = gzBytes / 1024 - t;
      return over <= 0
        ? `target ${t} KB met`
        : `target ${t} KB not met, ${over.toFixed(2)} KB over: where the bytes go, by source: [BYTES.md](BYTES.md); the ways down measured: README, "Size and performance"`;
    };
    /** A row of bytes: the entry `key` of the measure, its budget and #15 target (`name`). */
    const bytesRow = (label, key, name, notes = '', kind = 'entry') =>
      row(
        1,
        `Bytes: ${label}`,
        kb(s[key].gzBytes),
        budget(name, kind),
        '—',
        joined(notes, kind === 'entry' && target(name, s[key].gzBytes)),
      );
    bytesRow(
      'city-news-card',
      'city-news-card',
      'city-news-card',
      `+ ${kb(s['city-news-card'].lazyGzBytes)} lazy (sanitiser, only for bodyHtml; JSON-LD writer, only for structured-data)`,
    );
    bytesRow('cooperation-areas', 'cooperation-areas', 'cooperation-areas');
    bytesRow('partner-city-map without shapes', 'partner-city-map (without shapes)', 'partner-city-map');
    bytesRow('partner-city-map with shapes', 'partner-city-map (with shapes)', 'partner-city-map', 'shapes load lazily', 'withLazy');
    bytesRow(
      'all-in-one (without lazy chunks)',
      'all-in-one (without lazy chunks)',
      'all-in-one',
      `dist/partner-city-widgets.js as built: ${kb(s['all-in-one (without lazy chunks)'].shippedGzBytes)}; lazy chunks ${kb(s['all-in-one (without lazy chunks)'].lazyGzBytes)}`,
    );
    if (s['card via loader.js'])
      bytesRow('one card through loader.js (loader.js, the card and what it imports)', 'card via loader.js', 'card-via-loader');
    if (s['city-news-feed']) bytesRow('city-news-feed (the card and the feed model inside)', 'city-news-feed', 'city-news-feed');
    if (s['partnership-timeline']) bytesRow('partnership-timeline', 'partnership-timeline', 'partnership-timeline');
    const l = s.loader;
    row(
      1,
      'Bytes: loader (dist/loader.js + static imports)',
      l.na ? 'n/a' : l.error ? err(l.error) : kb(l.gzBytes),
      '—',
      '—',
      l.na ? l.na : l.error ? '' : `as built: ${kb(l.shippedGzBytes)} (${l.shippedFiles.length} file(s)); lazy ${kb(l.lazyGzBytes)}`,
    );
  }
}
const pair = (n, label, m, a, b, refName, ratioValue, notes = '') => {
  if (!m) return;
  if (m.error) return row(n, label, err(m.error), '', '');
  const ea = m[a]?.error ? err(m[a].error) : msRange(m[a]?.time);
  const eb = m[b]?.error ? err(m[b].error) : `${refName} ${msRange(m[b]?.time)}`;
  row(n, label, ea, eb, x(ratioValue), [notes, m.stoppedEarly].filter(Boolean).join('; '));
};
pair(
  2,
  `Seed page: time to rendered (card + areas + map), median of ${RUNS}`,
  M.seed,
  'widgets',
  'static',
  'static limit',
  M.seed?.ratio,
  M.seed?.staticMapSvgMarkupBytes
    ? `static map: inline SVG, ${kb(M.seed.staticMapSvgMarkupBytes)} of markup (the widget's map SVG: ${kb(M.seed.widgetMapSvgMarkupBytes)})`
    : M.seed?.staticMap
      ? `static map: ${M.seed.staticMap}`
      : '',
);
if (M.seed && !M.seed.error && M.seed.widgets?.longestTask) {
  row(
    2,
    'Seed page: longest long task',
    msRange(M.seed.widgets.longestTask),
    `static ${M.seed.static?.longestTask ? msRange(M.seed.static.longestTask) : '—'}`,
    '—',
    '',
  );
}
pair(
  3,
  `1,000 cards: time to rendered, median of ${RUNS}`,
  M.cards,
  'widgets',
  'static',
  'static limit',
  M.cards?.ratio,
  `${goal('cards', M)}; where the main thread's time goes, against the Lit floor: [TIME.md](TIME.md)`,
);
if (M.cards && !M.cards.error) {
  row(
    3,
    '1,000 cards: longest long task',
    M.cards.widgets?.longestTask ? msRange(M.cards.widgets.longestTask) : '—',
    `static ${M.cards.static?.longestTask ? msRange(M.cards.static.longestTask) : '—'}`,
    x(ratio(M.cards.widgets?.longestTask?.median, M.cards.static?.longestTask?.median)),
    `${goal('longestTask', M)}; it is the browser's upgrade of the 1,000 widgets, which customElements.define runs in one task (their constructors and connectedCallbacks); the updates after it run in slices of about 40 ms`,
  );
  for (const [key, label, note] of [
    ['styled', 'with the display rule in the page', 'page CSS: widgets are blocks before the upgrade (README, "Many widgets on one page")'],
    [
      'lateRule',
      'with the rule adopted after parsing',
      'a constructed sheet adopted by the document before define, as the library could do itself',
    ],
    [
      'lit',
      'as minimal Lit elements (the floor)',
      "the static card's DOM in a shadow root, no data layer; loaded like ours, no page CSS: a floor for any Lit element",
    ],
    [
      'litStyled',
      'as minimal Lit elements with the display rule in the page',
      'the floor without the inline-to-block style recalculation at upgrade: what Lit costs when the page has the rule',
    ],
    ...CARDS_VARIANTS.map((v) => [
      `widgets-${v.name}`,
      `with the bundle of ${v.name} (${v.dir})`,
      'an interleaved variant (--cards-variants)',
    ]),
  ]) {
    const st = M.cards[key];
    if (!st) continue;
    row(
      3,
      `1,000 cards ${label}: time to rendered`,
      st.error ? err(st.error) : msRange(st.time),
      `static limit ${msRange(M.cards.static?.time)}`,
      x(ratio(st.time?.median, M.cards.static?.time?.median)),
      note,
    );
    row(
      3,
      `1,000 cards ${label}: longest long task`,
      st.longestTask ? msRange(st.longestTask) : '—',
      `static ${M.cards.static?.longestTask ? msRange(M.cards.static.longestTask) : '—'}`,
      x(ratio(st.longestTask?.median, M.cards.static?.longestTask?.median)),
      '',
    );
  }
}
pair(
  4,
  `300-city map: time to drawn, median of ${RUNS}`,
  M.map,
  'widget',
  'leaflet',
  'Leaflet 1.9.4',
  M.map?.ratioTime,
  goal('mapTime', M),
);
if (M.map && !M.map.error) {
  const h = (r) =>
    r?.heap ? `${mb(r.heap.median)} [${mb(r.heap.min).replace(' MB', '')}–${mb(r.heap.max)}]` : r?.error ? err(r.error) : '—';
  const emb = (r) => (r?.embedderHeap ? mb(r.embedderHeap.median) : '—');
  row(
    4,
    '300-city map: JS heap after GC',
    h(M.map.widget),
    `Leaflet ${h(M.map.leaflet)}`,
    x(M.map.ratioHeap),
    joined(
      `Blink (DOM) heap: ours ${emb(M.map.widget)}, Leaflet ${emb(M.map.leaflet)}`,
      goal('mapHeap', M),
      "the list's rows rendered when it is opened (`listRows`) and a leaner map DOM, step by step: [MAP-PLAN.md](MAP-PLAN.md), round 8 (round 3: what the table weighs)",
    ),
  );
  if (M.map.widget?.cpu)
    row(
      4,
      '300-city map: main-thread task time until drawn',
      msRange(M.map.widget.cpu),
      `Leaflet ${msRange(M.map.leaflet?.cpu)}`,
      x(M.map.ratioCpu),
      `${goal('mapCpu', M)}; CDP Performance.getMetrics TaskDuration; what was changed, the traces and the plan to 0.5×: [MAP-PLAN.md](MAP-PLAN.md)`,
    );
  for (const key of Object.keys(M.map).filter((k) => k.startsWith('widget-'))) {
    const v = M.map[key];
    row(
      4,
      `300-city map, variant ${key.slice(7)}: time to drawn / task time`,
      v.error ? err(v.error) : `${msRange(v.time)} / ${msRange(v.cpu)}`,
      `ours ${msRange(M.map.widget?.time)} / ${msRange(M.map.widget?.cpu)}`,
      x(ratio(v.time?.median, M.map.widget?.time?.median)),
      `Blink heap ${emb(v)}`,
    );
  }
}
if (M.areas) {
  if (M.areas.error || M.areas.widget?.error) row(5, '20,000 area items', err(M.areas.error ?? M.areas.widget.error), '', '');
  else {
    const w = M.areas.widget;
    row(
      5,
      `20,000 area items (200 × 100, list): time to rendered, median of ${RUNS}`,
      msRange(w.time),
      '—',
      '—',
      `${w.extra?.itemsInDom ?? '?'} items in the DOM when rendered (lazy)${M.areas.stoppedEarly ? `; ${M.areas.stoppedEarly}` : ''}`,
    );
    row(5, '20,000 area items: longest long task', msRange(w.longestTask), '—', '—', '');
  }
}
if (M.hostile) {
  if (M.hostile.error) row(7, 'Hostile sizes', err(M.hostile.error), '', '');
  else {
    for (const c of Object.values(M.hostile.cases)) {
      const w = c.widget;
      row(
        7,
        `Hostile: ${c.what}: longest long task`,
        w?.error ? err(w.error) : msRange(w?.longestTask),
        `before the limits: ${c.before}`,
        '—',
        w?.error ? '' : `rendered at ${msRange(w?.time)}`,
      );
    }
  }
}
if (M.inline) {
  const I = M.inline;
  const cell = (r, k = 'time') => (r?.error ? err(r.error) : msRange(r?.[k]));
  if (I.error) row(8, 'Card + areas, inline data', err(I.error), '', '');
  else {
    row(
      8,
      `Card + areas, inline data: time to rendered, median of ${RUNS}`,
      cell(I.widgets),
      `static ${cell(I.static)}`,
      x(I.ratioWall),
      `${goal('inline', M)}; two minimal Lit elements, same DOM (the floor): ${cell(I.lit)}, ${x(I.litRatioWall)}; where the time goes: [TIME.md](TIME.md)${I.stoppedEarly ? `; ${I.stoppedEarly}` : ''}`,
    );
    if (I.same || I.sameError)
      row(
        8,
        "Card + areas, inline data: the widgets' own DOM and styles in two minimal Lit elements (our DOM's floor): time to rendered / main-thread time",
        I.sameError ? err(I.sameError) : `${cell(I.same)} / ${cell(I.same, 'cpu')}`,
        `static ${msRange(I.static?.time)} / ${msRange(I.static?.cpu)}`,
        `${x(I.sameRatioWall)} / ${x(I.sameRatioCpu)}`,
        `the shadow DOM (${I.same ? 'icons, tag chips, "Read more", parts' : '—'}) and style sheets the two widgets rendered, copied as one static template each: what that DOM costs in Lit with no script of ours`,
      );
    row(
      8,
      'Card + areas, inline data: main-thread time until rendered (traced runs)',
      I.widgets?.cpuError ? err(I.widgets.cpuError) : cell(I.widgets, 'cpu'),
      `static ${cell(I.static, 'cpu')}`,
      x(I.ratioCpu),
      `script ${msRange(I.widgets?.script)} (static ${msRange(I.static?.script)}); Lit floor ${cell(I.lit, 'cpu')}, ${x(I.litRatioCpu)}`,
    );
    row(
      8,
      'Card + areas, inline data, through loader.js: time to rendered / main-thread time',
      I.loader?.error ? err(I.loader.error) : `${msRange(I.loader?.time)} / ${msRange(I.loader?.cpu)}`,
      `static ${msRange(I.static?.time)} / ${msRange(I.static?.cpu)}`,
      `${x(I.loaderRatioWall)} / ${x(I.loaderRatioCpu)}`,
      `only the two widgets' chunks (the all-in-one bundle carries the map's code too); script ${msRange(I.loader?.script)}`,
    );
    if (I['loader@100'])
      row(
        8,
        'Card + areas, inline data, at 100 ms of latency (emulated, each request): time to rendered, all-in-one bundle / through loader.js',
        ['widgets@100', 'loader@100'].map((k) => (I[k]?.error ? err(I[k].error) : msRange(I[k]?.time))).join(' / '),
        `static ${msRange(I['static@100']?.time)}`,
        ['widgets@100', 'loader@100'].map((k) => x(ratio(I[k]?.time?.median, I['static@100']?.time?.median))).join(' / '),
        "HTTP/1.1; round trips: the page, then the bundle; or the page, loader.js, then the two elements' files at once (loader.js imports no file of its own)",
      );
    if (I['loader@100h2'])
      row(
        8,
        'Card + areas, inline data, at 100 ms of latency over HTTP/2: time to rendered, all-in-one bundle / through loader.js',
        ['widgets@100h2', 'loader@100h2'].map((k) => (I[k]?.error ? err(I[k].error) : msRange(I[k]?.time))).join(' / '),
        `static ${msRange(I['static@100h2']?.time)}`,
        ['widgets@100h2', 'loader@100h2'].map((k) => x(ratio(I[k]?.time?.median, I['static@100h2']?.time?.median))).join(' / '),
        'as a CDN serves them (TLS, one connection for all the files)',
      );
    if (I.app)
      row(
        8,
        'Card + areas, inline data, the two elements built together (what an app bundler gives a page that imports them): time to rendered / main-thread time',
        I.app.error ? err(I.app.error) : `${msRange(I.app.time)} / ${msRange(I.app.cpu)}`,
        `static ${msRange(I.static?.time)} / ${msRange(I.static?.cpu)}`,
        `${x(I.appRatioWall)} / ${x(I.appRatioCpu)}`,
        `${goal('app', M)}; the page above loads the all-in-one bundle of five elements; script ${msRange(I.app.script)}`,
      );
    row(
      8,
      'Card + areas, inline data: a first Intl.DateTimeFormat made after rendered (ICU start-up left)',
      cell(I.widgets, 'icuAfterRendered'),
      `static ${cell(I.static, 'icuAfterRendered')}`,
      x(ratio(I.widgets?.icuAfterRendered?.median, I.static?.icuAfterRendered?.median)),
      'about 1× static: the render created no Intl object (ICU not started); about 1 ms: it did',
    );
    for (const key of Object.keys(I).filter((k) => k.startsWith('widgets-'))) {
      const v = I[key];
      row(
        8,
        `Card + areas, inline data, bundle ${key.slice(8)}: time to rendered / main-thread time`,
        v.error ? err(v.error) : `${msRange(v.time)} / ${msRange(v.cpu)}`,
        `ours ${msRange(I.widgets?.time)} / ${msRange(I.widgets?.cpu)}`,
        x(ratio(v.cpu?.median, I.widgets?.cpu?.median)),
        `${v.bundle ?? ''}; script ${msRange(v.script)} (ours ${msRange(I.widgets?.script)}); a DateTimeFormat after rendered ${msRange(v.icuAfterRendered)} (ours ${msRange(I.widgets?.icuAfterRendered)})`,
      );
    }
    if (I.fallback)
      row(
        8,
        "Card + areas with the embed snippet's fallback content: first contentful paint",
        cell(I.fallback, 'fcp'),
        `static ${cell(I.static, 'fcp')}`,
        x(I.fallbackFcpRatio),
        `${goal('fallback', M)}; widgets rendered at ${cell(I.fallback)}`,
      );
    else if (I.snippetError) row(8, "Card + areas with the embed snippet's fallback content", err(I.snippetError), '', '');
    for (const [name, r] of Object.entries(I.icuProbe ?? {}))
      row(
        8,
        `ICU start-up: first ${name} in a page, then a first Intl.DateTimeFormat`,
        msRange(r.first),
        `DateTimeFormat after it ${msRange(r.dateTimeFormatAfter)}`,
        '—',
        'about 20 ms after: the call did not start ICU; about 1 ms: it did',
      );
  }
}
if (M['feed-parse']) {
  const F = M['feed-parse'];
  if (F.error) row(9, 'parseFeed', err(F.error), '', '');
  else
    for (const key of ['announcements', 'json-feed', 'rss', 'rss-absolute', 'atom', 'rss-5000'].filter((k) => F[k])) {
      const v = F[key];
      row(
        9,
        `parseFeed: ${key === 'rss-5000' ? '5,000 RSS items' : `1,000 items, ${key === 'rss-absolute' ? 'rss, absolute links' : key}`}`,
        v.error ? err(v.error) : msRange(v.time),
        key === 'announcements' ? '—' : `JSON list ${msRange(F.announcements?.time)}`,
        key === 'announcements' ? '—' : x(ratio(v.time?.median, F.announcements?.time?.median)),
        v.error
          ? ''
          : `${((v.extra?.chars ?? 0) / 1e6).toFixed(1)} M characters, ${v.extra?.items ?? '?'} items; the parse alone, in the page`,
      );
    }
}
if (M['feed-view']) {
  const F = M['feed-view'];
  pair(10, `feed of 1,000 items: time to rendered, median of ${RUNS}`, F, 'widget', 'static', 'static, all 1,000', F.ratio);
  if (!F.error) {
    row(
      10,
      'feed of 1,000 items vs its first page as static HTML',
      msRange(F.widget?.time),
      `static, 10 items ${msRange(F.staticPage?.time)}`,
      x(ratio(F.widget?.time?.median, F.staticPage?.time?.median)),
      'what the widget renders (one page), written by hand',
    );
    row(
      10,
      'feed of 1,000 items: longest long task',
      F.widget?.longestTask ? msRange(F.widget.longestTask) : '—',
      `static, all ${F.static?.longestTask ? msRange(F.static.longestTask) : '—'}`,
      x(ratio(F.widget?.longestTask?.median, F.static?.longestTask?.median)),
      F.interaction
        ? `"Load more" ${F.interaction.moreMs} ms, search ${F.interaction.searchMs} ms (last run); ${F.interaction.cardsInDom} cards in the DOM`
        : '',
    );
  }
}
if (M.timeline) {
  const T = M.timeline;
  pair(11, `timeline of 300 entries: time to rendered, median of ${RUNS}`, T, 'widget', 'static', 'static HTML list', T.ratio);
  if (!T.error)
    row(
      11,
      'timeline of 300 entries: longest long task',
      T.widget?.longestTask ? msRange(T.widget.longestTask) : '—',
      `static ${T.static?.longestTask ? msRange(T.static.longestTask) : '—'}`,
      x(ratio(T.widget?.longestTask?.median, T.static?.longestTask?.median)),
      '',
    );
  for (const { name } of TIMELINE_VARIANTS) {
    const V = T[`widget-${name}`];
    if (!V || T.error) continue;
    row(
      11,
      `timeline of 300 entries, build "${name}": time to rendered / longest long task`,
      V.error ? err(V.error) : `${msRange(V.time)} / ${msRange(V.longestTask)}`,
      `static ${msRange(T.static?.time)}`,
      x(V.ratio),
      V.bundle,
    );
  }
}
if (M.lighthouse) {
  const L = M.lighthouse;
  const n = L.runs > 1 ? `median of ${L.scores?.length ?? 0}` : '1 run';
  if (L.error) row(6, 'Lighthouse 12.2.3 on the demo', L.error.startsWith('failed') ? L.error : `failed: ${L.error}`, '', '');
  else {
    row(
      6,
      `Lighthouse performance (demo, mobile), ${n}`,
      String(L.performance),
      '—',
      '—',
      [
        `performance ${L.scores?.length > 1 ? `${Math.min(...L.scores.map((x) => x.performance))}–${Math.max(...L.scores.map((x) => x.performance))}` : L.performance}`,
        ...[
          ['FCP', 'fcpMs'],
          ['LCP', 'lcpMs'],
          ['TBT', 'tbtMs'],
        ].map(([name, key]) => {
          const xs = (L.perRun ?? []).map((r) => r.metrics?.[key]).filter((v) => v != null);
          return `${name} ${ms(L.metrics?.[key])}${xs.length > 1 ? ` [${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}]` : ''}`;
        }),
        `CLS ${L.metrics?.cls ?? '—'}`,
      ].join(', ') + `; goal ≥ 95, CLS 0: ${lighthouseVerdict(L)}`,
    );
    row(
      6,
      `Lighthouse accessibility (demo), ${n}`,
      String(L.accessibility),
      '—',
      '—',
      L.failedAccessibilityAudits?.length ? `failing: ${L.failedAccessibilityAudits.join(', ')}` : '',
    );
  }
}

const table = [
  '| # | Measurement | partner-city-widgets | Reference | Ratio (ours / ref) | Notes |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
results.table = table;
const machine = `${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, ${results.machine.os}, Node ${results.machine.node}, Chromium ${results.machine.chromium ?? '—'} (load average at start ${results.machine.loadAverageAtStart[0]}, at end ${results.machine.loadAverageAtEnd[0]})`;

console.log(`\n${table}\n`);
console.log(`Date: ${results.date}\nMachine: ${machine}\nWall time: ${results.wallTimeSeconds} s`);
for (const n of results.notes) console.log(`Note: ${n}`);

const jsonPath = join(BENCH, LOCAL ? 'results.local.json' : 'results.json');
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
if (!LOCAL) {
  const md = `# Benchmark results

Generated by \`npm run bench\` (bench/run.mjs); do not edit by hand.

- Date: ${results.date}
- Machine: ${machine}
- Runs: median of ${RUNS} per variant (after one warm-up each), variants interleaved in the same browser; cells show median [min–max]
- Wall time: ${results.wallTimeSeconds} s

${table}

How it is measured: times are \`performance.now()\` (from navigation start) in the first animation frame in which the page sees its content rendered (the widgets in their ready state with content in the shadow DOM, the map with its country shapes and markers at its final size); a static page is rendered at DOMContentLoaded + the first animation frame. Long tasks: PerformanceObserver 'longtask' from navigation until 1 s after rendered. Pages are served by a small node:http server on 127.0.0.1 (HTTP/1.1, or HTTP/2 over TLS for the rows that say so; no compression, no cache; gzip for the Lighthouse runs, which simulate a slow network from the bytes sent), each run in a fresh browser context of headless Chromium (playwright-core); the runner hears that a page is done through a binding the page calls, and reads it only then (bench/wait.mjs: Playwright's waitForFunction, used until 2 December, ran its own script in every page as it loaded). Lighthouse: default mobile config; with Chromium 156 some audits end in an error state (a Lighthouse 12 / Chromium mismatch: ${M.lighthouse?.erroredAudits?.map((a) => a.split(':')[0]).join(', ') || 'none this time'}), the scores still come. Details and every sample: bench/results.json.
${results.notes.map((n) => `\nNote: ${n}`).join('')}
`;
  writeFileSync(join(BENCH, 'RESULTS.md'), md);
  // The README's table of #15's goals, from the same figures (bench/goals.mjs).
  writeGoals(results);
}
log(
  `wrote ${jsonPath.slice(ROOT.length)}${LOCAL ? '' : ", bench/RESULTS.md and the README's table of goals"} (wall time ${results.wallTimeSeconds} s)`,
);
process.exit(0);
