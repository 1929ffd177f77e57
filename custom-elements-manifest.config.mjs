// @custom-elements-manifest/analyzer: custom-elements.json from the sources' JSDoc (npm run analyze).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/pcw-element.ts', 'src/internal/pcw-data-element.ts'],
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
  ],
};
