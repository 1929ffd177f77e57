// Bytes that a page pays for each entry: the entry and its static imports (Lit included),
// minified like the published bundle, gzipped. Lazy chunks (DOMPurify, later the map shapes)
// are listed apart. Used by `npm run size` and by the benchmark.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ENTRIES = {
  'city-news-card': 'src/components/city-news-card/city-news-card.ts',
  'cooperation-areas': 'src/components/cooperation-areas/cooperation-areas.ts',
  'partner-city-map': 'src/components/partner-city-map/partner-city-map.ts',
  'all-in-one': 'src/index.ts',
};

/** Sizes (bytes, gzipped) of every entry: `{ name: { entry, lazy } }`. */
export async function measure(entries = ENTRIES) {
  const out = {};
  for (const [name, file] of Object.entries(entries)) {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry: { [name]: file }, formats: ['es'] },
        // Library mode keeps ES output readable unless the output itself is minified.
        rolldownOptions: { output: { minify: true } },
      },
    });
    const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const entry = chunks.find((c) => c.isEntry);
    const seen = new Set();
    const walk = (c) => {
      if (seen.has(c.fileName)) return;
      seen.add(c.fileName);
      c.imports.forEach((f) => walk(byName.get(f)));
    };
    walk(entry);
    const gz = (cs) => cs.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0);
    out[name] = { entry: gz(chunks.filter((c) => seen.has(c.fileName))), lazy: gz(chunks.filter((c) => !seen.has(c.fileName))) };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measure();
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`${name.padEnd(16)} ${(s.entry / 1024).toFixed(2).padStart(6)} KB gz   lazy chunks ${(s.lazy / 1024).toFixed(2)} KB gz`);
  }
}
