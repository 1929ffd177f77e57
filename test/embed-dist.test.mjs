// The built embed builder (dist/embed/, from `npm run build`), used as a CMS editor would: opened
// from disk (file://) and from a plain static server, in the system's headless Chromium. It
// starts without errors, inserts an example, checks it, previews every widget (the map with its
// country shapes, inlined) and writes the snippet; it says a path on the editor's site cannot be
// checked from here instead of calling it an error. Run: `npm run test:embed` (node's test runner).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveAndLaunchChrome } from './node-helpers.mjs';

const root = fileURLToPath(new URL('../dist/embed/', import.meta.url));
assert.ok(existsSync(`${root}index.html`), 'dist/embed/ is missing: run `npm run build` first');

const chrome = serveAndLaunchChrome(root, ['--disable-features=InitialWebUI,WebUIToolbar']);

async function open(url) {
  const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('city-news-card') && document.querySelector('#template-code')?.textContent);
  return { page, problems };
}

const snippet = (page) => page.textContent('#snippet-code');
const previewState = (page, tag) =>
  page.waitForFunction((t) => document.querySelector(`#preview ${t}`)?.state === 'ready', tag, { timeout: 15000 });

for (const [where, url] of [
  ['from disk (file://)', () => pathToFileURL(`${root}index.html`).href],
  ['from a static server', () => `${chrome.server.origin}/index.html`],
]) {
  describe(`built embed builder, ${where}`, { timeout: 120000 }, () => {
    it('inserts the example announcement, checks it, previews the card and writes a json snippet with fallback content', async () => {
      const { page, problems } = await open(url());
      try {
        await page.click('[data-example-json="seed"]');
        await page.waitForFunction(() => document.querySelector('#validation')?.textContent?.includes('✓ valid'));
        await previewState(page, 'city-news-card');
        const text = await snippet(page);
        assert.match(text, /^<city-news-card\n {2}json='\{"id":"2019-09-11-ljubljana-moskva"/);
        assert.match(text, /<h2><a href="https:\/\/www\.ljubljana\.si\/[^"]*">Nadaljujemo dobro sodelovanje z Moskvo<\/a><\/h2>/);
        assert.doesNotMatch(text, /<script/);
        // The example's image is the file beside the builder, and the preview shows it.
        await page.waitForFunction(() => {
          const img = document.querySelector('#preview city-news-card').shadowRoot.querySelector('[part~="image"]');
          return img?.complete && img.naturalWidth > 0;
        });
        assert.match(
          await page.textContent('#template-code'),
          /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/partner-city-widgets@\d+\.\d+\.\d+[^/]*\/dist\/partner-city-widgets\.js"><\/script>$/,
        );
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    it('previews the map with its country shapes (inside the builder) and the areas', async () => {
      const { page, problems } = await open(url());
      try {
        await page.click('#widget-map');
        await page.click('[data-example-json="network"]');
        await previewState(page, 'partner-city-map');
        await page.waitForFunction(
          // Country shapes drawn (rings: the countries are one path per fill class).
          () =>
            [...document.querySelector('#preview partner-city-map').shadowRoot.querySelectorAll('[part~="country"]')].reduce(
              (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
              0,
            ) > 20,
        );
        assert.match(await snippet(page), /<li><a href="https:\/\/www\.zagreb\.hr\/">Zagreb<\/a>/);
        await page.click('#widget-areas');
        await page.click('[data-example-json="seed"]');
        await previewState(page, 'cooperation-areas');
        assert.equal(
          await page.evaluate(
            () => document.querySelector('#preview cooperation-areas').shadowRoot.querySelectorAll('[part~="area"]').length,
          ),
          7,
        );
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    it('Paste the article (#17): the seed article imported, a field translated, the JSON in the snippet and as a file', async () => {
      const { page, problems } = await open(url());
      try {
        await page.fill('#article-text', readFileSync(new URL('./import/fixtures/seed-sl.txt', import.meta.url), 'utf8'));
        await page.selectOption('#article-lang', 'sl');
        await page.click('#article-import');
        assert.equal(
          await page.inputValue('#import-fields [data-path="title"] [data-lang="sl"]'),
          'Nadaljujemo dobro sodelovanje z Moskvo',
        );
        assert.match(await page.textContent('#import-report'), /To check \(0\)[\s\S]*Not mapped \(0\)/);
        await page.fill('#import-fields [data-path="title"] [data-lang="en"]', 'We are continuing good cooperation with Moscow');
        const file = await page.evaluate(async () => (await fetch(document.querySelector('#import-download').href)).json());
        assert.deepEqual(file.title, {
          sl: 'Nadaljujemo dobro sodelovanje z Moskvo',
          en: 'We are continuing good cooperation with Moscow',
        });
        assert.equal(file.areas.flatMap((a) => a.items).length, 24);
        await page.click('#import-use');
        await page.waitForFunction(() => document.querySelector('#validation')?.textContent?.includes('✓ valid'));
        await previewState(page, 'city-news-card');
        assert.match(
          await snippet(page),
          /^<city-news-card\n {2}json='\{"lang":"sl","title":\{"sl":"Nadaljujemo dobro sodelovanje z Moskvo","en":"We are continuing good cooperation with Moscow"\}/,
        );
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });

    it('says a path on the editor’s site cannot be checked from here, and still writes the snippet', async () => {
      const { page, problems } = await open(url());
      try {
        await page.fill('#data-url', '/media/news/ljubljana-moskva-2019.json');
        await page.waitForFunction(() => document.querySelector('#validation')?.textContent?.includes('Cannot be checked from here'));
        assert.equal(await page.$('#validation [role="alert"]'), null);
        assert.equal(await snippet(page), '<city-news-card src="/media/news/ljubljana-moskva-2019.json"></city-news-card>');
        // Pasting the file's JSON checks it and adds the fallback content.
        await page.fill('#data-json', JSON.stringify({ title: 'Pasted', lead: 'Lead' }));
        await page.waitForFunction(() => document.querySelector('#snippet-code')?.textContent?.includes('<h2>Pasted</h2>'));
        assert.match(await page.textContent('#validation'), /✓ valid/);
        // The preview loads the path against the builder's own location, which has no such file.
        assert.deepEqual(
          problems.filter((p) => !p.includes('/media/news/') && !p.includes('could not be loaded') && !/404|ERR_FILE_NOT_FOUND/.test(p)),
          [],
        );
      } finally {
        await page.close();
      }
    });
  });
}
