// The performance issue's (#15) goals, as one run of the bench measured them: the table in the
// README's "Size and performance" section, between its `bench:goals` markers. `npm run bench`
// (bench/run.mjs) writes it with RESULTS.md, from the same figures; so does
// `node bench/run.mjs --render bench/results.json`.
//
//   node bench/goals.mjs            writes the README's table from bench/results.json
//   node bench/goals.mjs --check    fails when the README's table is not bench/results.json's
//                                   (npm run lint: the README's figures are the committed run's)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS } from '../scripts/size.mjs';
import { replaceBlock } from '../scripts/readme-block.mjs';
import { kb, mb, ms, msRange, ratio, x } from './format.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const START = '<!-- bench:goals:start -->';
export const END = '<!-- bench:goals:end -->';

/** Whether `value` is at most `limit`, in words. */
export const verdict = (value, limit) => (value == null ? 'not measured' : value <= limit ? 'met' : 'not met');

/**
 * #15's goals that are a figure at most a limit: the figure in a run's measurements, the limit,
 * and how RESULTS.md's notes write it. The one place of each limit: the README's table and
 * RESULTS.md's notes both read it here.
 */
export const GOALS = {
  inline: { text: '≤ 1.5×', limit: 1.5, value: (M) => M.inline?.ratioWall },
  app: { text: '≤ 1.5× wall', limit: 1.5, value: (M) => M.inline?.appRatioWall },
  fallback: { text: '≤ 1.1×', limit: 1.1, value: (M) => M.inline?.fallbackFcpRatio },
  cards: { text: '≤ 2×', limit: 2, value: (M) => M.cards?.ratio },
  longestTask: { text: '≤ 100 ms', limit: 100, value: (M) => M.cards?.widgets?.longestTask?.median },
  mapTime: { text: '≤ 1× Leaflet', limit: 1, value: (M) => M.map?.ratioTime },
  mapCpu: { text: '≤ 1× Leaflet', limit: 1, value: (M) => M.map?.ratioCpu },
  mapHeap: {
    text: 'Blink heap ≤ Leaflet',
    limit: 1,
    value: (M) => ratio(M.map?.widget?.embedderHeap?.median, M.map?.leaflet?.embedderHeap?.median),
  },
};

/** Whether the run of measurements `M` meets the goal `key` of GOALS, in words. */
export const met = (key, M) => verdict(GOALS[key].value(M), GOALS[key].limit);

/** The goal `key` and whether the run meets it, for a note of RESULTS.md: "goal ≤ 2×: met". */
export const goal = (key, M) => `goal ${GOALS[key].text}: ${met(key, M)}`;

/** Lighthouse's goal: performance ≥ 95 and no layout shift. */
export const lighthouseVerdict = (L) =>
  L?.performance == null ? 'not measured' : L.performance >= 95 && L.metrics?.cls === 0 ? 'met' : 'not met';

/**
 * Intl off the first render: a first `Intl.DateTimeFormat` made after the widgets rendered still
 * pays ICU's start-up (about what it costs in a page without widgets), or the render started ICU
 * (about 1 ms left). Met when at least half of the start-up is left.
 */
const icuLeft = (I) => ratio(I?.widgets?.icuAfterRendered?.median, I?.static?.icuAfterRendered?.median);

