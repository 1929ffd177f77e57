import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import pkg from './package.json' with { type: 'json' };

const deps = Object.keys(pkg.dependencies);
const external = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

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
          // Library mode keeps ES output readable unless the output itself is minified.
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
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
            },
            formats: ['es'],
          },
          rollupOptions: { external },
        }) satisfies BuildEnvironmentOptions as BuildEnvironmentOptions,
}));
