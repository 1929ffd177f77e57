// How the bench waits for its pages: through a binding the page calls, never by polling it.
//
// Playwright's `page.waitForFunction` injects its own script into the page the first time it is
// called (about 300 KB, compiled and run on the page's main thread) and then runs the predicate
// every `polling` ms. Called right after navigation, as the bench did until 2 December, that work
// fell inside every measured load: interleaved on a slow machine, 12 loads each, the 1,000 static
// cards rendered at 316 ms polled against 256 ms waited on a binding, our 1,000 cards 781 against
// 702, card + areas 236 against 171 and its static page 113 against 82. The pages call
// `window.__benchDone()` when done and `window.__benchRendered()` at their stamp (BENCH_SCRIPT in
// pages.mjs); a binding costs the page one call.

/**
 * Exposes the binding `names` (one name or several) on `page`, before its navigation, and returns
 * `wait(timeout)`: it resolves once the page has called one of them (`__benchDone` when done,
 * `__benchRendered` at the stamp; a failing page ends, so it calls `__benchDone`) and rejects
 * after `timeout` ms. The page's state is read afterwards, with `page.evaluate`.
 */
export async function bindWait(page, names = '__benchDone') {
  let called;
  const calledPromise = new Promise((resolve) => (called = resolve));
  for (const name of [names].flat()) await page.exposeBinding(name, () => called());
  return (timeout = 30000) => {
    let timer;
    return Promise.race([
      calledPromise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the page did not call ${[names].flat().join(' or ')} within ${timeout} ms`)), timeout);
      }),
    ]).finally(() => clearTimeout(timer));
  };
}
