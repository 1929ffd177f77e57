// Builds what the browser tests need that the test server cannot serve as it is: React is
// CommonJS, so test/fixtures/react-app.ts (React, ReactDOM and src/react.ts) is bundled with
// esbuild into node_modules/.cache/partner-city-widgets/react-app.js, for test/react.test.ts.
// Run before web-test-runner (`npm run build:test-fixtures`); about 0.2 s.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const REACT_APP = 'node_modules/.cache/partner-city-widgets/react-app.js';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['test/fixtures/react-app.ts'],
  outfile: REACT_APP,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // React's development build: its warnings (unknown props, keys, act) show in the test's console.
  define: { 'process.env.NODE_ENV': '"development"' },
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  logLevel: 'warning',
});
