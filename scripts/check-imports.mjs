// The import graph of src/ against the intended layering (part of `npm run lint`; exit 1 on any
// failure, each printed as `file:line → imported file: reason`).
//
// Every .ts file under src/ (not *.test.ts, not src/test-support/) belongs to a unit:
// src/<folder> for model, i18n, internal, styles, controllers and base; src/components/<name>
// for each component; each root file of src/ (events, index, api, bundle, loader, react, classes) on its own.
// Its relative imports (static `import … from`, `export … from`, `import '…'`, dynamic
// `import('…')` and `typeof import('…')`, type-only ones included; comments are not read) must
// keep three rules:
//  1. Layers, lowest first: model < i18n < internal < styles < events < controllers < base <
//     components/* < api (the exports the entries share) < the entry files (index, bundle, loader,
//     react, classes). A file imports only from
//     its own unit or a lower layer; a component imports another component only through that
//     component's public module, src/components/<name>/<name>.ts.
//  2. No cycle between units (reported with the cycle).
//  3. src/model imports only src/model files, and no package but those of MODEL_PACKAGES.
//  4. src/import (the article importer) imports only src/model, and nothing else in src/ imports it.
//
// `node scripts/check-imports.mjs --self-test` runs the checks on small made-up trees (a cycle,
// a model file importing lit, base importing a component, …) and exits 1 unless each rule fires
// where it should and nowhere else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The layers, lowest first; a unit's layer is its folder (components/* share one). */
const LAYERS = ['model', 'i18n', 'internal', 'styles', 'events', 'controllers', 'base', 'components', 'api', 'entry'];
const FOLDERS = ['model', 'i18n', 'internal', 'styles', 'controllers', 'base', 'import'];
const ENTRIES = ['index', 'bundle', 'loader', 'react', 'classes'];
/** Packages src/model may import (it is plain data code: no Lit, no DOM). None today. */
const MODEL_PACKAGES = [];

/** The unit of a file (`model`, `components/city-news-card`, `index`, …), or undefined. */
export function unitOf(file) {
  const m = /^src\/(?:([\w-]+)\.ts|components\/([\w-]+)\/.+|([\w-]+)\/.+)$/.exec(file);
  if (!m) return undefined;
  if (m[1]) return m[1] === 'events' || m[1] === 'api' || ENTRIES.includes(m[1]) ? m[1] : undefined;
  if (m[2]) return `components/${m[2]}`;
  return FOLDERS.includes(m[3]) ? m[3] : undefined;
}

const layerOf = (unit) => LAYERS.indexOf(unit.startsWith('components/') ? 'components' : ENTRIES.includes(unit) ? 'entry' : unit);
const layerName = (unit) => LAYERS[layerOf(unit)];

