// Helpers for the node:test suites that open pages in the system's headless Chromium
// (test/*.test.mjs; the browser tests of web-test-runner have src/test-support/).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../bench/server.mjs';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from '../scripts/find-chrome.mjs';

/**
 * For a suite over the pages of one folder: before its tests, `root` served by bench/server.mjs
 * and the system's Chromium launched headless (CHROME_ARGS, then `extraArgs`); after them, both
 * closed. Call it at the top of the file; the object it returns gets `server` (`origin`) and
 * `browser` once the `before` hook has run. Fails with how to install Chromium when there is none.
 */
export function serveAndLaunchChrome(root, extraArgs = []) {
  const suite = { server: undefined, browser: undefined };
  before(async () => {
    const executablePath = findChrome();
    assert.ok(executablePath, CHROME_MISSING);
    suite.server = await serve({ '/': root });
    suite.browser = await chromium.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...extraArgs] });
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
