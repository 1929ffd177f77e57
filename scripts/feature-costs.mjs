// What each feature costs in bytes: `npm run size:features` builds the card and the areas
// entries as scripts/size.mjs measures them (minified, templates minified, Lit included, lazy
// chunks left out, gzipped), once from the source as it is and once with each feature taken out
// of a copy of the source (scripts/features.mjs says how, feature by feature), then with all
// of them out together. Writes bench/FEATURES.md and the README's table between its
// `size:features` markers, and prints the table.
//
// The evidence behind the byte targets of the performance issue (#15) that are not met: what
// would have to go for the card to be 14.25 KB and the areas 16.25 KB. A feature's edit that no
// longer finds its text fails the script with the feature's name, so that the table is never
// measured on edits that silently did nothing; `--check` (in `npm run lint`) applies the edits
// without building, so that a change to the source that breaks one shows at once.
//
//   node scripts/feature-costs.mjs              measures every feature, writes FEATURES.md and the README's table
//   node scripts/feature-costs.mjs <id> …       measures only these (printed, nothing written)
//   node scripts/feature-costs.mjs --check      the edits still apply (npm run lint)
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRIES, BUDGETS, measure } from './size.mjs';
import { FEATURES, applyEdits } from './features.mjs';
import { replaceBlock } from './readme-block.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
/** The entries with a #15 byte target that these features are in, as the tables name them. */
const NAMES = { 'city-news-card': 'the card', 'cooperation-areas': 'the areas widget', 'card-via-loader': 'one card through loader.js' };
const HEADS = { 'city-news-card': 'card', 'cooperation-areas': 'areas', 'card-via-loader': 'card via loader.js' };
const MEASURED = Object.keys(NAMES);
const START = '<!-- size:features:start -->';
const END = '<!-- size:features:end -->';

