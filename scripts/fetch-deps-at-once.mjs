// A lazily imported chunk's own static imports are fetched together with it, not after it: each
// `import("./chunk.js")` of a standalone build becomes `Promise.all([import("./chunk.js"),
// import("./dep.js"), …]).then((m) => m[0])`, listing every file that chunk needs and its importer
// has not loaded already. Without it, loader.js fetched an element's chunk, and only once that had
// arrived and was parsed did the browser ask for the chunks it imports (Lit and the host styles,
// the data layer): one more round trip before a widget shows (#15; test/loader-requests.test.ts).
// The modules still run once, in their graph's order. What vite's modulepreload does for an app,
// for a plain script tag. Used by vite.config.ts's standalone builds and by scripts/size.mjs, so
// the measured bytes are the shipped ones.

/** @returns {import('vite').Plugin} */
export function fetchDepsAtOnce() {
  return {
    name: 'pcw-fetch-deps-at-once',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((c) => c.type === 'chunk')
          .map((c) => [c.fileName, c]),
      );
      /** Every file that `file` imports statically, directly or not. */
      const needs = (file, into = new Set()) => {
        for (const dep of chunks.get(file)?.imports ?? []) {
          if (!into.has(dep)) {
            into.add(dep);
            needs(dep, into);
          }
        }
        return into;
      };
      for (const chunk of chunks.values()) {
        const loaded = needs(chunk.fileName).add(chunk.fileName);
        for (const target of chunk.dynamicImports) {
          const deps = [...needs(target)].filter((d) => !loaded.has(d) && d !== target);
          if (!deps.length) continue;
          const name = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const call = new RegExp(`\\bimport\\(\\s*(["'\`])\\./${name}\\1\\s*\\)`, 'g');
          const all = [target, ...deps].map((f) => `import("./${f}")`).join(',');
          chunk.code = chunk.code.replace(call, `Promise.all([${all}]).then((m)=>m[0])`);
        }
      }
    },
  };
}
