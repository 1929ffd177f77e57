// The one-file build as an editor who can upload only one file uses it:
// dist/partner-city-widgets.standalone.js copied ALONE into a new folder with a page, served by
// a plain static server, opened in the system's headless Chromium. The map must draw its
// country shapes and the card its rich body (DOMPurify) with no other request. Against it, the
// normal dist/partner-city-widgets.js copied alone (its lazy chunks left behind): the map must
// say visibly that the shapes could not be loaded.
//
// Run after `npm run build`: `npm run test:standalone` (node's test runner). KEEP_STANDALONE_DIR=1
// keeps the temp folders for a look.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from '../scripts/find-chrome.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const STANDALONE = join(repo, 'dist/partner-city-widgets.standalone.js');
const BUNDLE = join(repo, 'dist/partner-city-widgets.js');
const NOTICE = 'The country shapes could not be loaded; the cities are shown without them.';

const seed = JSON.parse(readFileSync(join(repo, 'demo/data/ljubljana-moskva-2019.json'), 'utf8'));
const NETWORK = { cities: seed.cities };
// Rich text, so that the card must load DOMPurify; a script, which it must drop. No image: the
// folder holds the script and the page only.
const ARTICLE = {
  title: 'One file',
  published: '2019-09-11',
  lead: 'Served alone.',
  bodyHtml: '<p>Rich <strong>body</strong> with <a href="https://www.ljubljana.si/">a link</a>.</p><script>window.pwned = true</script>',
};

// The feed reads an inline RSS document and shows its item as a nested card; the timeline reads
// the seed (three entries). Both must work from the one file too.
const RSS = `<rss version="2.0"><channel><title>News</title><link>https://www.ljubljana.si/</link><item><title>From the feed</title><link>https://www.ljubljana.si/sl/aktualno/</link><pubDate>Wed, 11 Sep 2019 10:00:00 GMT</pubDate><description>One item.</description></item></channel></rss>`;

const attr = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const page = (script) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>One file</title>
<link rel="icon" href="data:,">
<script type="module" src="./${script}"></script>
</head>
<body>
<partner-city-map data="${attr(NETWORK)}"></partner-city-map>
<city-news-card structured-data data="${attr(ARTICLE)}"></city-news-card>
<city-news-feed><script type="application/rss+xml">${RSS}</script></city-news-feed>
<partnership-timeline data="${attr(seed)}"></partnership-timeline>
</body>
</html>
`;

/** A folder with the page and ONE script file, nothing else. */
function folder(script) {
  const dir = mkdtempSync(join(tmpdir(), 'pcw-standalone-'));
  copyFileSync(script, join(dir, basename(script)));
  writeFileSync(join(dir, 'index.html'), page(basename(script)));
  return dir;
}

/** A tiny static server on a free loopback port: the folder's files, 404 for anything else. */
function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

let browser;
const dirs = [];
const servers = [];

/** Serves `script` alone with the page and opens it; records every request and problem. */
async function open(script) {
  const dir = folder(script);
  dirs.push(dir);
  const server = await serve(dir);
  servers.push(server);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const p = await browser.newPage();
  const requests = [];
  const failed = [];
  const errors = [];
  const warnings = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('requestfailed', (r) => failed.push(`request failed: ${new URL(r.url()).pathname}`));
  p.on('response', (r) => r.status() >= 400 && failed.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`));
  p.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await p.goto(`${origin}/`);
  return { page: p, requests, failed, errors, warnings };
}

/** What a reader of the page gets from the map and the card (their shadow roots). */
const look = (p) =>
  p.evaluate(() => {
    const map = document.querySelector('partner-city-map');
    const card = document.querySelector('city-news-card');
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      mapState: map.state,
      // Country shapes drawn (rings: the countries are one path per fill class).
      countries: map.shadowRoot
        ? [...map.shadowRoot.querySelectorAll('[part~="country"]')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0)
        : 0,
      cities: map.shadowRoot?.querySelectorAll('[part~="city"]').length ?? 0,
      notice: text(map.shadowRoot?.querySelector('[part~="notice"]')) || null,
      credit: text(map.shadowRoot?.querySelector('[part~="attribution"]')) || null,
      cardState: card.state,
      rich: text(card.shadowRoot?.querySelector('[part~="body"] strong')) || null,
      scripts: card.shadowRoot?.querySelectorAll('[part~="body"] script').length ?? 0,
      structuredData: !!card.querySelector('script[data-pcw-structured-data]'),
      pwned: 'pwned' in window,
      feedState: document.querySelector('city-news-feed').state,
      feedTitles: [...(document.querySelector('city-news-feed').shadowRoot?.querySelectorAll('city-news-card') ?? [])].map((c) =>
        text(c.shadowRoot?.querySelector('[part~="title"]')),
      ),
      timelineState: document.querySelector('partnership-timeline').state,
      timelineEntries: document.querySelector('partnership-timeline').shadowRoot?.querySelectorAll('[part~="entry"]').length ?? 0,
    };
  });

