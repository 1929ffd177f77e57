// One page load under V8's sampling profiler, as page-trace.mjs, profile-variants.mjs and
// time-composition.mjs take it, one traced load, as page-trace.mjs and trace-variants.mjs take
// it, and the median they report.
import { readFileSync } from 'node:fs';
import { TRACE_CATEGORIES } from './trace-categories.mjs';
import { bindWait } from './wait.mjs';

/**
 * Loads `url` in a fresh context of `browser` under the sampling profiler (every `interval` µs),
 * from before navigation until the page stamps rendered (or ends, when it fails), through the
 * page's bindings (wait.mjs). Returns the CPU profile and the page's `__bench` (rendered, error).
 */
export async function profiledLoad(browser, url, { interval = 50, timeout = 120000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
    const reached = await bindWait(page, ['__benchRendered', '__benchDone']);
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await reached(timeout);
    const { profile } = await cdp.send('Profiler.stop');
    const bench = await page.evaluate(() => ({ rendered: window.__bench.rendered, error: window.__bench.error }));
    return { profile, bench };
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` in a fresh context of `browser` under a Chromium trace (written to `file`) until the
 * page stamps rendered (wait.mjs). Returns the page's rendered mark and the renderer main thread's
 * complete events (`ph: 'X'`, with a duration), in order of their start.
 */
export async function tracedLoad(browser, url, file, { timeout = 60000 } = {}) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const ended = await bindWait(page);
  await browser.startTracing(page, { path: file, categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'commit' });
  await ended(timeout);
  const rendered = await page.evaluate(() => window.__bench.rendered);
  await browser.stopTracing();
  await page.context().close();
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  return { rendered, onMain };
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
