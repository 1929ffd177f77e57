// The widgets in the unit tests of a user's app: Vitest with jsdom, the DOM most React, Vue and
// Svelte apps test in (no layout, no matchMedia, ResizeObserver, IntersectionObserver,
// scrollIntoView or canvas). `npm pack`, the tarball installed into a new project in the
// system's temp folder, Vitest, jsdom and React linked from the repository's devDependencies, then
// test/jsdom/widgets.test.js run there with the seed: every widget renders its data, answers
// clicks and fires its events, bad data shows its error, and nothing throws or writes to
// console.error (jsdom's "Not implemented" messages included). Before 3 December 14 of its 15
// tests failed: every widget but the timeline threw "matchMedia is not a function" when it
// connected, and with Lit's Node build (`isServer` true in jsdom) `src` never loaded, the page's
// language was not followed and the areas' many items waited for an IntersectionObserver.
//
// Run after `npm run build`: `npm run test:jsdom`. KEEP_JSDOM_DIR=1 keeps the temp project.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(repo, 'dist/index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const dir = mkdtempSync(join(tmpdir(), 'pcw-jsdom-'));
const app = join(dir, 'app');
mkdirSync(app);
let code = 1;
try {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pcw-jsdom-app', private: true, type: 'module' }, null, 2));
  const install = ['install', join(dir, info.filename), '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  try {
    run('npm', [...install, '--offline'], app);
  } catch {
    run('npm', [...install, '--prefer-offline'], app);
  }
  for (const name of ['vitest', 'jsdom', 'react', 'react-dom'])
    symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  writeFileSync(join(app, 'vitest.config.js'), "export default { test: { environment: 'jsdom' } };\n");
  copyFileSync(join(repo, 'test/jsdom/widgets.test.js'), join(app, 'widgets.test.js'));
  copyFileSync(join(repo, 'demo/data/ljubljana-moskva-2019.json'), join(app, 'seed.json'));
  try {
    const out = run(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose'], app);
    console.log(out);
    code = 0;
  } catch (e) {
    console.error(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    console.error('test:jsdom: the widgets failed in Vitest with jsdom (above).');
  }
} finally {
  if (process.env.KEEP_JSDOM_DIR) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
