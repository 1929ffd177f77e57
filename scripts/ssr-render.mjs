// Server-renders every element with @lit-labs/ssr (declarative shadow DOM) from its `data`
// attribute, and one card from `src` with light-DOM fallback content (the server can only
// render its loading view), into the static pages the SSR test opens (test/fixtures/ssr/,
// git-ignored):
//   nojs.html     the server markup only, no scripts (what a reader without JavaScript gets)
//   hydrate.html  the same markup, then Lit's hydration support and the element definitions
//
// The elements are compiled from src/ with esbuild for Node (Lit and the other dependencies
// stay imports, so they resolve with Node's `node` export condition, where `isServer` is true,
// and share one Lit with @lit-labs/ssr) into node_modules/.cache/, then imported here.
// Usage: node scripts/ssr-render.mjs
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const outDir = new URL('test/fixtures/ssr/', root);
const buildDir = new URL('node_modules/.cache/partner-city-widgets-ssr/', root);

// 1. Compile the elements for Node. Inside node_modules/ so that their bare imports resolve.
await rm(buildDir, { recursive: true, force: true });
await build({
  entryPoints: [path('src/index.ts'), path('src/react.ts')],
  outdir: fileURLToPath(buildDir),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true, // lazy parts (map shapes, sanitiser) stay lazy: never loaded on the server
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: path('tsconfig.json'),
  logLevel: 'warning',
  // The templates as the browser builds and the test runner have them (hydration compares them).
  plugins: [minifyTemplatesEsbuild()],
});

// 2. Render. @lit-labs/ssr first: it patches LitElement for rendering before any element loads.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import(pathToFileURL(fileURLToPath(new URL('index.mjs', buildDir))).href);

const seed = JSON.parse(await readFile(path('demo/data/ljubljana-moskva-2019.json'), 'utf8'));
// The areas take the JSON through `json` (the CMS-safe name), the others through `data`.
// The image is relative to the demo data; the fixture pages live elsewhere.
seed.image.src = '/demo/data/ljubljana-moskva.svg';
const data = JSON.stringify(seed);

// The second timeline is rendered as on 1 February 2020 (the Days of May 2020 upcoming), then its
// `now` is taken out of the page: a page rendered long ago, which the browser hydrates today.
const STALE = 'id="stale-timeline" lang="en" now="2020-02-01"';
const body = (
  await collectResult(
    render(html`
    <main>
      <section id="card">
        <city-news-card lang="sl" data=${data}></city-news-card>
      </section>
      <section id="areas">
        <cooperation-areas layout="list" lang="en" json=${data}></cooperation-areas>
      </section>
      <section id="map">
        <partner-city-map lang="ru" data=${data}></partner-city-map>
      </section>
      <section id="feed">
        <city-news-feed lang="en" data=${`[${data}]`}></city-news-feed>
      </section>
      <section id="timeline">
        <partnership-timeline lang="sl" data=${data}></partnership-timeline>
        <partnership-timeline id="stale-timeline" lang="en" now="2020-02-01" data=${data}></partnership-timeline>
      </section>
      <section id="fallback">
        <city-news-card id="from-src" lang="sl" src="/test-api/announcement?delay=300">
          <p>Plain article text for readers without JavaScript</p>
        </city-news-card>
      </section>
    </main>
  `),
  )
).replace(STALE, 'id="stale-timeline" lang="en"');
if (!body.includes('id="stale-timeline" lang="en" data=')) throw new Error('ssr-render: the stale timeline kept its now');

// Every element must have rendered its ready state (not the skeleton, the error or the slot).
for (const [tag, ready] of [
  ['city-news-card', 'part="title"'],
  ['cooperation-areas', 'part="area-list"'],
  ['partner-city-map', 'part="svg"'],
  ['city-news-feed', 'part="list"'],
  ['partnership-timeline', 'part="years"'],
]) {
  const markup = body.slice(body.indexOf(`<${tag}`), body.indexOf(`</${tag}>`));
  if (!markup.includes(ready) || /role="alert"|aria-busy/.test(markup)) {
    throw new Error(`ssr-render: <${tag}> did not render its data on the server:\n${markup.slice(0, 2000)}`);
  }
}