/** The module specifiers a source imports, with their lines (comments and strings are not read as imports). */
export function importsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (node, literal) => {
    if (literal && ts.isStringLiteralLike(literal))
      found.push({ specifier: literal.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node, node.moduleReference.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The package a bare specifier names (`lit/decorators.js` → `lit`, `@lit/react` → `@lit/react`). */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The file a relative specifier names: a `.js` specifier is its `.ts` source; undefined when there is none. */
function resolve(from, specifier, exists) {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => exists(c));
}

/** A cycle through the units of `scc` (an array of units), as a list of units starting and ending with the same one. */
function cycleIn(scc, edges) {
  const inside = new Set(scc);
  const start = scc[0];
  const path = [start];
  const seen = new Set([start]);
  const walk = (unit) => {
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (!inside.has(next)) continue;
      if (next === start) return (path.push(next), true);
      if (seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return path;
}

/** The strongly connected components of the unit graph with more than one unit (Tarjan). */
function cycles(units, edges) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const connect = (unit) => {
    meta.set(unit, { index, low: index, onStack: true });
    index++;
    stack.push(unit);
    for (const next of edges.get(unit)?.keys() ?? []) {
      if (!meta.has(next)) {
        connect(next);
        meta.get(unit).low = Math.min(meta.get(unit).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(unit).low = Math.min(meta.get(unit).low, meta.get(next).index);
      }
    }
    if (meta.get(unit).low === meta.get(unit).index) {
      const scc = [];
      let u;
      do {
        u = stack.pop();
        meta.get(u).onStack = false;
        scc.push(u);
      } while (u !== unit);
      if (scc.length > 1) found.push(scc.reverse());
    }
  };
  for (const unit of [...units].sort()) if (!meta.has(unit)) connect(unit);
  return found;
}

/**
 * The failures of a tree: `files` maps each checked file (`src/…`, posix) to its text; `exists`
 * tells whether another path is a file (for imports of files that are not checked: JSON, tests).
 * Returns `{ failures, imports, units }`.
 */
export function check(files, exists = (path) => files.has(path)) {
  const failures = [];
  const fail = (file, line, target, reason) => failures.push(`${file}${line ? `:${line}` : ''} → ${target}: ${reason}`);
  const edges = new Map(); // unit → (unit → first `file:line → target` that makes the edge)
  const units = new Set();
  let imports = 0;
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const unit = unitOf(file);
    if (!unit) {
      fail(file, 0, '(any)', `${file} is in no unit of the layering (a folder or root file scripts/check-imports.mjs does not know)`);
      continue;
    }
    units.add(unit);
    for (const { specifier, line } of importsOf(file, text)) {
      imports++;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        if (unit === 'model' && !MODEL_PACKAGES.includes(packageOf(specifier))) {
          fail(file, line, specifier, `src/model imports no package (allowed: ${MODEL_PACKAGES.join(', ') || 'none'})`);
        }
        continue;
      }
      const target = resolve(file, specifier, (p) => files.has(p) || exists(p));
      if (!target) {
        fail(file, line, specifier, 'names no file');
        continue;
      }
      const to = unitOf(target);
      if (!to || (!files.has(target) && target.endsWith('.ts'))) {
        fail(
          file,
          line,
          target,
          `${target} is not part of the library's layering (a test file, test support, or a folder scripts/check-imports.mjs does not know)`,
        );
        continue;
      }
      if (to === unit) continue;
      // src/import (the article importer, #17) stands beside the layers: it uses src/model only,
      // and nothing of the library imports it, so no widget entry carries it.
      if (unit === 'import' && to !== 'model') {
        fail(file, line, target, 'src/import imports only src/model files');
        continue;
      }
      if (to === 'import') {
        fail(file, line, target, 'nothing of the library imports src/import (the importer is in no widget entry)');
        continue;
      }
      if (unit === 'model') {
        fail(file, line, target, 'src/model imports only src/model files');
        continue;
      }
      if (unit !== 'import' && layerOf(to) > layerOf(unit)) {
        fail(
          file,
          line,
          target,
          `${unit} (layer ${layerName(unit)}) imports from ${to}, a higher layer (${layerName(to)}); layers, lowest first: ${LAYERS.join(' < ')}`,
        );
        continue;
      }
      if (layerOf(to) === layerOf(unit)) {
        if (layerName(unit) === 'components') {
          const name = to.slice('components/'.length);
          const publicModule = `src/components/${name}/${name}.ts`;
          if (target !== publicModule) {
            fail(file, line, target, `a component imports another component only through its public module ${publicModule}`);
            continue;
          }
        } else {
          fail(file, line, target, `${unit} and ${to} are both ${layerName(unit)} files: neither may import the other`);
          continue;
        }
      }
      if (!edges.has(unit)) edges.set(unit, new Map());
      if (!edges.get(unit).has(to)) edges.get(unit).set(to, { file, line, target });
    }
  }
  for (const scc of cycles(units, edges)) {
    const cycle = cycleIn(scc, edges);
    const first = edges.get(cycle[0]).get(cycle[1]);
    const steps = cycle.slice(0, -1).map((u, i) => {
      const e = edges.get(u).get(cycle[i + 1]);
      return `${e.file}:${e.line} → ${e.target}`;
    });
    fail(first.file, first.line, first.target, `cycle between units ${cycle.join(' → ')} (${steps.join('; ')})`);
  }
  return { failures, imports, units };
}

/** The files checked in a checkout: every .ts under src/ but tests and src/test-support/. */
function readTree(root) {
  const files = new Map();
  for (const entry of readdirSync(posix.join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = posix.relative(root, posix.join(entry.parentPath.split('\\').join('/'), entry.name));
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('src/test-support/')) continue;
    files.set(file, readFileSync(posix.join(root, file), 'utf8'));
  }
  return files;
}

/** Made-up trees: each case's failures must match its `expect` patterns one to one (none for a sound tree). */
const SELF_TEST = [
  {
    name: 'a sound tree passes (each layer importing lower ones, a component another through its public module, comments ignored)',
    files: {
      'src/model/types.ts': 'export type T = string;',
      'src/model/parse.ts': "import type { T } from './types.js';\nexport { type T } from './types.js';\nexport const p = (t: T) => t;",
      'src/i18n/strings.ts': "import type { T } from '../model/types.js';\nexport const s: T = 's';",
      'src/i18n/languages/de.ts': "import type { T } from '../strings.js';\nexport const de: T = 'de';",
      'src/internal/lang-span.ts':
        "import { html } from 'lit';\nimport { s } from '../i18n/strings.js';\nexport const span = () => html`${s}`;",
      'src/styles/host.ts': "import { css } from 'lit';\nexport const host = css``;",
      'src/events.ts': "import type { T } from './model/types.js';\nexport type E = T;",
      'src/controllers/lang.controller.ts':
        "import type { E } from '../events.js';\nexport const load = () => import('../i18n/languages/de.js');\nexport type C = E;",
      'src/base/pcw-element.ts':
        "// import { A } from '../components/a/a.js';\n/* export * from '../index.js'; */\nimport { load } from '../controllers/lang.controller.js';\nconst text = \"import('../components/a/a.js')\";\nexport class Base { l = load; t = text; }",
      'src/components/a/a.component.ts':
        "import { Base } from '../../base/pcw-element.js';\nimport { host } from '../../styles/host.js';\nexport class A extends Base { h = host; }",
      'src/components/a/a.ts': "export { A } from './a.component.js';",
      'src/components/b/b.component.ts':
        "import { A } from '../a/a.js';\nimport { span } from '../../internal/lang-span.js';\nexport class B extends A { s = span; }",
      'src/components/b/b.ts':
        "export { B } from './b.component.js';\ntype Lazy = typeof import('./b.component.js');\nexport type { Lazy };",
      'src/index.ts':
        "export { A } from './components/a/a.js';\nexport { B } from './components/b/b.component.js';\nexport { p } from './model/parse.js';",
      'src/loader.ts': "export const tags = { a: () => import('./components/a/a.js') };",
    },
    expect: [],
  },
  {
    name: 'a cycle between two components',
    files: {
      'src/components/a/a.ts': "import { B } from '../b/b.js';\nexport const A = B;",
      'src/components/b/b.ts': "import { A } from '../a/a.js';\nexport const B = 1;\nexport const C = A;",
    },
    expect: [/^src\/components\/a\/a\.ts:1 → src\/components\/b\/b\.ts: cycle between units components\/a → components\/b → components\/a/],
  },
  {
    name: 'a model file importing lit, and one importing i18n',
    files: {
      'src/model/parse.ts': "import { html } from 'lit';\nimport { s } from '../i18n/strings.js';\nexport const p = () => html`${s}`;",
      'src/i18n/strings.ts': 'export const s = 1;',
    },
    expect: [
      /^src\/model\/parse\.ts:1 → lit: src\/model imports no package \(allowed: none\)$/,
      /^src\/model\/parse\.ts:2 → src\/i18n\/strings\.ts: src\/model imports only src\/model files$/,
    ],
  },
  {
    name: 'base importing a component (upward), with a component importing base (fine)',
    files: {
      'src/base/pcw-element.ts': "import { A } from '../components/a/a.js';\nexport class Base { a = A; }",
      'src/components/a/a.ts': "import { Base } from '../../base/pcw-element.js';\nexport class A extends Base {}",
    },
    expect: [/^src\/base\/pcw-element\.ts:1 → src\/components\/a\/a\.ts: base \(layer base\) imports from components\/a, a higher layer/],
  },
  {
    name: 'upward imports by dynamic import() and by export … from',
    files: {
      'src/i18n/strings.ts': "export const later = () => import('../internal/logger.js');",
      'src/internal/logger.ts': 'export const warn = 1;',
      'src/events.ts': "export { load } from './controllers/lang.controller.js';",
      'src/controllers/lang.controller.ts': 'export const load = 1;',
    },
    expect: [
      /^src\/events\.ts:1 → src\/controllers\/lang\.controller\.ts: events \(layer events\) imports from controllers/,
      /^src\/i18n\/strings\.ts:1 → src\/internal\/logger\.ts: i18n \(layer i18n\) imports from internal/,
    ],
  },
  {
    name: "a component importing another component's inner module, and entries importing each other",
    files: {
      'src/components/a/a.ts': "import { icon } from '../b/icons.js';\nexport const A = icon;",
      'src/components/b/icons.ts': 'export const icon = 1;',
      'src/index.ts': "export * from './classes.js';",
      'src/classes.ts': "export { A } from './components/a/a.js';",
    },
    expect: [
      /^src\/components\/a\/a\.ts:1 → src\/components\/b\/icons\.ts: a component imports another component only through its public module src\/components\/b\/b\.ts$/,
      /^src\/index\.ts:1 → src\/classes\.ts: index and classes are both entry files/,
    ],
  },
  {
    name: 'the importer importing i18n, and a component importing the importer',
    files: {
      'src/import/import.ts': "import { s } from '../i18n/strings.js';\nimport { p } from '../model/parse.js';\nexport const i = [s, p];",
      'src/i18n/strings.ts': 'export const s = 1;',
      'src/model/parse.ts': 'export const p = 1;',
      'src/components/a/a.ts': "import { i } from '../../import/import.js';\nexport const A = i;",
    },
    expect: [
      /^src\/import\/import\.ts:1 → src\/i18n\/strings\.ts: src\/import imports only src\/model files$/,
      /^src\/components\/a\/a\.ts:1 → src\/import\/import\.ts: nothing of the library imports src\/import/,
    ],
  },
  {
    name: 'imports of test support, of a missing file, and a file in no unit',
    files: {
      'src/internal/x.ts':
        "import { seed } from '../test-support/helpers.js';\nimport { y } from './missing.js';\nexport const x = [seed, y];",
      'src/geo/projection.ts': 'export const p = 1;',
    },
    exists: (path) => path === 'src/test-support/helpers.ts',
    expect: [
      /^src\/geo\/projection\.ts → \(any\): src\/geo\/projection\.ts is in no unit/,
      /^src\/internal\/x\.ts:1 → src\/test-support\/helpers\.ts: .* is not part of the library's layering/,
      /^src\/internal\/x\.ts:2 → \.\/missing\.js: names no file$/,
    ],
  },
];

function selfTest() {
  let wrong = 0;
  for (const c of SELF_TEST) {
    const files = new Map(Object.entries(c.files));
    const { failures } = check(files, (p) => files.has(p) || (c.exists?.(p) ?? false));
    const unmatched = c.expect.filter((re) => !failures.some((f) => re.test(f)));
    const unexpected = failures.filter((f) => !c.expect.some((re) => re.test(f)));
    const ok = unmatched.length === 0 && unexpected.length === 0;
    if (!ok) wrong++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}`);
    for (const re of unmatched) console.log(`       did not fire: ${re}`);
    for (const f of unexpected) console.log(`       fired unexpectedly: ${f}`);
  }
  console.log(
    wrong
      ? `check-imports self-test: ${wrong} of ${SELF_TEST.length} cases wrong`
      : `check-imports self-test: all ${SELF_TEST.length} cases as expected`,
  );
  return wrong === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--self-test')) {
    process.exit(selfTest() ? 0 : 1);
  }
  const root = posix.join(
    posix.dirname(
      fileURLToPath(import.meta.url)
        .split('\\')
        .join('/'),
    ),
    '..',
  );
  const files = readTree(root);
  const { failures, imports, units } = check(files, (p) => existsSync(posix.join(root, p)));
  if (failures.length) {
    for (const f of failures) console.error(f);
    console.error(
      `check-imports: ${failures.length} problem${failures.length === 1 ? '' : 's'} in the import graph of src/ (${files.size} files)`,
    );
    process.exit(1);
  }
  console.log(`check-imports: ${files.size} files, ${imports} imports, ${units.size} units; layering holds`);
}
