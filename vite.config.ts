import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import pkg from './package.json' with { type: 'json' };

const deps = Object.keys(pkg.dependencies);
// Dependencies stay imports in the npm build, except JSON data (the map shapes), which is
// bundled into its lazy chunk so that it loads in any environment, bundler or not.
const external = (id: string) => !id.endsWith('.json') && deps.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * - `vite demo` (npm start): the demo site, from the sources.
 * - `vite build` (npm run build:lib): the npm entries, dependencies external.
 * - `vite build --mode bundle`: dist/partner-city-widgets.js, one minified file with Lit inside.
 */
export default defineConfig(({ mode }) => ({
  server: { open: false },
  build: (mode === 'bundle'
      ? {
          emptyOutDir: false,
          minify: true,
          target: 'es2022',
          lib: { entry: { 'partner-city-widgets': 'src/index.ts' }, formats: ['es'] },
          // Library mode keeps ES output readable unless the output itself is minified. Lazy
          // parts (map shapes, the HTML sanitiser) stay separate files beside the bundle,
          // loaded relative to it, so a page pays for them only when it uses them.
          rolldownOptions: { output: { minify: true, chunkFileNames: 'partner-city-widgets-[name]-[hash].js' } },
        }
      : {
          emptyOutDir: true,
          minify: false,
          target: 'es2022',
          lib: {
            entry: {
              index: 'src/index.ts',
              'city-news-card': 'src/components/city-news-card/city-news-card.ts',
              'cooperation-areas': 'src/components/cooperation-areas/cooperation-areas.ts',
              'partner-city-map': 'src/components/partner-city-map/partner-city-map.ts',
            },
            formats: ['es'],
          },
          rollupOptions: { external },
        }) satisfies BuildEnvironmentOptions as BuildEnvironmentOptions,
}));
