// Every story and docs page of the built Storybook (storybook-static/, from `npm run
// build-storybook`), opened in the system's headless Chromium: each story's widget reaches the
// state the story is about, without a page or console error and without an axe-core
// violation (this is the gate for the a11y addon's `test: 'error'`); each docs page renders
// its element's reference. Run: `npm run test:storybook` (node's test runner).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveAndLaunchChrome } from './node-helpers.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axeSource = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = 'city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline';

assert.ok(existsSync(`${root}index.json`), 'storybook-static/ is missing: run `npm run build-storybook` first');
const entries = Object.values(JSON.parse(readFileSync(`${root}index.json`, 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs' && e.id.startsWith('components-'));

/** The state a story is about, from its name. */
const expectedState = (story) =>
  /error/i.test(story.name) ? 'error' : /empty/i.test(story.name) ? 'empty' : /loading/i.test(story.name) ? 'loading' : 'ready';

const chrome = serveAndLaunchChrome(root);

async function open(id, viewMode) {
  const page = await chrome.browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on(
    'console',
    (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(`console error: ${m.text()}`),
  );
  // Failed requests by URL (the console line for them names no URL).
  // (The browser's own favicon request is not the page's.)
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`),
  );
  await page.goto(`${chrome.server.origin}/iframe.html?id=${id}&viewMode=${viewMode}`);
  return { page, problems };
}

describe('Storybook (storybook-static)', { timeout: 600000 }, () => {
  it('has stories and docs for every element', () => {
    for (const tag of ['city-news-card', 'cooperation-areas', 'partner-city-map', 'city-news-feed', 'partnership-timeline']) {
      assert.ok(
        stories.some((s) => s.id.startsWith(`components-${tag}--`)),
        `no story of <${tag}>`,
      );
      assert.ok(
        docs.some((d) => d.id === `components-${tag}--docs`),
        `no docs page of <${tag}>`,
      );
    }
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}: ${expectedState(story)}, no error, no axe violation`, async () => {
      const { page, problems } = await open(story.id, 'story');
      try {
        const state = expectedState(story);
        await page.waitForFunction(
          ([tags, wanted]) => {
            const el = document.querySelector('#storybook-root')?.querySelector(tags);
            return el?.state === wanted && el.shadowRoot?.childElementCount > 0;
          },
          [TAGS, state],
          { timeout: 15000 },
        );
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
        // The a11y addon runs axe in the story too: wait for its run to end, then run ours.
        const violations = await page.evaluate(async () => {
          for (let i = 0; ; i++) {
            try {
              const result = await window.axe.run(document.querySelector('#storybook-root'));
              return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), ${v.help}`);
            } catch (e) {
              if (i > 50 || !String(e).includes('already running')) throw e;
              await new Promise((r) => setTimeout(r, 200));
            }
          }
        });
        assert.deepEqual(violations, []);
        // The error stories ask for a missing file on purpose; anything else is a problem.
        assert.deepEqual(
          problems.filter((p) => !(state === 'error' && /^HTTP 404: .*missing/.test(p))),
          [],
        );
      } finally {
        await page.close();
      }
    });
  }

  for (const doc of docs) {
    it(`${doc.title} docs: the element's reference, no error`, async () => {
      const { page, problems } = await open(doc.id, 'docs');
      try {
        // The props table comes from custom-elements.json: an attribute every element has.
        await page.waitForFunction(() => document.querySelector('.docblock-argstable')?.textContent?.includes('theme'), null, {
          timeout: 15000,
        });
        assert.deepEqual(
          problems.filter((p) => !/^HTTP 404: .*missing/.test(p)),
          [],
        );
      } finally {
        await page.close();
      }
    });
  }
});
