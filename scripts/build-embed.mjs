// Builds the embed builder as a self-contained artifact, dist/embed/: index.html, one classic
// script with the library and the example data inside (a module script, or a lazy chunk, would
// not load from file://), the two stylesheets and the example files. It works from any static
// host and when opened from disk. Run by `npm run build` (after the bundle); about 1 s.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/embed/`;
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}data`, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: ['demo/embed.ts'],
  outfile: `${out}embed.js`,
  bundle: true,
  // One classic script: its dynamic imports (map shapes, DOMPurify) are inlined.
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

/** Replaces `from` in the page, failing the build when it is not there (the page changed). */
function replace(text, from, to) {
  if (!text.includes(from)) throw new Error(`build-embed: demo/embed.html no longer has ${JSON.stringify(from)}`);
  return text.split(from).join(to);
}

let page = readFileSync(`${root}demo/embed.html`, 'utf8');
page = replace(page, '<script type="module" src="./embed.ts"></script>', '<script defer src="./embed.js"></script>');
// The demo is not beside the built builder.
page = replace(page, '<a class="eb-back" href="./">← Back to the demo</a>', '<span class="eb-back">partner-city-widgets</span>');
page = replace(page, '<a href="./">← Back to the demo</a> · ', '');
writeFileSync(`${out}index.html`, page);
for (const file of ['base.css', 'embed.css']) copyFileSync(`${root}demo/${file}`, `${out}${file}`);
for (const file of readdirSync(`${root}demo/data`)) copyFileSync(`${root}demo/data/${file}`, `${out}data/${file}`);
console.log('dist/embed/: the embed builder (open index.html, from any host or from disk)');