/** The rows of the goals' table: `[goal, this run, reference, ratio, verdict, evidence]`. */
export function goalRows(results) {
  const M = results.measurements ?? {};
  const rows = [];
  const add = (...cells) => rows.push(cells);
  // A section that ended in an error still has its row: its goals were not measured.
  for (const [key, what] of [
    ['inline', 'card + areas, inline data (section 8)'],
    ['cards', '1,000 cards (section 3)'],
    ['map', '300-city map (section 4)'],
    ['lighthouse', 'Lighthouse (section 6)'],
    ['bytes', 'bytes (section 1)'],
  ])
    if (M[key]?.error) add(what, `error: ${M[key].error}`, '—', '—', 'not measured', 'bench/RESULTS.md');
  const I = M.inline;
  if (I && !I.error) {
    add(
      'card + areas, inline data: time to rendered ≤ 1.5× static',
      msRange(I.widgets?.time),
      `static HTML ${ms(I.static?.time?.median)}; floors: two minimal Lit elements of the static DOM ${ms(I.lit?.time?.median)} (${x(I.litRatioWall)}), of our own shadow DOM and styles ${ms(I.same?.time?.median)} (${x(I.sameRatioWall)})`,
      x(I.ratioWall),
      met('inline', M),
      '[bench/TIME.md](bench/TIME.md): where the main thread goes, against the floors',
    );
    if (I.app)
      add(
        "the same, the two elements built together (an app bundler's output) ≤ 1.5×",
        msRange(I.app.time),
        `static HTML ${ms(I.static?.time?.median)}`,
        x(I.appRatioWall),
        met('app', M),
        '',
      );
    if (I.fallback)
      add(
        "the same with the embed snippet's fallback content: first contentful paint ≤ 1.1× static",
        msRange(I.fallback.fcp),
        `static HTML ${ms(I.static?.fcp?.median)}`,
        x(I.fallbackFcpRatio),
        met('fallback', M),
        '',
      );
    const left = icuLeft(I);
    add(
      "Intl off the first render: a first `Intl.DateTimeFormat` after rendered still pays ICU's start-up",
      ms(I.widgets?.icuAfterRendered?.median),
      `in a page without widgets ${ms(I.static?.icuAfterRendered?.median)}`,
      x(left),
      left == null ? 'not measured' : left >= 0.5 ? 'met' : 'not met',
      'about 1 ms would mean the render had started ICU',
    );
  }
  const C = M.cards;
  if (C && !C.error) {
    add(
      '1,000 cards in the HTML, no page CSS: time to rendered ≤ 2× static',
      msRange(C.widgets?.time),
      `static HTML ${ms(C.static?.time?.median)}; floor: 1,000 minimal Lit elements, the display rule in the page, ${ms(C.litStyled?.time?.median)} (${x(ratio(C.litStyled?.time?.median, C.static?.time?.median))})`,
      x(C.ratio),
      met('cards', M),
      '[bench/TIME.md](bench/TIME.md)',
    );
    add(
      '1,000 cards: longest task ≤ 100 ms',
      msRange(C.widgets?.longestTask),
      '—',
      '—',
      met('longestTask', M),
      "the browser's upgrade of the widgets, one task (the updates after it run in slices of about 40 ms)",
    );
  }
  const P = M.map;
  if (P && !P.error) {
    const plan = '[bench/MAP-PLAN.md](bench/MAP-PLAN.md) (with the plan for ≤ 0.5×)';
    add(
      '300-city map: time to drawn ≤ 1× Leaflet',
      msRange(P.widget?.time),
      `Leaflet 1.9.4 ${ms(P.leaflet?.time?.median)}`,
      x(P.ratioTime),
      met('mapTime', M),
      plan,
    );
    add(
      '300-city map: main-thread task time ≤ 1× Leaflet',
      msRange(P.widget?.cpu),
      `Leaflet ${ms(P.leaflet?.cpu?.median)}`,
      x(P.ratioCpu),
      met('mapCpu', M),
      '',
    );
    add(
      '300-city map: Blink (DOM) heap ≤ Leaflet',
      mb(P.widget?.embedderHeap?.median),
      `Leaflet ${mb(P.leaflet?.embedderHeap?.median)}`,
      x(GOALS.mapHeap.value(M)),
      met('mapHeap', M),
      met('mapHeap', M) === 'met'
        ? "the list's rows rendered when it is opened (`listRows`, README) and a leaner map DOM: [bench/MAP-PLAN.md](bench/MAP-PLAN.md), round 8"
        : "the list's rows (`listRows`) and the map's DOM: [bench/MAP-PLAN.md](bench/MAP-PLAN.md), rounds 3 and 8",
    );
  }
  const L = M.lighthouse;
  if (L && !L.error)
    add(
      'Lighthouse on the built demo, mobile: performance ≥ 95, CLS 0',
      `${L.performance}, CLS ${L.metrics?.cls ?? '—'}`,
      '—',
      '—',
      lighthouseVerdict(L),
      `median of ${L.scores?.length ?? 1}; TBT ${ms(L.metrics?.tbtMs)}`,
    );
  const B = M.bytes;
  // (The budgets of the measured build, stored with its sizes; a run from before 3 December has none.)
  const budgets = B?.budgets ?? BUDGETS;
  if (B && !B.error)
    for (const [key, name, label] of [
      ['city-news-card', 'city-news-card', '`city-news-card` entry'],
      ['cooperation-areas', 'cooperation-areas', '`cooperation-areas` entry'],
      ['all-in-one (without lazy chunks)', 'all-in-one', 'all-in-one bundle, without its lazy parts'],
      ['card via loader.js', 'card-via-loader', 'one card through `loader.js`'],
    ]) {
      const size = B.sizes?.[key]?.gzBytes;
      const { target, entry } = budgets[name] ?? {};
      if (size == null || !target) continue;
      add(
        `${label} (min + gzip) ≤ ${target} KB`,
        kb(size),
        `the build's ceiling ${entry} KB`,
        x(ratio(size / 1024, target)),
        verdict(size / 1024, target),
        // (scripts/feature-costs.mjs measures the features of the card's and the areas' entries, not the whole bundle's.)
        `[bench/BYTES.md](bench/BYTES.md): where the bytes go${name === 'all-in-one' ? '' : '; [bench/FEATURES.md](bench/FEATURES.md): what would have to go'}`,
      );
    }
  return rows;
}

