// @custom-elements-manifest/analyzer: custom-elements.json from the sources' JSDoc (npm run analyze).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/pcw-element.ts', 'src/internal/pcw-data-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
