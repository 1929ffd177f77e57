// One page load under V8's sampling profiler, as page-trace.mjs, profile-variants.mjs and
// time-composition.mjs take it, and the median they report.
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

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
