// Where the main thread's time goes on the pages of two #15 goals that the bench reports as not
// met: 1,000 cards (section 3) and card + areas with inline data (section 8), each beside its Lit
// floor and its static page. The time-side twin of scripts/size-composition.mjs (bench/BYTES.md).
//
//   node bench/time-composition.mjs [--rounds 12] [--traced 6] [--interval 50] [--print] [--lines]
//
// Builds the one-file bundle as dist/ has it, with a source map (which names each function's
// module), and loads the six pages interleaved (A B … F, F … B A, …) in fresh contexts of headless
// Chromium until each stamps rendered:
// 1. `--rounds` loads each under V8's sampling profiler (every `--interval` µs): each sample's
//    time goes to a group, the bundle's modules grouped as in bench/BYTES.md, a native call (a
//    DOM API) to the group of the JS that made it, "(program)" (the browser's own work: parsing,
//    style, layout, paint, the upgrade machinery) and the garbage collector apart;
// 2. `--traced` loads each under a trace: each main-thread event's own time, by kind (parsing,
//    compile, JS, style, layout, paint, GC), from the page's HTML parsing to its rendered mark.
// Medians per load, so the parts need not add up to the total. Writes bench/TIME.md (`--print`:
// only prints it; `--lines`: our JS by function, not by module). Profiling and
// tracing slow JS more than the browser's work: read shares and differences between the pages of
// one run, not these milliseconds against the bench's tables.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map';
import { CHROME_ARGS, findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';
import { CARDS_LIT_SOURCE, cardsPages, INLINE_LIT_SOURCE, inlinePages } from './pages.mjs';
import { serve } from './server.mjs';
import { median, profiledLoad } from './profile.mjs';
import { bindWait } from './wait.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROUNDS = Number(option('--rounds', 12));
const INTERVAL = Number(option('--interval', 50));
const TRACED = Number(option('--traced', 6));
const PRINT = args.includes('--print');
/** `--lines`: our JS by function (module and line) rather than by module. */
const FILES = args.includes('--lines') ? 'lines' : 'modules';

/** The bundle's source groups, as in scripts/size-composition.mjs, plus the entry's define. */
const GROUPS = [
  ['Lit (lit-html, reactive-element, lit-element)', (f) => /node_modules\/(lit-html|@lit\/reactive-element|lit-element|lit)\//.test(f)],
  ['data layer: src/model (readers, parsers, loader)', (f) => f.startsWith('src/model/')],
  ['data layer: data-source controller, PcwDataElement', (f) => /^src\/(controllers\/data-source|base\/pcw-data-element)/.test(f)],
  ['languages: src/i18n, lang controller', (f) => /^src\/(i18n\/|controllers\/lang)/.test(f)],
  ['the widgets: components, templates, styles', (f) => f.startsWith('src/components/')],
  [
    'shared: PcwElement, src/internal, src/styles, events, other controllers',
    (f) => /^src\/(base|internal|styles|controllers)\/|^src\/events/.test(f),
  ],
  ["the bundle's entry: define (the browser's upgrade of the widgets in the page)", (f) => f === 'src/bundle.ts'],
  ['other packages', () => true],
];
const EVALUATION = "the bundle's top level: its modules' code run once at load (classes, styles, tables)";
const BROWSER = '(program): parsing, style, layout, paint (the browser, not JS)';
const GC = 'garbage collector';
const FLOOR = 'the Lit floor: Lit and its minimal element';
const PAGE = "the page's scripts and the bench's check";

const tmp = mkdtempSync(join(tmpdir(), 'pcw-time-'));
const dir = join(tmp, 'bundle');
// The bundle as dist/ has it (minified, templates minified), with a source map.
const built = spawnSync(
  'npx',
  ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir', '--sourcemap'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (built.status !== 0) throw new Error('the bundle did not build');
/** A position in the bundle → its source module (`src/…` or `node_modules/…`). */
const sourceMap = await new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'partner-city-widgets.js.map'), 'utf8')));
const moduleAt = (line, column) => {
  const { source, line: at } = sourceMap.originalPositionFor({ line: line + 1, column, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
  const file = source ? (/(src|node_modules)\/.*$/.exec(source)?.[0] ?? source) : '';
  return FILES === 'lines' ? `${file}:${at}` : file;
};

const { build: esbuild } = await import('esbuild');
const litBundle = async (contents) =>
  (await esbuild({ stdin: { contents, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false }))
    .outputFiles[0].text;
writeFileSync(join(tmp, 'cards-lit.js'), await litBundle(CARDS_LIT_SOURCE));
writeFileSync(join(tmp, 'inline-lit.js'), await litBundle(INLINE_LIT_SOURCE));
const cards = cardsPages(1000);
const inline = inlinePages();
const PAGES = [
  ['cards', '1,000 cards (section 3): ours, no page CSS', cards.ours],
  ['cards-floor', '1,000 minimal Lit elements of the static card, the display rule in the page (the floor)', cards.litStyled],
  ['cards-static', '1,000 cards as static HTML', cards.limit],
  ['inline', 'card + areas, inline data (section 8): ours', inline['inline-widgets.html']],
  ['inline-floor', 'two minimal Lit elements of the static DOM (the floor)', inline['inline-lit.html']],
  ['inline-static', 'the same content as static HTML', inline['inline-static.html']],
];
for (const [key, , html] of PAGES) writeFileSync(join(tmp, `${key}.html`), html);

const server = await serve({ '/dist/': dir, '/pages/': tmp });
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...MEASURE_ARGS] });
const load = { start: loadavg()[0] };

