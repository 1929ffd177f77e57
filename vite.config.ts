import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
// @ts-expect-error -- a plain .mjs module of ours, without types
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
// @ts-expect-error -- a plain .mjs module of ours, without types
import { fetchDepsAtOnce } from './scripts/fetch-deps-at-once.mjs';
// @ts-expect-error -- a plain .mjs module of ours, without types
import { thirdPartyLicenses } from './scripts/third-party-licenses.mjs';
// @ts-expect-error -- a plain .mjs module of ours, without types
import { loaderChunks } from './scripts/loader-chunks.mjs';

const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
// Dependencies stay imports in the npm build, except JSON data (the map shapes), which is
// bundled into its lazy chunk so that it loads in any environment, bundler or not.
const external = (id: string) => !id.endsWith('.json') && deps.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * Fails the build when a standalone file (for a plain `<script type="module">`, from any CDN
 * path) imports anything but a file of the same build beside it: a bare specifier (`lit`), an
 * absolute URL or path would not resolve there. With `single`, the build must be one file that
 * imports nothing at all (not even a file beside it).
 */
function standalone({ single = false } = {}): Plugin {
  return {
    name: 'pcw-standalone',
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (single && chunks.length !== 1)
        problems.push(`${chunks.length} files instead of one: ${chunks.map((c) => c.fileName).join(', ')}`);
      for (const chunk of chunks) {
        // (An inlined dynamic import is listed as one of the file itself.)
        for (const spec of [...chunk.imports, ...chunk.dynamicImports]) {
          if (single ? spec !== chunk.fileName : !(spec in bundle)) problems.push(`${chunk.fileName} imports "${spec}"`);
        }
        // What the minifier printed: every static and dynamic import names a relative file.
        for (const m of chunk.code.matchAll(
          /\b(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
        )) {
          const spec = m[1] ?? m[2];
          if (single || (!spec.startsWith('./') && !spec.startsWith('../'))) problems.push(`${chunk.fileName} has the import "${spec}"`);
        }
      }
      if (problems.length)
        this.error(`standalone output must import ${single ? 'nothing' : 'only files beside it'}:\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * Lazy parts that are the same in both standalone builds (they import nothing): named alike, so
 * that the bundle and the loader share one file (same content, same hash) and one cache entry.
 */
const SHARED_LAZY = new Set(['shapes', 'sanitize', 'structured-data', 'data-files']);

/**
 * A built-in UI language (src/i18n/languages/de.ts): a lazy chunk that imports nothing, shared
 * like SHARED_LAZY, named `lang-de` (`partner-city-widgets-lang-de-[hash].js` beside the
 * standalone builds, `lang-de-[hash].js` in the npm build).
 */
const language = (chunk: { facadeModuleId: string | null }) =>
  /[\\/]src[\\/]i18n[\\/]languages[\\/][\w-]+\.ts$/.test(chunk.facadeModuleId ?? '');

/** A one-entry standalone ES build: minified, Lit inside, lazy parts beside it as `<name>-[name]-[hash].js`. */
const standaloneBuild = (name: string, entry: string): BuildEnvironmentOptions => ({
  emptyOutDir: false,
  minify: true,
  target: 'es2022',
  lib: { entry: { [name]: entry }, formats: ['es'] },
  // Library mode keeps ES output readable unless the output itself is minified. Lazy parts (the
  // elements of the loader, map shapes, the HTML sanitiser) stay separate files beside the
  // entry, loaded relative to it, so a page pays for them only when it uses them.
  rolldownOptions: {
    output: {
      minify: true,
      // No `/* @__PURE__ */` annotations: a script tag's file is not bundled again (#15).
      comments: { annotation: false },
      // loader.js's shared modules in one file but for a few (scripts/loader-chunks.mjs).
      ...(name === 'loader' && { codeSplitting: loaderChunks() }),
      chunkFileNames: (chunk) =>
        language(chunk)
          ? 'partner-city-widgets-lang-[name]-[hash].js'
          : // (An element's class module, which loader.js imports, is named after its element.)
            `${SHARED_LAZY.has(chunk.name) ? 'partner-city-widgets' : name}-${chunk.name.replace(/\.component$/, '')}-[hash].js`,
    },
    plugins: [fetchDepsAtOnce(), standalone()],
  },
});

/**
 * One file and nothing else, for a site where an editor can upload only one: the same elements
 * as `partner-city-widgets.js`, with every lazy part (map shapes, DOMPurify, structured data)
 * inlined (rolldown's `codeSplitting: false`), so nothing is fetched beside it.
 */
const singleFileBuild = (name: string, entry: string): BuildEnvironmentOptions => ({
  emptyOutDir: false,
  minify: true,
  target: 'es2022',
  lib: { entry: { [name]: entry }, formats: ['es'] },
  rolldownOptions: {
    output: { minify: true, comments: { annotation: false }, codeSplitting: false },
    // (The one-file build holds every package the others do: its list is the one kept in dist/.)
    plugins: [standalone({ single: true }), thirdPartyLicenses()],
  },
});

/**
 * - `vite demo` (npm start): the demo site, from the sources.
 * - `vite build` (npm run build:lib): the npm entries, dependencies external.
 * - `vite build --mode bundle` (npm run build:bundle), three standalone builds, one after the other:
 *   dist/partner-city-widgets.js, one minified file with Lit inside that defines every element;
 *   and dist/loader.js, which defines each element when its tag first appears (its element
 *   chunks, with Lit in a chunk they share, beside it as dist/loader-*.js); and
 *   dist/partner-city-widgets.standalone.js, the bundle with its lazy parts inside: one file.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [minifyTemplatesPlugin()],
      environments: {
        client: { build: standaloneBuild('partner-city-widgets', 'src/bundle.ts') },
        loader: { consumer: 'client', build: standaloneBuild('loader', 'src/loader.ts') },
        standalone: { consumer: 'client', build: singleFileBuild('partner-city-widgets.standalone', 'src/bundle.ts') },
      },
      builder: {
        async buildApp(builder) {
          await builder.build(builder.environments.client);
          await builder.build(builder.environments.loader);
          await builder.build(builder.environments.standalone);
        },
      },
    };
  }
  return {
    plugins: [minifyTemplatesPlugin()],
    server: { open: false },
    build: {
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: {
          index: 'src/index.ts',
          'city-news-card': 'src/components/city-news-card/city-news-card.ts',
          'cooperation-areas': 'src/components/cooperation-areas/cooperation-areas.ts',
          'partner-city-map': 'src/components/partner-city-map/partner-city-map.ts',
          'city-news-feed': 'src/components/city-news-feed/city-news-feed.ts',
          'partnership-timeline': 'src/components/partnership-timeline/partnership-timeline.ts',
          classes: 'src/classes.ts',
          react: 'src/react.ts',
        },
        formats: ['es'],
      },
      rollupOptions: { external, output: { chunkFileNames: (chunk) => (language(chunk) ? 'lang-[name]-[hash].js' : '[name]-[hash].js') } },
    },
  };
});