const page = (title, { head = '', scripts = '' } = {}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>${head}
    <style>
      body { font-family: system-ui, sans-serif; margin: 1rem; }
      section { max-width: 48rem; margin-block: 1.5rem; }
    </style>
  </head>
  <body>
    <!-- Generated by scripts/ssr-render.mjs: do not edit. -->${body}${scripts}
  </body>
</html>
`;

// For the test: every error of the page (thrown, rejected, console.error) in window.__ssrErrors
// and every console.warn in window.__ssrWarnings, from before any module runs.
const recorder = `
    <script>
      window.__ssrErrors = [];
      window.__ssrWarnings = [];
      addEventListener('error', (e) => __ssrErrors.push('error: ' + (e.error?.stack || e.message)));
      addEventListener('unhandledrejection', (e) => __ssrErrors.push('unhandled rejection: ' + (e.reason?.stack || e.reason)));
      {
        const { error, warn } = console;
        console.error = (...args) => (__ssrErrors.push('console.error: ' + args.join(' ')), error.apply(console, args));
        console.warn = (...args) => (__ssrWarnings.push(args.join(' ')), warn.apply(console, args));
      }
    </script>`;
// Hydration support must load before Lit defines the elements: the entry imports it first.
const hydrate = `
    <script type="module" src="/test/fixtures/ssr/hydrate-entry.ts"></script>`;

await mkdir(outDir, { recursive: true });
await writeFile(new URL('nojs.html', outDir), page('partner-city-widgets: server-rendered, no JavaScript'));
await writeFile(
  new URL('hydrate.html', outDir),
  page('partner-city-widgets: server-rendered, hydrated', { head: recorder, scripts: hydrate }),
);
console.log(
  `ssr-render: wrote ${fileURLToPath(new URL('nojs.html', outDir))} and hydrate.html (${Math.round(body.length / 1024)} KB of markup)`,
);

// 3. React's server render of the React wrappers (renderToString, no @lit-labs/ssr-react): the
// HTML must carry what the props said — attributes, and the data as the `json` attribute — so
// that the elements render from it in the browser (test/react.test.ts loads react.html).
const React = await import('react');
const { renderToString } = await import('react-dom/server');
const wrappers = await import(pathToFileURL(fileURLToPath(new URL('react.mjs', buildDir))).href);
const reactBody = renderToString(
  React.createElement(
    'main',
    null,
    React.createElement(wrappers.CityNewsCard, {
      id: 'react-card',
      lang: 'en',
      headingLevel: 3,
      variant: 'compact',
      src: '/test-api/announcement?title=From%20src',
    }),
    React.createElement(wrappers.CooperationAreas, { id: 'react-areas', lang: 'sl', layout: 'list', searchable: true, data: seed }),
    React.createElement(wrappers.PartnerCityMap, { id: 'react-map', lang: 'ru', data: JSON.stringify({ cities: seed.cities }) }),
  ),
);
for (const needed of [
  'src="/test-api/announcement?title=From%20src"',
  'heading-level="3"',
  'variant="compact"',
  'layout="list"',
  'searchable=""',
  'json="{',
  'data="{',
]) {
  if (!reactBody.includes(needed)) throw new Error(`ssr-render: React's server render lost ${needed}:\n${reactBody.slice(0, 1500)}`);
}
await writeFile(
  new URL('react.html', outDir),
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>partner-city-widgets: React server render</title></head>
  <body>
    <!-- Generated by scripts/ssr-render.mjs: do not edit. -->
    ${reactBody}
    <script type="module" src="/src/index.ts"></script>
  </body>
</html>
`,
);
console.log(`ssr-render: wrote ${fileURLToPath(new URL('react.html', outDir))} (React's renderToString of the wrappers)`);
