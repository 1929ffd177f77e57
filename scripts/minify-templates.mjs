// Minifies the `html` and `css` template literals of our sources (minify-literals 1.0, which
// runs html-minifier-terser and clean-css on the literal parts, never on the expressions).
// Conservative: runs of whitespace collapse to one space (never to nothing, so text such as
// "Дни Любляны в Москве" keeps its spaces), comments go, attribute quotes stay.
// The same transform serves every build that ships or server-renders the elements — Vite's
// (npm, bundle, standalone), the size measurement and the SSR render — because Lit's hydration
// compares each template's strings with the server's.
import { minifyHTMLLiterals } from 'minify-literals';

const OURS = /[\\/]src[\\/].*\.ts$/;

const options = (fileName) => ({
  fileName,
  minifyOptions: {
    caseSensitive: true,
    collapseWhitespace: true,
    conservativeCollapse: true,
    removeComments: true,
    removeAttributeQuotes: false,
    removeEmptyAttributes: false,
    removeRedundantAttributes: false,
    keepClosingSlash: true,
    minifyCSS: { level: { 1: { specialComments: 0 } } },
  },
});

/** The minified code of one module, or `undefined` when it has no template to minify. */
export async function minifyTemplates(code, fileName) {
  // PCW_KEEP_TEMPLATES=1 keeps them as written (to read the output; never for a release).
  if (process.env.PCW_KEEP_TEMPLATES) return undefined;
  if (!OURS.test(fileName) || /\.test\.ts$/.test(fileName) || !/\b(html|css|svg)`/.test(code)) return undefined;
  // minify-literals skips every template of a module that builds CSS with unsafeCSS (with a
  // warning): they would ship as written, comments and all (src/styles/host.ts did until 3
  // December: 0.4 KB gzipped in every entry). Such a module keeps unsafeCSS apart from its
  // templates, as src/styles/dark-theme.ts does.
  if (code.includes('unsafeCSS'))
    throw new Error(`${fileName}: css templates beside unsafeCSS would ship unminified; move unsafeCSS into a module of its own`);
  const result = await minifyHTMLLiterals(code, options(fileName));
  return result ? { code: result.code, map: result.map } : undefined;
}

/** The Vite (rolldown) plugin: before TypeScript is compiled, so the source's literals are what it sees. */
export function minifyTemplatesPlugin() {
  return {
    name: 'pcw-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      return minifyTemplates(code, id.split('?')[0]);
    },
  };
}

/** The esbuild plugin (the SSR render compiles with esbuild). */
export function minifyTemplatesEsbuild() {
  return {
    name: 'pcw-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        const result = await minifyTemplates(source, args.path);
        return { contents: result ? result.code : source, loader: 'ts' };
      });
    },
  };
}

/** The @web/test-runner plugin: the tests run the elements with the templates the builds ship. */
export function minifyTemplatesWtr() {
  return {
    name: 'pcw-minify-templates',
    async transform(context) {
      if (typeof context.body !== 'string') return undefined;
      const result = await minifyTemplates(context.body, context.path);
      return result ? { body: result.code } : undefined;
    },
  };
}
