import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
// Dependencies stay imports in the npm build, except JSON data (the map shapes), which is
// bundled into its lazy chunk so that it loads in any environment, bundler or not.
const external = (id: string) => !id.endsWith('.json') && deps.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * Fails the build when a standalone file (for a plain `<script type="module">`, from any CDN
 * path) imports anything but a file of the same build beside it: a bare specifier (`lit`), an
 * absolute URL or path would not resolve there.
 */
function standalone(): Plugin {
  return {
    name: 'pcw-standalone',
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const spec of [...chunk.imports, ...chunk.dynamicImports]) {
          if (!(spec in bundle)) problems.push(`${chunk.fileName} imports "${spec}"`);
        }
        // What the minifier printed: every static and dynamic import names a relative file.
        for (const m of chunk.code.matchAll(/\b(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
          const spec = m[1] ?? m[2];
          if (!spec.startsWith('./') && !spec.startsWith('../')) problems.push(`${chunk.fileName} has the import "${spec}"`);
        }
      }
      if (problems.length) this.error(`standalone output must import only files beside it:\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * Lazy parts that are the same in both standalone builds (they import nothing): named alike, so
 * that the bundle and the loader share one file (same content, same hash) and one cache entry.
 */
const SHARED_LAZY = new Set(['shapes', 'sanitize', 'structured-data']);

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
      chunkFileNames: (chunk) => `${SHARED_LAZY.has(chunk.name) ? 'partner-city-widgets' : name}-[name]-[hash].js`,
    },
    plugins: [standalone()],
  },
});

/**
 * - `vite demo` (npm start): the demo site, from the sources.
 * - `vite build` (npm run build:lib): the npm entries, dependencies external.
 * - `vite build --mode bundle` (npm run build:bundle), two standalone builds, one after the other:
 *   dist/partner-city-widgets.js, one minified file with Lit inside that defines every element;
 *   and dist/loader.js, which defines each element when its tag first appears (its element
 *   chunks, with Lit in a chunk they share, beside it as dist/loader-*.js).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      environments: {
        client: { build: standaloneBuild('partner-city-widgets', 'src/index.ts') },
        loader: { consumer: 'client', build: standaloneBuild('loader', 'src/loader.ts') },
      },
      builder: {
        async buildApp(builder) {
          await builder.build(builder.environments.client);
          await builder.build(builder.environments.loader);
        },
      },
    };
  }
  return {
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
          classes: 'src/classes.ts',
          react: 'src/react.ts',
        },
        formats: ['es'],
      },
      rollupOptions: { external },
    },
  };
});
