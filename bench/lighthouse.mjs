// One Lighthouse 12 run (performance + accessibility, the default mobile config) against a URL,
// in the system Chromium started by chrome-launcher. Run as a child process by bench/run.mjs
// (so that a hung run can be killed): `node bench/lighthouse.mjs <url>` prints one JSON line.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChrome, MEASURE_ARGS } from '../scripts/find-chrome.mjs';

export const LIGHTHOUSE_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...MEASURE_ARGS];

const file = (url) => (url === 'Unattributable' ? url : new URL(url).pathname.split('/').pop() || '(document)');
const rounded = (v) => (typeof v === 'number' ? Math.round(v) : null);

/**
 * Where a run's time went, to read beside its scores (TBT moves most from run to run on a busy
 * machine): the metrics as observed (unthrottled, before Lighthouse's simulation), the LCP
 * element when that audit works (with Chromium 156 it often ends in an error), the simulated
 * long tasks (the five longest: start, duration, the script or document they are attributed to),
 * main-thread time by kind and by script (simulated, so 4× what the machine took).
 */
export function diagnostics(lhr) {
  const audit = (id) => (lhr.audits[id]?.scoreDisplayMode === 'error' ? undefined : lhr.audits[id]);
  const observed = audit('metrics')?.details?.items?.[0] ?? {};
  const lcpItem = audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node;
  return {
    observed: {
      fcpMs: rounded(observed.observedFirstContentfulPaint),
      lcpMs: rounded(observed.observedLargestContentfulPaint),
      loadMs: rounded(observed.observedLoad),
    },
    lcpElement: lcpItem ? `${lcpItem.selector ?? ''} ${lcpItem.snippet ?? ''}`.trim() : null,
    longTasks: (audit('long-tasks')?.details?.items ?? [])
      .slice()
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map((t) => ({ startMs: rounded(t.startTime), durationMs: rounded(t.duration), url: file(t.url) })),
    mainThreadMs: Object.fromEntries((audit('mainthread-work-breakdown')?.details?.items ?? []).map((i) => [i.group, rounded(i.duration)])),
    bootupMs: (audit('bootup-time')?.details?.items ?? []).map((i) => ({
      url: file(i.url),
      totalMs: rounded(i.total),
      scriptingMs: rounded(i.scripting),
    })),
  };
}

export async function runLighthouse(url) {
  const chromePath = findChrome();
  if (!chromePath) throw new Error('no Chrome/Chromium found');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' });
  // The parent kills this Chrome (its own process group) by id if the run hangs.
  if (chrome.pid) process.stderr.write(`chrome-pid ${chrome.pid}\n`);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      runtimeError: lhr.runtimeError?.message,
      runWarnings: lhr.runWarnings ?? [],
      erroredAudits: Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'error')
        .map((a) => `${a.id}: ${String(a.errorMessage ?? '').slice(0, 160)}`),
      failedAccessibilityAudits: (lhr.categories.accessibility?.auditRefs ?? [])
        .map((r) => lhr.audits[r.id])
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id),
      metrics: {
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        speedIndexMs: num('speed-index'),
      },
      diagnostics: diagnostics(lhr),
    };
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const out = await runLighthouse(process.argv[2]);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    process.exit(0);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message : String(e) })}\n`);
    process.exit(1);
  }
}