/** One load of `key` under the profiler: ms per group, the total, and rendered. */
async function profileLoad(key) {
  const { profile, bench } = await profiledLoad(browser, `${server.origin}/pages/${key}.html`, { interval: INTERVAL });
  if (bench.error) throw new Error(`${key}: ${bench.error}`);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The group of a node: its own script's, or (native code) the nearest caller's. */
  const whereOf = (id) => {
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const { functionName, url, lineNumber, columnNumber } = nodes.get(n).callFrame;
      if (functionName === '(program)') return BROWSER;
      if (functionName === '(garbage collector)') return GC;
      if (functionName === '(idle)' || functionName === '(root)') return undefined;
      if (!url) continue;
      if (url.endsWith('/partner-city-widgets.js')) {
        // The module's top level (the bundle's evaluation) starts at 0:0.
        if (lineNumber === 0 && columnNumber === 0) return EVALUATION;
        const file = moduleAt(lineNumber, columnNumber);
        return [GROUPS.find(([, test]) => test(file.replace(/:\d+$/, '')))[0], file];
      }
      if (/\/(cards|inline)-lit\.js$/.test(url)) return FLOOR;
      return PAGE;
    }
    return PAGE;
  };
  const ms = new Map();
  const files = new Map();
  profile.samples.forEach((id, i) => {
    const where = whereOf(id);
    if (!where) return;
    const [group, file] = Array.isArray(where) ? where : [where];
    const dt = profile.timeDeltas[i] / 1000;
    ms.set(group, (ms.get(group) ?? 0) + dt);
    if (file) files.set(file, (files.get(file) ?? 0) + dt);
  });
  return { ms, files, total: [...ms.values()].reduce((a, b) => a + b, 0), rendered: bench.rendered };
}

/** What a main-thread trace event's own time (its children's taken out) was spent on. */
const KINDS = [
  ['HTML parsing', (n) => n === 'ParseHTML'],
  ['JS compile', (n) => /^(v8\.compile|v8\.compileModule|v8\.produceCache|v8\.produceModuleCache|CacheScript)$/.test(n)],
  [
    'JS running (the functions of the profile above)',
    (n) =>
      /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|EventDispatch)$/.test(
        n,
      ),
  ],
  ['style (recalculation, style sheets)', (n) => /^(UpdateLayoutTree|RecalcStyle|ParseAuthorStyleSheet)$/.test(n)],
  ['layout', (n) => n === 'Layout'],
  ['pre-paint, paint, layerize, commit', (n) => /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|UpdateLayerTree)$/.test(n)],
  ['garbage collection', (n) => /^(MinorGC|MajorGC|V8\.GC|BlinkGC)/.test(n)],
  ['other (task overhead, loading, the rest)', () => true],
];

/** One traced load of `key`: main-thread self time by kind, from the page's parsing to its rendered mark. */
async function traceLoad(key) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing,loading',
      transferMode: 'ReportEvents',
    });
    const url = `${server.origin}/pages/${key}.html`;
    const reached = await bindWait(page, ['__benchRendered', '__benchDone']);
    await page.goto(url, { waitUntil: 'commit' });
    await reached(120000);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    const end = events.find((e) => e.name === 'pcw-rendered');
    if (!parse || !end) throw new Error(`${key}: no ParseHTML or pcw-rendered mark in the trace`);
    const main = events
      .filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && e.ts >= parse.ts && e.ts < end.ts)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const ms = new Map();
    const stack = [];
    const close = (e) => {
      const kind = KINDS.find(([, test]) => test(e.name))[0];
      ms.set(kind, (ms.get(kind) ?? 0) + Math.max(0, e.dur - e.childDur) / 1000);
    };
    for (const e of main) {
      const item = { name: e.name, ts: e.ts, dur: e.dur ?? 0, childDur: 0 };
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= item.ts) close(stack.pop());
      if (stack.length) stack.at(-1).childDur += item.dur;
      stack.push(item);
    }
    while (stack.length) close(stack.pop());
    return { ms, total: [...ms.values()].reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
  }
}

const samples = Object.fromEntries(PAGES.map(([key]) => [key, []]));
for (const [key] of PAGES) await profileLoad(key); // one warm-up each
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...PAGES].reverse() : PAGES;
  for (const [key] of order) samples[key].push(await profileLoad(key));
  process.stderr.write(`round ${r + 1}/${ROUNDS}\n`);
}
const traces = Object.fromEntries(PAGES.map(([key]) => [key, []]));
for (let r = 0; r < TRACED; r++) {
  const order = r % 2 ? [...PAGES].reverse() : PAGES;
  for (const [key] of order) traces[key].push(await traceLoad(key));
  process.stderr.write(`traced round ${r + 1}/${TRACED}\n`);
}
load.end = loadavg()[0];
await browser.close();
server.close();
rmSync(tmp, { recursive: true, force: true });

