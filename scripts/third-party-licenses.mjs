// The licences of the third-party code inside a build: every package under node_modules whose
// modules the build's chunks contain (Lit, DOMPurify, d3-geo, …), plus world-atlas, whose
// Natural Earth shapes src/components/partner-city-map/shapes-data.ts was generated from. Emitted
// as THIRD-PARTY-LICENSES.txt beside the standalone files (vite.config.ts), which carry those
// packages' code minified without their licence comments; the npm build keeps them as
// dependencies, with their own licences.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** `lit-html` for …/node_modules/lit-html/x.js, `@lit/task` for …/node_modules/@lit/task/x.js. */
export function packageOf(id) {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
  return m ? m[1].replace(/\\/g, '/') : null;
}

/** The text of one package's licence entry: name, version, licence, and its licence file. */
function entry(name) {
  const dir = join(ROOT, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(no licence file; package.json says ${pkg.license})`;
  return `${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${text}\n`;
}

/** The notices for `ids` (module ids of a build). */
export function licensesFor(ids) {
  const names = new Set();
  for (const id of ids) {
    const name = packageOf(id);
    if (name) names.add(name);
    if (/shapes-data\.ts$/.test(id) && existsSync(join(ROOT, 'node_modules/world-atlas'))) names.add('world-atlas');
  }
  const sorted = [...names].sort();
  return `partner-city-widgets contains code of the following packages (minified), under their own licences.\n\n${sorted.map(entry).join('\n')}`;
}

/** @returns {import('vite').Plugin} A plugin that emits THIRD-PARTY-LICENSES.txt for the build's chunks. */
export function thirdPartyLicenses() {
  return {
    name: 'pcw-third-party-licenses',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: licensesFor(ids) });
    },
  };
}