describe('dist/partner-city-widgets.standalone.js, served alone', { timeout: 120000 }, () => {
  before(async () => {
    for (const f of [STANDALONE, BUNDLE]) assert.ok(existsSync(f), `${f} is missing: run \`npm run build\` first`);
    const executablePath = findChrome();
    assert.ok(executablePath, CHROME_MISSING);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROME_ARGS.filter((a) => a !== '--headless'), '--disable-features=InitialWebUI,WebUIToolbar'],
    });
  });

  after(async () => {
    await browser?.close();
    for (const s of servers) s.close();
    for (const d of dirs) {
      if (process.env.KEEP_STANDALONE_DIR) console.log(`kept ${d}`);
      else rmSync(d, { recursive: true, force: true });
    }
  });

  it('is one file that imports nothing', () => {
    const code = readFileSync(STANDALONE, 'utf8');
    const imports = [...code.matchAll(/\bimport\s*\(|\b(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`][^"'`]+["'`]/g)].map((m) => m[0]);
    assert.deepEqual(imports, []);
  });

  it('has the licences of the third-party code it contains beside it (dist/THIRD-PARTY-LICENSES.txt)', () => {
    const notices = readFileSync(join(repo, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
    // Code of each of these is in the one file; each must be named with its licence text.
    for (const [name, licence] of [
      ['lit-html', /Copyright \(c\) 2017 Google LLC/],
      ['@lit/reactive-element', /BSD 3-Clause/],
      ['dompurify', /Apache License/],
      ['d3-geo', /Permission to use, copy, modify/],
      ['topojson-client', /Permission to use, copy, modify/],
      ['world-atlas', /Permission to use, copy, modify/],
    ]) {
      // One entry per package: its name line, a rule of dashes, its licence file.
      const text = notices.split(/\n(?=\S+ \S+ \(.*\)\n-{72}\n)/).find((e) => e.startsWith(`${name} `));
      assert.ok(text, `${name} is not named`);
      assert.match(text, licence, `${name}: its licence text is missing`);
    }
  });

  it("carries no bundler annotations (a script tag's file is not bundled again: #15 bytes)", () => {
    for (const file of [STANDALONE, BUNDLE, join(repo, 'dist/loader.js')])
      assert.equal(readFileSync(file, 'utf8').match(/@__PURE__|@__NO_SIDE_EFFECTS__/g), null, file);
  });

  it('draws the map with its country shapes, the card with its rich body, the feed and the timeline, with no other request, no failure and no console error', async () => {
    const { page: p, requests, failed, errors, warnings } = await open(STANDALONE);
    try {
      await p.waitForFunction(
        () => {
          const map = document.querySelector('partner-city-map');
          const card = document.querySelector('city-news-card');
          return (
            map?.state === 'ready' &&
            [...map.shadowRoot.querySelectorAll('[part~="country"]')].reduce(
              (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
              0,
            ) > 20 &&
            card?.state === 'ready' &&
            card.shadowRoot.querySelector('[part~="body"] strong') &&
            card.querySelector('script[data-pcw-structured-data]') &&
            [...(document.querySelector('city-news-feed')?.shadowRoot?.querySelectorAll('city-news-card') ?? [])].some(
              (c) => c.state === 'ready' && c.shadowRoot.querySelector('[part~="title"]'),
            ) &&
            document.querySelector('partnership-timeline')?.state === 'ready'
          );
        },
        null,
        { timeout: 30000 },
      );
      const seen = await look(p);
      assert.equal(seen.cities, NETWORK.cities.length);
      assert.equal(seen.notice, null, 'a notice although the shapes are there');
      assert.equal(seen.credit, 'Natural Earth');
      assert.equal(seen.rich, 'body');
      assert.equal(seen.scripts, 0, 'the body kept a script');
      assert.equal(seen.pwned, false);
      assert.equal(seen.feedState, 'ready');
      assert.deepEqual(seen.feedTitles, ['From the feed']);
      assert.equal(seen.timelineState, 'ready');
      assert.equal(seen.timelineEntries, 3);
      // The page and the one file: nothing else was asked for.
      assert.deepEqual([...new Set(requests)].sort(), ['/', '/partner-city-widgets.standalone.js']);
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
    } finally {
      await p.close();
    }
  });

  it('for contrast, dist/partner-city-widgets.js copied alone: the map says visibly that the shapes could not be loaded', async () => {
    const { page: p, failed, errors } = await open(BUNDLE);
    try {
      await p.waitForFunction(() => document.querySelector('partner-city-map')?.shadowRoot?.querySelector('[part~="notice"]'), null, {
        timeout: 30000,
      });
      const seen = await look(p);
      assert.equal(seen.mapState, 'ready');
      assert.equal(seen.notice, NOTICE);
      assert.equal(seen.countries, 0);
      assert.equal(seen.credit, null, 'a credit for shapes that are not drawn');
      assert.equal(seen.cities, NETWORK.cities.length);
      // What is missing is exactly the lazy chunks left behind (the browser logs each 404 as a
      // console error); nothing else went wrong.
      assert.ok(
        failed.some((f) => /\/partner-city-widgets-shapes-[\w-]+\.js$/.test(f)),
        `the shapes chunk was not asked for: ${failed.join(', ')}`,
      );
      const lazy = /^(HTTP 404|request failed): \/partner-city-widgets-(shapes|sanitize|structured-data)-[\w-]+\.js$/;
      assert.deepEqual(
        failed.filter((f) => !lazy.test(f)),
        [],
      );
      assert.deepEqual(
        errors.filter((e) => !/^console error: Failed to load resource: .* 404/.test(e)),
        [],
      );
    } finally {
      await p.close();
    }
  });
});