/** The run's other figures, for the README: `[measurement, this run, reference, ratio]`. */
export function otherRows(results) {
  const M = results.measurements ?? {};
  const rows = [];
  const add = (...cells) => rows.push(cells);
  const S = M.bytes?.sizes;
  const budgets = M.bytes?.budgets ?? BUDGETS;
  if (S && !M.bytes.error) {
    const size = (key, lazy = false) => (S[key] ? kb(lazy ? S[key].lazyGzBytes : S[key].gzBytes) : '—');
    add(
      '`partner-city-map` entry (min + gzip), without / with its lazy country shapes',
      `${size('partner-city-map (without shapes)')} / ${size('partner-city-map (with shapes)')}`,
      `ceilings ${budgets['partner-city-map'].entry} / ${budgets['partner-city-map'].withLazy} KB`,
      '—',
    );
    if (S['city-news-feed'])
      add(
        '`city-news-feed` entry (the card and the feed model inside)',
        size('city-news-feed'),
        `ceiling ${budgets['city-news-feed'].entry} KB`,
        '—',
      );
    if (S['partnership-timeline'])
      add('`partnership-timeline` entry', size('partnership-timeline'), `ceiling ${budgets['partnership-timeline'].entry} KB`, '—');
    add(
      'lazy parts of the card (sanitiser for `bodyHtml`, JSON-LD writer, "Get the data"), loaded only when used',
      size('city-news-card', true),
      '—',
      '—',
    );
    if (S.loader?.gzBytes != null) add('`loader.js` (it defines each element when its tag first appears)', kb(S.loader.gzBytes), '—', '—');
  }
  const I = M.inline;
  if (I && !I.error) {
    const st = `static HTML ${ms(I.static?.time?.median)}`;
    add(
      'card + areas, inline data: main-thread time / script time until rendered (traced)',
      `${ms(I.widgets?.cpu?.median)} / ${ms(I.widgets?.script?.median)}`,
      `static HTML ${ms(I.static?.cpu?.median)}; Lit floor ${ms(I.lit?.cpu?.median)}; our DOM's floor ${ms(I.same?.cpu?.median)}`,
      x(I.ratioCpu),
    );
    if (I.loader) add('card + areas through `loader.js`: time to rendered', msRange(I.loader.time), st, x(I.loaderRatioWall));
    for (const [key, label] of [
      ['@100', 'HTTP/1.1'],
      ['@100h2', 'HTTP/2, as a CDN serves the files'],
    ])
      if (I[`loader${key}`])
        add(
          `card + areas at 100 ms of latency per request, ${label}: the all-in-one bundle / \`loader.js\``,
          `${ms(I[`widgets${key}`]?.time?.median)} / ${ms(I[`loader${key}`]?.time?.median)}`,
          `static HTML ${ms(I[`static${key}`]?.time?.median)}`,
          ['widgets', 'loader'].map((k) => x(ratio(I[`${k}${key}`]?.time?.median, I[`static${key}`]?.time?.median))).join(' / '),
        );
  }
  if (M.seed && !M.seed.error)
    add(
      'seed page (card + areas + map, data from `src`): time to rendered',
      msRange(M.seed.widgets?.time),
      `static HTML ${ms(M.seed.static?.time?.median)}`,
      x(M.seed.ratio),
    );
  if (M.map && !M.map.error)
    add('300-city map: JS heap after GC', mb(M.map.widget?.heap?.median), `Leaflet ${mb(M.map.leaflet?.heap?.median)}`, x(M.map.ratioHeap));
  const A = M.areas?.widget;
  if (A && !A.error)
    add(
      '20,000 area items (200 × 100): time to rendered / longest task',
      `${ms(A.time?.median)} / ${A.longestTask?.median ? ms(A.longestTask.median) : 'none'}`,
      '—',
      '—',
    );
  const H = M.hostile?.cases && Object.values(M.hostile.cases).filter((c) => c.widget && !c.widget.error);
  if (H?.length) {
    const worst = H.reduce((a, b) => ((b.widget.longestTask?.median ?? 0) > (a.widget.longestTask?.median ?? 0) ? b : a));
    add(
      `hostile input (${H.length} cases: bench section 7): the longest task`,
      ms(worst.widget.longestTask?.median),
      `its case: ${worst.what}; every case rendered by ${ms(Math.max(...H.map((c) => c.widget.time?.median ?? 0)))}`,
      '—',
    );
  }
  const F = M['feed-view'];
  if (F && !F.error)
    add(
      'a feed of 1,000 items: time to rendered / longest task',
      `${ms(F.widget?.time?.median)} / ${F.widget?.longestTask?.median ? ms(F.widget.longestTask.median) : 'none'}`,
      `the 1,000 items as static HTML ${ms(F.static?.time?.median)}; its first page ${ms(F.staticPage?.time?.median)}`,
      x(F.ratio),
    );
  const P = M['feed-parse'];
  if (P && !P.error)
    add(
      '`parseFeed`, 1,000 items: JSON list / JSON Feed / RSS / Atom',
      ['announcements', 'json-feed', 'rss', 'atom'].map((k) => ms(P[k]?.time?.median)).join(' / '),
      `5,000 RSS items ${ms(P['rss-5000']?.time?.median)}`,
      '—',
    );
  const T = M.timeline;
  if (T && !T.error)
    add(
      'a timeline of 300 entries: time to rendered / longest task',
      `${ms(T.widget?.time?.median)} / ${T.widget?.longestTask?.median ? ms(T.widget.longestTask.median) : 'none'}`,
      `static HTML list ${ms(T.static?.time?.median)}`,
      x(T.ratio),
    );
  return rows;
}

