// The README's gallery: builds the demo (Vite, into a temp dir, as the benchmark does), serves
// it from 127.0.0.1 (bench/server.mjs) and, in the system's Chromium (scripts/find-chrome.mjs,
// driven by playwright-core), writes a PNG of each widget of the demo's main section — the card,
// the areas (one area open), the map, the feed and the timeline — light and dark, at 320 and 1280 CSS px wide, clipped to
// the widget, into docs/screenshots/<widget>-<theme>-<width>.png. In English (`?lang=en`).
//   npm run screenshots [-- --text 200] [-- --out DIR]
// `--text 200` doubles the root font size (200 % text, WCAG 1.4.4), for looking, not for the
// README; `--out` writes elsewhere.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serve } from '../bench/server.mjs';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from './find-chrome.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { out: { type: 'string', default: join(ROOT, 'docs/screenshots') }, text: { type: 'string', default: '100' } },
});

const WIDGETS = [
  { name: 'city-news-card', selector: '#main-card' },
  { name: 'cooperation-areas', selector: '#areas' },
  { name: 'partner-city-map', selector: '#map' },
  { name: 'city-news-feed', selector: '#feed' },
  { name: 'partnership-timeline', selector: '#timeline' },
];
const THEMES = ['light', 'dark'];
const WIDTHS = [320, 1280];

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

const demoDir = mkdtempSync(join(tmpdir(), 'pcw-screenshots-'));
await build({ root: join(ROOT, 'demo'), configFile: false, logLevel: 'error', build: { outDir: demoDir, emptyOutDir: true } });
const server = await serve({ '/data/': join(ROOT, 'demo/data'), '/': demoDir });
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS.filter((a) => a !== '--headless') });
mkdirSync(args.out, { recursive: true });

try {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      page.on('pageerror', (e) => console.error(`page error (${theme}, ${width}): ${e.message}`));
      await page.goto(`${server.origin}/?lang=en&theme=${theme}`);
      if (args.text !== '100') await page.evaluate((p) => (document.documentElement.style.fontSize = `${p}%`), args.text);
      for (const { name, selector } of WIDGETS) {
        const widget = page.locator(selector);
        await widget.scrollIntoViewIfNeeded();
        // Ready, rendered, images decoded; the areas with their first area open.
        await page.waitForFunction((s) => document.querySelector(s)?.state === 'ready', selector, { timeout: 30000 });
        await page.evaluate(async (s) => {
          const el = document.querySelector(s);
          await el.updateComplete;
          if (el.localName === 'cooperation-areas') {
            el.shadowRoot.querySelector('[part~="area-toggle"]')?.click();
            await el.updateComplete;
          }
          await Promise.all(
            [...el.shadowRoot.querySelectorAll('img')].map((img) => ((img.loading = 'eager'), img.decode().catch(() => {}))),
          );
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }, selector);
        if (name === 'partner-city-map')
          await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('[part~="city"]'), selector);
        const file = join(args.out, `${name}-${theme}-${width}.png`);
        await widget.screenshot({ path: file, animations: 'disabled' });
        console.log(file.replace(ROOT, ''));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(demoDir, { recursive: true, force: true });
}