/** The sizes (bytes gzipped) of the measured entries, built from a copy of the source with `edits` applied. */
async function sizesWith(edits) {
  const dir = mkdtempSync(join(tmpdir(), 'pcw-features-'));
  try {
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    for (const file of ['package.json', 'tsconfig.json']) cpSync(join(ROOT, file), join(dir, file));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [file, list] of edits) {
      const path = join(dir, file);
      writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), list, file));
    }
    // Vite builds from the working directory (scripts/size.mjs gives it no root).
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const sizes = await measure(Object.fromEntries(MEASURED.map((name) => [name, ENTRIES[name]])));
      return Object.fromEntries(MEASURED.map((name) => [name, sizes[name].entry]));
    } finally {
      process.chdir(cwd);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The edits of several features, merged by file (in the features' order). */
function merged(features) {
  const byFile = new Map();
  for (const f of features) for (const [file, list] of Object.entries(f.edits)) byFile.set(file, [...(byFile.get(file) ?? []), ...list]);
  return byFile;
}

// --check (npm run lint): only that every feature's edits still apply to the source, alone and
// all together (no build): a change to the source that an edit no longer finds fails the lint,
// not a later run of the table.
if (process.argv[2] === '--check') {
  const problems = [];
  for (const features of [...FEATURES.map((f) => [f]), FEATURES]) {
    for (const [file, list] of merged(features)) {
      try {
        applyEdits(readFileSync(join(ROOT, file), 'utf8'), list, file);
      } catch (e) {
        problems.push(`${features.length > 1 ? 'all features together' : features[0].id}: ${e.message}`);
      }
    }
  }
  if (problems.length) {
    console.error(`scripts/features.mjs no longer matches the source (fix the edits, then npm run size:features):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`scripts/features.mjs: the edits of ${FEATURES.length} features apply.`);
  process.exit(0);
}

const only = process.argv.slice(2);
const unknown = only.filter((id) => !FEATURES.some((f) => f.id === id));
if (unknown.length) throw new Error(`no feature ${unknown.join(', ')}: one of ${FEATURES.map((f) => f.id).join(', ')}`);
const chosen = only.length ? FEATURES.filter((f) => only.includes(f.id)) : FEATURES;

const kb = (bytes) => (bytes / 1024).toFixed(2);
const base = await sizesWith(new Map());
const sizesLine = (sizes) => MEASURED.map((name) => `${HEADS[name]} ${kb(sizes[name])} KB`).join(', ');
console.log(`as it is: ${sizesLine(base)}`);
const rows = [];
/** The sizes with `features` taken out; an edit or a build that fails names the features. */
async function without(features) {
  try {
    return await sizesWith(merged(features));
  } catch (e) {
    throw new Error(`taking out ${features.map((f) => f.id).join(', ')}: ${e.message}`, { cause: e });
  }
}

for (const f of chosen) {
  const sizes = await without([f]);
  const saved = MEASURED.map((name) => base[name] - sizes[name]);
  rows.push({ f, saved });
  console.log(`${f.id}: ${saved.map((b) => `${b} B`).join(' / ')}`);
}
const all = await without(chosen);
console.log(`all out: ${sizesLine(all)}`);
if (only.length) process.exit(0);

/**
 * For each entry, the fewest of its features, the largest first, that bring it to its #15
 * target, measured together (gzip does not add up): `{ features, bytes }`; none for an entry
 * that even all of them do not bring there.
 */
const toTarget = {};
for (const [i, name] of MEASURED.entries()) {
  const target = BUDGETS[name].target * 1024;
  const order = rows.filter((r) => r.saved[i] > 0).sort((a, b) => b.saved[i] - a.saved[i]);
  for (let k = 1; k <= order.length; k++) {
    const bytes = (await without(order.slice(0, k).map((r) => r.f)))[name];
    if (bytes <= target) {
      toTarget[name] = { features: order.slice(0, k).map((r) => r.f), bytes };
      break;
    }
  }
  const found = toTarget[name];
  console.log(`${name} at its target: ${found ? `${found.features.length} features out, ${kb(found.bytes)} KB` : 'not even with all out'}`);
}

const cell = (bytes) => (bytes ? `${bytes} B` : '—');
const table = [
  `| feature (\`id\`: what goes when it is taken out) | ${MEASURED.map((name) => HEADS[name]).join(' | ')} | asked for by |`,
  `| --- | ${MEASURED.map(() => '---:').join(' | ')} | --- |`,
  ...rows
    .sort((a, b) => b.saved[0] + b.saved[1] - (a.saved[0] + a.saved[1]))
    .map(({ f, saved }) => `| ${f.name} (\`${f.id}\`) | ${saved.map(cell).join(' | ')} | ${f.goal} |`),
  `| **all of them together** | ${MEASURED.map((name) => `**${base[name] - all[name]} B**`).join(' | ')} | |`,
];
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const summary =
  `Measured ${date} UTC by \`npm run size:features\` (scripts/feature-costs.mjs, the edits in scripts/features.mjs): ` +
  `as they are, ${MEASURED.map((name) => `${NAMES[name]} ${kb(base[name])} KB`).join(', ')}; ` +
  `with every feature below taken out together, ${MEASURED.map((name) => `${kb(all[name])} KB`).join(', ')} ` +
  `(#15's targets: ${MEASURED.map((name) => `${BUDGETS[name].target} KB`).join(', ')}). ` +
  'Each row is the entry built with that one feature taken out of a copy of the source (minified, gzipped bytes, as `npm run size` counts them); gzip does not add up, so the rows do not sum to the last.';
const reach = MEASURED.map((name) => {
  const found = toTarget[name];
  const target = `${BUDGETS[name].target} KB`;
  const who = NAMES[name][0].toUpperCase() + NAMES[name].slice(1);
  if (!found) return `${who} does not reach ${target} even with all of them out.`;
  const n = found.features.length;
  return (
    `${who} reaches ${target} with its ${n} largest ${n === 1 ? 'feature' : 'features'} out ` +
    `(${kb(found.bytes)} KB, measured together), of ${rows.filter((r) => r.saved[MEASURED.indexOf(name)] > 0).length}: ` +
    `${found.features.map((f) => `\`${f.id}\``).join(', ')}.`
  );
}).join(' ');
/** What both the README and FEATURES.md show: the sizes, the table, and what reaches each target. */
const findings = [summary, '', ...table, '', reach];
const section = [
  START,
  '<!-- Written by scripts/feature-costs.mjs (npm run size:features); do not edit by hand. -->',
  '',
  ...findings,
  '',
  END,
].join('\n');
const readmePath = join(ROOT, 'README.md');
writeFileSync(readmePath, replaceBlock(readFileSync(readmePath, 'utf8'), START, END, section, 'what each feature costs'));

const details = rows.map(({ f }) => `- **${f.name}** (\`${f.id}\`): ${f.how}`);
writeFileSync(
  join(ROOT, 'bench/FEATURES.md'),
  [
    '# What each feature costs in bytes',
    '',
    'Generated by `node scripts/feature-costs.mjs` (`npm run size:features`); do not edit by hand.',
    '',
    ...findings,
    '',
    '## How each feature was taken out',
    '',
    'Each by edits to a copy of the source (scripts/features.mjs), as a maintainer would take it out: its code, its strings and its style rules (a field or a declaration left behind is a few bytes, so a row may be a little low). The widgets of such a build are not tested, only measured.',
    '',
    ...details,
    '',
  ].join('\n'),
);
console.log(`\n${table.join('\n')}`);