const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const groupMedian = (key, group) => median(samples[key].map((s) => s.ms.get(group) ?? 0));
const ORDER = [BROWSER, GC, EVALUATION, ...GROUPS.map(([g]) => g), FLOOR, PAGE];

/** One goal's table: each group's median ms per load on the three pages, and ours less the floor. */
function table([ours, floor, plain]) {
  const titles = Object.fromEntries(PAGES.map(([key, title]) => [key, title]));
  const rows = ORDER.map((group) => [group, ...[ours, floor, plain].map((key) => groupMedian(key, group))]).filter((row) =>
    row.slice(1).some((v) => v >= 0.05),
  );
  const total = (key) => median(samples[key].map((s) => s.total));
  const out = [
    `- ours: ${titles[ours]}`,
    `- floor: ${titles[floor]}`,
    `- static: ${titles[plain]}`,
    '',
    '| where (median ms per load) | ours | floor | static | ours − floor | share of ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [group, a, b, c] of rows)
    out.push(
      `| ${group} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${c.toFixed(1)} | ${(a - b).toFixed(1)} | ${((100 * a) / total(ours)).toFixed(1)} % |`,
    );
  out.push(
    `| **main thread, all of it** | **${total(ours).toFixed(1)}** | **${total(floor).toFixed(1)}** | **${total(plain).toFixed(1)}** | **${(total(ours) - total(floor)).toFixed(1)}** | 100 % |`,
  );
  const kind = (key, k) => median(traces[key].map((t) => t.ms.get(k) ?? 0));
  const traced = (key) => median(traces[key].map((t) => t.total));
  out.push(
    '',
    `The same main thread by kind, from ${TRACED} traced loads of each page (self time of each trace event, from the page's HTML parsing to its rendered mark; median ms per load):`,
    '',
    '| kind | ours | floor | static | ours − floor | ours − static |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [k] of KINDS) {
    const [a, b, c] = [ours, floor, plain].map((key) => kind(key, k));
    if (a >= 0.05 || b >= 0.05 || c >= 0.05)
      out.push(`| ${k} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${c.toFixed(1)} | ${(a - b).toFixed(1)} | ${(a - c).toFixed(1)} |`);
  }
  const [ta, tb, tc] = [ours, floor, plain].map(traced);
  out.push(
    `| **all** | **${ta.toFixed(1)}** | **${tb.toFixed(1)}** | **${tc.toFixed(1)}** | **${(ta - tb).toFixed(1)}** | **${(ta - tc).toFixed(1)}** |`,
  );
  const sums = new Map();
  for (const { files } of samples[ours]) for (const [f, v] of files) sums.set(f, (sums.get(f) ?? 0) + v / samples[ours].length);
  const top = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 15);
  out.push(
    '',
    `Our bundle's JS on the "ours" page by module, the 15 largest (mean ms per load, natives with their caller; Lit's modules come minified, so they are not split further):`,
    '',
    '| module | ms |',
    '| --- | ---: |',
    ...top.map(([f, v]) => `| \`${f}\` | ${v.toFixed(1)} |`),
  );
  const rendered = (key) => samples[key].map((s) => s.rendered);
  out.push(
    '',
    `Rendered (under the profiler), median [min–max]: ours ${median(rendered(ours)).toFixed(0)} ms [${range(rendered(ours))}], floor ${median(rendered(floor)).toFixed(0)} ms [${range(rendered(floor))}], static ${median(rendered(plain)).toFixed(0)} ms [${range(rendered(plain))}].`,
  );
  return out;
}

const cpu = cpus();
const out = [
  "# Where the main thread's time goes: 1,000 cards and card + areas",
  '',
  'Generated by `node bench/time-composition.mjs`; do not edit by hand. The evidence behind two #15 goals',
  'the bench reports against their floors. Each page was loaded until it stamps rendered, the six pages',
  `interleaved in one browser: ${ROUNDS} loads each under V8's sampling profiler (${INTERVAL} µs), whose samples`,
  "go to the bundle's modules through its source map (the bundle dist/ has; a native call, a DOM API,",
  'counts for the JS that made it), and then ' + TRACED + " traced loads each, for the main thread's time by kind.",
  'Medians per load: the rows need not add up to the total. Profiling and tracing slow JS more than the',
  "browser's own work, so compare the columns of one run, not these milliseconds with the bench's tables.",
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, load average ${load.start.toFixed(2)} at the start, ${load.end.toFixed(2)} at the end`,
  '',
  '## 1,000 cards (goal ≤ 2× static)',
  '',
  ...table(['cards', 'cards-floor', 'cards-static']),
  '',
  '## Card + areas, inline data (goal ≤ 1.5× static)',
  '',
  ...table(['inline', 'inline-floor', 'inline-static']),
  '',
];
const text = `${out.join('\n')}`;
if (!PRINT) writeFileSync(new URL('TIME.md', import.meta.url), text);
console.log(text);
