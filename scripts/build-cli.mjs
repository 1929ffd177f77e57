// Builds the package's command (bin/partner-city-widgets.mjs → dist/cli.mjs): bin/cli.mjs with the
// importer (src/import) and linkedom (the DOM for HTML input in Node) in one ES module for Node 20,
// so that the installed package needs no dependency of its own for it. No widget entry imports
// any of it (scripts/check-imports.mjs: nothing in src/ imports src/import). Part of `npm run
// build`, and so of `npm pack` (prepack); under a second.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['bin/cli.mjs'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // linkedom's optional canvas support stays an optional import (it is never installed).
  external: ['canvas'],
  // A CommonJS dependency inside an ES module needs `require`.
  banner: { js: "import { createRequire as __pcwRequire } from 'node:module'; const require = __pcwRequire(import.meta.url);" },
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log('dist/cli.mjs: the import command (bin/partner-city-widgets.mjs)');
