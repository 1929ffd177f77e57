// @custom-elements-manifest/analyzer: custom-elements.json from the sources' JSDoc (npm run analyze),
// and from it the editors' data: vscode.html-custom-data.json, vscode.css-custom-data.json (VS Code)
// and web-types.json (JetBrains IDEs), all at the package root.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';

/**
 * Type aliases of the sources that are unions of string literals (`type DateStyle = 'numeric' |
 * 'long'`), by name: the manifest names a property's type as written (`DateStyle`), and the
 * editors' data needs the values themselves to offer them.
 */
function literalUnions(dir = 'src') {
  const unions = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const node of source.statements) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) continue;
      const literals = node.type.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals.length === node.type.types.length) unions.set(node.name.text, literals.map((t) => `'${t.literal.text}'`).join(' | '));
    }
  }
  return unions;
}

export default {
  // Each element is two modules: `<tag>.component.ts` (the class, with its JSDoc) and `<tag>.ts`
  // (imports it and calls `customElements.define`); the analyzer links the two into `tagName`.
  globs: ['src/components/**/*.ts', 'src/base/pcw-element.ts', 'src/base/pcw-data-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // The manifest is the public API: private and protected members stay out of it.
      name: 'pcw-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
            }
          }
        }
      },
    },
    {
      // A re-exported or defined class is referenced by its import specifier
      // (`/src/components/x/x.component.js`) or by the re-exporting module itself; point each
      // reference at the module of the manifest that declares it.
      name: 'pcw-module-references',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        const declares = (path, name) => modules.some((m) => m.path === path && (m.declarations ?? []).some((d) => d.name === name));
        for (const mod of modules) {
          for (const exp of mod.exports ?? []) {
            const ref = exp.declaration;
            if (!ref?.module || declares(ref.module, ref.name)) continue;
            const path = ref.module.replace(/^\/+/, '').replace(/\.js$/, '.ts');
            const owners = declares(path, ref.name)
              ? [path]
              : modules.filter((m) => (m.declarations ?? []).some((d) => d.name === ref.name)).map((m) => m.path);
            if (owners.length === 1) ref.module = owners[0];
          }
        }
      },
    },
    {
      // `expandedType`: the type with literal-union aliases written out (`'numeric' | 'long'`
      // for `DateStyle`), for the editors' data (`typesSrc` below); `type` stays as written.
      name: 'pcw-expanded-types',
      packageLinkPhase({ customElementsManifest }) {
        const unions = literalUnions();
        const expand = (item) => {
          const text = item.type?.text;
          if (!text) return;
          const parts = text.split('|').map((p) => p.trim());
          if (!parts.some((p) => unions.has(p))) return;
          item.expandedType = { text: parts.map((p) => unions.get(p) ?? p).join(' | ') };
        };
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            [...(declaration.attributes ?? []), ...(declaration.members ?? [])].forEach(expand);
          }
        }
      },
    },
    {
      // The published manifest names the files users import, not the sources (which are not in
      // the package): one module per element, `dist/<tag>.js`, which exports the class and
      // defines the tag. Helper modules (icons, geometry, the base classes) are not public API
      // and leave the manifest; references to them keep the name without a module.
      name: 'pcw-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        const tagOf = (path) => /^\/?src\/components\/([\w-]+)\/\1(?:\.component)?\.[jt]s$/.exec(path)?.[1];
        const published = new Map();
        for (const mod of modules) {
          const tag = tagOf(mod.path);
          if (!tag) continue;
          const merged = published.get(tag) ?? { kind: 'javascript-module', path: `dist/${tag}.js`, declarations: [], exports: [] };
          merged.declarations.push(...(mod.declarations ?? []).filter((d) => d.customElement));
          for (const exp of mod.exports ?? []) {
            if (!merged.exports.some((e) => e.kind === exp.kind && e.name === exp.name)) merged.exports.push(exp);
          }
          published.set(tag, merged);
        }
        const fix = (ref) => {
          if (!ref?.module) return;
          const tag = tagOf(ref.module);
          if (tag) ref.module = `dist/${tag}.js`;
          else delete ref.module;
        };
        for (const mod of published.values()) {
          mod.exports = mod.exports.filter((e) => mod.declarations.some((d) => d.name === e.declaration?.name));
          for (const exp of mod.exports) fix(exp.declaration);
          for (const d of mod.declarations) {
            fix(d.superclass);
            for (const item of [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]) fix(item.inheritedFrom);
          }
        }
        customElementsManifest.modules = [...published.values()];
      },
    },
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      typesSrc: 'expandedType',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      // package.json names web-types.json itself ("web-types"); the plugin must not rewrite it.
      packageJson: false,
      typesSrc: 'expandedType',
      // Where an IDE finds each class: the module that defines its element (dist/<tag>.js).
      modulePathTemplate: (_name, modulePath) => `./dist/${basename(modulePath).replace(/\.component\.(ts|js)$/, '.js')}`,
      hideLogs: true,
    }),
  ],
};
