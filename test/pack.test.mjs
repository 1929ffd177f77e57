// The published package as a user gets it: `npm pack`, installed into a new project in the
// system's temp folder, then used the ways the README shows: through a bundler (esbuild) for
// every entry, with TypeScript, and from plain <script> tags (the one-file bundle and the
// loader served from node_modules, as from a CDN), in the system's headless Chromium.
//
// Run after `npm run build`: `npm run test:pack` (node's test runner). Needs no network when
// npm's cache has the dependencies' metadata; otherwise npm asks the registry, nothing else.
// KEEP_PACK_DIR=1 keeps the temp project for a look.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from '../scripts/find-chrome.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const TAGS = ['city-news-card', 'city-news-feed', 'cooperation-areas', 'partner-city-map', 'partnership-timeline'];
const NETWORK = {
  cities: [
    { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
    { id: 'mo', name: 'Moskva', lat: 55.75, lon: 37.62 },
  ],
};
const AREAS = { areas: [{ title: 'Culture', items: [{ title: 'Theatre weeks' }] }] };

let dir; // the temp folder: the tarball and app/
let app; // the user's project
let tarball;
let packed; // the tarball's file list
let server;
let origin;
let browser;

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const write = (file, text) => {
  mkdirSync(join(app, file, '..'), { recursive: true });
  writeFileSync(join(app, file), text);
};

/** Installs with npm's cache only, else (cache without the metadata) allowing the registry. */
function npmInstall(args) {
  const common = ['install', ...args, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  try {
    run('npm', [...common, '--offline'], app);
  } catch {
    run('npm', [...common, '--prefer-offline'], app);
  }
}

function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

/** Opens a page of the app; fails the test on any page error or console error. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`${origin}${path}`);
  return { page, problems };
}

/** The files of a build folder whose text matches `pattern`. */
const holding = (pattern, folder) => readdirSync(join(app, folder)).filter((f) => pattern.test(readFileSync(join(app, folder, f), 'utf8')));

const page = (title, scripts, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${scripts}</head><body>${body}</body></html>`;
const widgets = `<city-news-card data='{"title": "From the tarball", "tags": ["moskva"]}'></city-news-card>
  <cooperation-areas data='${JSON.stringify(AREAS)}'></cooperation-areas>
  <partner-city-map data='${JSON.stringify(NETWORK)}'></partner-city-map>`;

/** In the page: which tags are defined, and the card's title once rendered. */
const state = (p) =>
  p.evaluate(
    (tags) => ({
      defined: tags.filter((t) => customElements.get(t)),
      title: document.querySelector('city-news-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(),
    }),
    TAGS,
  );
const waitFor = (p, fn, arg) => p.waitForFunction(fn, arg, { timeout: 10000 });
const cardTitle = (p, text) =>
  waitFor(
    p,
    (t) => document.querySelector('city-news-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === t,
    text,
  );
const mapCities = (p) =>
  waitFor(p, () => document.querySelector('partner-city-map')?.shadowRoot?.querySelectorAll('[part~="city"]').length === 2);
const mapShapes = (p) =>
  waitFor(p, () => {
    // Country shapes drawn (rings: the countries are one path per fill class).
    const root = document.querySelector('partner-city-map')?.shadowRoot;
    return (
      !!root &&
      [...root.querySelectorAll('[part~="country"]')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0) > 20
    );
  });

/** A page of the `widgets` with the whole package: all three elements defined, the card's title and the map's shapes drawn, no problem. */
async function allThreeWork(path) {
  const { page: p, problems } = await open(path);
  await cardTitle(p, 'From the tarball');
  await mapShapes(p);
  assert.deepEqual((await state(p)).defined, TAGS);
  assert.deepEqual(problems, []);
  await p.close();
}

/** The files an `exports` value names (a string, or conditions and subpaths around strings). */
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));

describe('the packed tarball, installed into a new project', { timeout: 180000 }, () => {
  before(async () => {
    for (const file of [
      'dist/index.js',
      'dist/partner-city-widgets.js',
      'dist/loader.js',
      'dist/types/index.d.ts',
      'custom-elements.json',
      'web-types.json',
    ]) {
      assert.ok(existsSync(join(repo, file)), `${file} is missing: run \`npm run build\` first`);
    }
    const executablePath = findChrome();
    assert.ok(executablePath, CHROME_MISSING);

    dir = mkdtempSync(join(tmpdir(), 'pcw-pack-'));
    // `prepack` builds; the build has just run (see above), so it is skipped here.
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo));
    tarball = join(dir, info.filename);
    packed = info.files.map((f) => f.path);

    app = join(dir, 'app');
    mkdirSync(app);
    write('package.json', JSON.stringify({ name: 'pcw-pack-app', private: true, type: 'module' }, null, 2));
    const react = JSON.parse(readFileSync(join(repo, 'node_modules/react/package.json'), 'utf8')).version;
    // A React user in TypeScript has React's types; the package itself brings none of React.
    const reactTypes = JSON.parse(readFileSync(join(repo, 'node_modules/@types/react/package.json'), 'utf8')).version;
    npmInstall([tarball, `react@${react}`, `react-dom@${react}`, `@types/react@${reactTypes}`]);

    // What a user's code looks like, one file per way in.
    write('src/all.js', `import 'partner-city-widgets';`);
    write('src/one.js', `import 'partner-city-widgets/city-news-card.js';`);
    write(
      'src/classes.js',
      `import { CityNewsCard } from 'partner-city-widgets/classes';
customElements.define('my-news-card', class extends CityNewsCard {});`,
    );
    write(
      'src/react.js',
      `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CityNewsCard, CooperationAreas, PartnerCityMap } from 'partner-city-widgets/react';
window.__events = [];
createRoot(document.getElementById('root')).render(createElement('div', null,
  createElement(CityNewsCard, { data: { title: 'From React', tags: ['moskva'] }, tagHref: '#tag={tag}', onPcwTagSelect: (e) => { e.preventDefault(); window.__events.push(e.detail.tag); } }),
  createElement(CooperationAreas, { src: '/areas.json' }),
  createElement(PartnerCityMap, { data: ${JSON.stringify(NETWORK)} })));`,
    );
    write('areas.json', JSON.stringify(AREAS));
    // Each entry bundled on its own (as in an app that uses only it), so that what it pulls in
    // shows: with `sideEffects` right, a class or element unused is left out.
    for (const name of ['all', 'one', 'classes', 'react']) {
      const result = await build({
        absWorkingDir: app,
        entryPoints: [`src/${name}.js`],
        outdir: `out/${name}`,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      // e.g. "Ignoring this import because … was marked as having no side effects".
      assert.deepEqual(
        result.warnings.map((w) => w.text),
        [],
        `esbuild warned for src/${name}.js`,
      );
    }
    write('all.html', page('all', '<script type="module" src="/out/all/all.js"></script>', widgets));
    write('one.html', page('one', '<script type="module" src="/out/one/one.js"></script>', widgets));
    write(
      'classes.html',
      page(
        'classes',
        '<script type="module" src="/out/classes/classes.js"></script>',
        `<my-news-card data='{"title": "Mine"}'></my-news-card>${widgets}`,
      ),
    );
    write('react.html', page('react', '<script type="module" src="/out/react/react.js"></script>', '<div id="root"></div>'));
    // The standalone files straight from the package, as a CDN serves them (any path).
    const cdn = '/node_modules/partner-city-widgets/dist';
    write('cdn-bundle.html', page('cdn bundle', `<script type="module" src="${cdn}/partner-city-widgets.js"></script>`, widgets));
    write(
      'cdn-loader.html',
      page(
        'cdn loader',
        `<script type="module" src="${cdn}/loader.js"></script>`,
        `<city-news-card data='{"title": "Lazy"}'></city-news-card>`,
      ),
    );

    server = await serve(app);
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS.filter((a) => a !== '--headless') });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (dir && !process.env.KEEP_PACK_DIR) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`kept ${dir}`);
  });

  it('holds what users need and nothing else', () => {
    // dist/embed/: the embed builder (index.html, its script, styles and example data: JSON, SVG, the sample RSS feed).
    // dist/cli.mjs and bin/partner-city-widgets.mjs: the import command (#17).
    // dist/THIRD-PARTY-LICENSES.txt: the licences of the code the standalone files bundle.
    const allowed =
      /^(dist\/.+\.(js|d\.ts)|dist\/THIRD-PARTY-LICENSES\.txt|dist\/cli\.mjs|bin\/partner-city-widgets\.mjs|dist\/embed\/(index\.html|[\w.-]+\.css|data\/[\w.-]+\.(json|svg|xml))|schema\/[\w.-]+\.json|custom-elements\.json|vscode\.(html|css)-custom-data\.json|web-types\.json|package\.json|README\.md|LICENSE)$/;
    assert.deepEqual(
      packed.filter((f) => !allowed.test(f)),
      [],
    );
    const wanted = [...targets(pkg.exports), pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types']].map((f) =>
      f.replace(/^\.\//, ''),
    );
    assert.deepEqual(
      wanted.filter((f) => !packed.includes(f)),
      [],
      'exports, main, types, unpkg, jsdelivr, customElements or web-types name a file that is not in the tarball',
    );
    for (const f of [
      'README.md',
      'LICENSE',
      'dist/THIRD-PARTY-LICENSES.txt',
      'dist/loader.js',
      'dist/partner-city-widgets.js',
      'dist/partner-city-widgets.standalone.js',
      'dist/embed/index.html',
      'dist/embed/embed.js',
    ])
      assert.ok(packed.includes(f), f);
    assert.equal(packed.filter((f) => /\.test\.|test-support|\.stories\.|^src\//.test(f)).length, 0);
    // Only React users pay for React: @lit/react is bundled into the React entry, so nothing
    // brings @types/react and csstype to everyone through its peer.
    assert.deepEqual(
      Object.keys(pkg.dependencies).filter((d) => /react/.test(d)),
      [],
    );
    assert.doesNotMatch(readFileSync(join(repo, 'dist/react.js'), 'utf8'), /from\s*["']@lit\/react["']/);
  });

  it('npx partner-city-widgets import <the seed article> prints its announcement (the command from the tarball, no dependency of its own)', () => {
    const shared = join(repo, '../shared/seeds/000_401e0adc96fc2311.txt');
    const seed = existsSync(shared) ? shared : join(repo, 'test/import/fixtures/seed-sl.txt');
    const out = run('npx', ['--no-install', 'partner-city-widgets', 'import', seed, '--quiet'], app);
    const a = JSON.parse(out);
    assert.equal(a.lang, 'sl');
    assert.equal(a.published, '2019-09-11');
    assert.equal(a.title.sl, 'Nadaljujemo dobro sodelovanje z Moskvo');
    assert.equal(a.areas.length, 7);
    assert.equal(a.areas.flatMap((x) => x.items).length, 24);
    assert.deepEqual(a.tags, [{ sl: 'moskva' }]);
    // The command's own bundle carries linkedom: nothing is added to the user's dependencies.
    assert.deepEqual(
      Object.keys(pkg.dependencies).filter((d) => /linkedom|dom|htmlparser/i.test(d) && d !== 'dompurify'),
      [],
    );
  });

  it('builds before packing, and ships no JavaScript that no entry reaches (no stale chunks)', () => {
    // `npm pack` / `npm publish` from a clean clone must not ship an empty package.
    assert.match(pkg.scripts.prepack ?? '', /\bnpm run build\b/);
    const js = packed.filter((f) => /^dist\/[^/]+\.js$/.test(f));
    const reached = new Set();
    const visit = (file) => {
      if (reached.has(file) || !js.includes(file)) return;
      reached.add(file);
      const code = readFileSync(join(repo, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\/[^"'`]+)["'`]/g))
        visit(join('dist', m[1]).replace(/\\/g, '/'));
    };
    for (const entry of [...targets(pkg.exports), pkg.main]) visit(entry.replace(/^\.\//, ''));
    assert.deepEqual(
      js.filter((f) => !reached.has(f)),
      [],
      'files in dist/ that no entry imports (left over from an older build?)',
    );
  });

  it('describes the elements for tools: the manifest names files of the package, the editors know attributes, values and properties', () => {
    const read = (f) => JSON.parse(readFileSync(join(app, 'node_modules/partner-city-widgets', f), 'utf8'));
    const manifest = read('custom-elements.json');
    const installed = (f) => existsSync(join(app, 'node_modules/partner-city-widgets', f));
    assert.deepEqual(
      manifest.modules.map((m) => m.path).sort(),
      TAGS.map((t) => `dist/${t}.js`),
    );
    for (const mod of manifest.modules) {
      assert.ok(installed(mod.path), `${mod.path} is named by the manifest but not installed`);
      const refs = [
        ...mod.exports.map((e) => e.declaration),
        ...mod.declarations.flatMap((d) => [d.superclass, ...d.members.map((m) => m.inheritedFrom)]),
      ];
      for (const ref of refs.filter((r) => r?.module)) assert.ok(installed(ref.module), `a reference names ${ref.module}`);
      assert.ok(
        mod.exports.some((e) => e.kind === 'custom-element-definition'),
        `${mod.path} defines no element`,
      );
    }
    const html = read('vscode.html-custom-data.json');
    assert.deepEqual(html.tags.map((t) => t.name).sort(), TAGS);
    const card = html.tags.find((t) => t.name === 'city-news-card');
    const values = (tag, attr) => tag.attributes.find((a) => a.name === attr)?.values?.map((v) => v.name);
    assert.deepEqual(values(card, 'variant'), ['full', 'compact']);
    assert.deepEqual(values(card, 'theme'), ['light', 'dark', 'auto']);
    for (const attr of ['src', 'data', 'debug', 'heading-level', 'structured-data'])
      assert.ok(
        card.attributes.some((x) => x.name === attr),
        attr,
      );
    const css = read('vscode.css-custom-data.json');
    for (const prop of ['--pcw-color-accent', '--pcw-duration', '--pcw-map-water'])
      assert.ok(
        css.properties.some((p) => p.name === prop),
        prop,
      );
    const webTypes = read('web-types.json');
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((e) => e.name).sort(), TAGS);
    for (const e of elements) {
      assert.ok(installed(e.source.module), `web-types names ${e.source.module}`);
      assert.ok(e.attributes.length >= 8, `${e.name} has ${e.attributes.length} attributes in web-types`);
    }
  });

  it('has types for every entry (moduleResolution bundler and nodenext)', () => {
    write(
      'types/check.ts',
      `import { CityNewsCard, parseAnnouncement, type Announcement, type PcwEventMap } from 'partner-city-widgets';
import { CityNewsCard as CardClass, CooperationAreas, PartnerCityMap } from 'partner-city-widgets/classes';
import { CityNewsCard as CardReact, type CityNewsCardProps } from 'partner-city-widgets/react';
import { discover, load, TAGS, type LoadableTag } from 'partner-city-widgets/loader.js';
import { CityNewsCard as Card } from 'partner-city-widgets/city-news-card.js';
import { CooperationAreas as Areas } from 'partner-city-widgets/cooperation-areas.js';
import { PartnerCityMap as Map } from 'partner-city-widgets/partner-city-map.js';
import * as bundle from 'partner-city-widgets/partner-city-widgets.js';

const card: CityNewsCard = document.createElement('city-news-card');
card.headingLevel = 3;
// @ts-expect-error headingLevel is a number
card.headingLevel = 'three';
card.addEventListener('pcw-tag-select', (e) => e.detail.tag?.toUpperCase());
const areas: CooperationAreas & Areas = document.createElement('cooperation-areas');
const map: PartnerCityMap & Map = document.createElement('partner-city-map');
const props: CityNewsCardProps = { data: {}, headingLevel: 2, onPcwTagSelect: (e) => void e.detail.tag?.toUpperCase(), onPcwLoad: (e) => void e.detail.data.title };
const tag: LoadableTag = TAGS[0];
const parsed = parseAnnouncement({ title: 'x' });
const announcement: Announcement | undefined = parsed.ok ? parsed.value : undefined;
const detail: PcwEventMap['pcw-city-select'] | undefined = undefined;
export const used = [CardClass === Card, CardReact, props, tag, discover, load, announcement, detail, areas, map, bundle.CityNewsCard, card];
`,
    );
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    for (const resolution of [
      { module: 'esnext', moduleResolution: 'bundler' },
      { module: 'nodenext', moduleResolution: 'nodenext' },
    ]) {
      const config = {
        compilerOptions: {
          ...resolution,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['check.ts'],
      };
      write('types/tsconfig.json', JSON.stringify(config));
      try {
        run(process.execPath, [tsc, '-p', 'types/tsconfig.json'], app);
      } catch (e) {
        assert.fail(`tsc (${resolution.moduleResolution}): ${e.stdout}${e.stderr}`);
      }
    }
  });

  it('import "partner-city-widgets" (bundled) defines all three elements; a card renders from its data attribute', () =>
    allThreeWork('/all.html'));

  it('a per-element entry defines its element only and bundles nothing of the others', async () => {
    const { page: p, problems } = await open('/one.html');
    await cardTitle(p, 'From the tarball');
    assert.deepEqual((await state(p)).defined, ['city-news-card']);
    assert.deepEqual(problems, []);
    await p.close();
    assert.deepEqual(holding(/pcw-city-select|pcw-area-toggle/, 'out/one'), [], 'the bundle holds code of the map or the areas');
  });

  it('partner-city-widgets/classes defines no tag, and one class alone bundles without the others', async () => {
    const { page: p, problems } = await open('/classes.html');
    await waitFor(
      p,
      () => document.querySelector('my-news-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === 'Mine',
    );
    assert.deepEqual((await state(p)).defined, []);
    assert.deepEqual(problems, []);
    await p.close();
    assert.deepEqual(
      holding(/pcw-city-select|pcw-area-toggle/, 'out/classes'),
      [],
      'the bundle holds code of the map or the areas (sideEffects too broad?)',
    );
  });

  it('partner-city-widgets/react renders the components with React 19 and calls event props', async () => {
    const { page: p, problems } = await open('/react.html');
    await cardTitle(p, 'From React');
    await mapCities(p);
    await waitFor(p, () => document.querySelector('cooperation-areas')?.shadowRoot?.querySelectorAll('[part~="area"]').length === 1);
    await p.evaluate(() => document.querySelector('city-news-card').shadowRoot.querySelector('[part~="tag"]').click());
    assert.deepEqual(await p.evaluate(() => window.__events), ['moskva']);
    assert.deepEqual((await state(p)).defined, TAGS);
    assert.deepEqual(problems, []);
    await p.close();
  });

  it('dist/partner-city-widgets.js works from the package folder as from a CDN', () => allThreeWork('/cdn-bundle.html'));

  it('dist/loader.js works from the package folder as from a CDN: only what the page uses, and tags added later', async () => {
    const { page: p, problems } = await open('/cdn-loader.html');
    await cardTitle(p, 'Lazy');
    assert.deepEqual((await state(p)).defined, ['city-news-card']);
    await p.evaluate((data) => {
      const map = document.createElement('partner-city-map');
      map.setAttribute('data', data);
      document.body.append(map);
    }, JSON.stringify(NETWORK));
    await mapShapes(p);
    assert.deepEqual((await state(p)).defined, ['city-news-card', 'partner-city-map']);
    const files = await p.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    assert.deepEqual(
      files.filter((f) => /cooperation-areas/.test(f)),
      [],
    );
    assert.deepEqual(problems, []);
    await p.close();
  });
});