/** The notes of a table written again from a stored run (bench/run.mjs --render), with what was measured again each time; '' for a table as run. */
function rewritten(results) {
  return (results.notes ?? [])
    .filter((n) => n.startsWith('The table was written again'))
    .map((n) => ` ${n}`)
    .join('');
}

/** The README's block: the run, then its tables. */
export function goalsBlock(results) {
  const m = results.machine ?? {};
  const when = results.date ? `${results.date.slice(0, 16).replace('T', ' ')} UTC` : 'an unknown date';
  const load = m.loadAverageAtStart
    ? `, load average ${m.loadAverageAtStart[0]} at the start and ${m.loadAverageAtEnd?.[0] ?? '—'} at the end`
    : '';
  return [
    START,
    '<!-- Written by bench/goals.mjs from bench/results.json (npm run bench); do not edit by hand. -->',
    '',
    `The run of ${when}: ${m.cpu ?? '—'}, ${m.cores ?? '—'} cores, Chromium ${m.chromium ?? '—'}, Node ${m.node ?? '—'}${load}; wall time ${results.wallTimeSeconds ?? '—'} s. Times are medians of ${results.runs} runs [min–max], each page interleaved with its reference in the same browser. Every row of that run: [bench/RESULTS.md](bench/RESULTS.md).${rewritten(results)}`,
    '',
    '| #15 goal | this run | reference | ratio | verdict | evidence |',
    '| --- | --- | --- | --- | --- | --- |',
    ...goalRows(results).map((cells) => `| ${cells.join(' | ')} |`),
    '',
    'Other figures of the same run:',
    '',
    '| measurement | this run | reference | ratio |',
    '| --- | --- | --- | --- |',
    ...otherRows(results).map((cells) => `| ${cells.join(' | ')} |`),
    '',
    END,
  ].join('\n');
}

/** `readme` with its block replaced by `block`; throws when the README has no markers. */
export function withGoals(readme, block) {
  return replaceBlock(readme, START, END, block, "the bench's goals");
}

/** Writes the README's table from `results` (bench/run.mjs, after RESULTS.md). */
export function writeGoals(results, readmePath = `${ROOT}README.md`) {
  const readme = readFileSync(readmePath, 'utf8');
  const next = withGoals(readme, goalsBlock(results));
  if (next !== readme) writeFileSync(readmePath, next);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8'));
  if (process.argv.includes('--check')) {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    if (withGoals(readme, goalsBlock(results)) !== readme) {
      console.error(
        "README.md: the table of #15's goals is not bench/results.json's (edited by hand, or the run changed): `node bench/goals.mjs` writes it again.",
      );
      process.exit(1);
    }
    console.log("README.md: the table of #15's goals is bench/results.json's.");
  } else {
    writeGoals(results);
    console.log("README.md: the table of #15's goals written from bench/results.json.");
  }
}
