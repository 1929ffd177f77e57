// Bytes that a page pays for each entry: the entry and its static imports (Lit included),
// minified like the published bundle, gzipped. Lazy chunks (DOMPurify, the map shapes) are
// counted apart, except in `standalone`, which inlines them (dist/partner-city-widgets.standalone.js,
// built the same way: one file). `npm run size` prints the table; `--check` fails (exit 1) when an entry is
// over its budget, naming the figure. Used by the build and by the benchmark.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { fetchDepsAtOnce } from './fetch-deps-at-once.mjs';
import { loaderChunks } from './loader-chunks.mjs';

export const ENTRIES = {
  'city-news-card': 'src/components/city-news-card/city-news-card.ts',
  'cooperation-areas': 'src/components/cooperation-areas/cooperation-areas.ts',
  'partner-city-map': 'src/components/partner-city-map/partner-city-map.ts',
  'city-news-feed': 'src/components/city-news-feed/city-news-feed.ts',
  'partnership-timeline': 'src/components/partnership-timeline/partnership-timeline.ts',
  'all-in-one': 'src/bundle.ts',
  standalone: 'src/bundle.ts',
  // What a page with one card downloads through loader.js: the loader, the card's chunk and the
  // chunks it imports (Lit among them); `entry` here is that sum.
  'card-via-loader': { file: 'src/loader.ts', then: 'src/components/city-news-card/city-news-card.component.ts' },
};

/** Entries built as one file, every dynamic import inlined (rolldown's `codeSplitting: false`). */
const SINGLE_FILE = new Set(['standalone']);

/**
 * Ceilings in KB (gzipped), so that nothing grows unnoticed. `entry`: the entry without lazy
 * chunks; `withLazy`: with them; `target`: the budget of the performance issue (#15), which
 * withdrew the 10 KB card target. The ceilings are today's figures with a little room.
 *
 * #15's measured ways down are all taken: minified template literals (scripts/minify-templates.mjs,
 * in every build: card -0.08, areas -0.14, map -0.43, all-in-one -0.87 KB; and src/styles/host.ts, which
 * it had skipped, from 3 December: about -0.4 KB in every entry), static properties
 * instead of decorators (about -0.4 KB each), per-widget parser and string modules (the card
 * through loader.js -2.39 KB), no default reflection. The targets are still not met, because the
 * same round asked for features that cost bytes, each measured against the commit before it
 * (card / areas / map / all-in-one / card via loader.js, KB):
 * - widgets made blocks in steps before the upgrade (bundle and loader; #15): +0.05 / +0.05 / +0.05 / +0.25 / +0.29;
 * - loading views of the final size and `loading="lazy"` (#15, CLS 0): +0.58 / +0.56 / +0.56 / +0.6 / +0.6;
 * - dates and plurals for sl/en/ru without Intl (#15, no ICU start-up on the first render): +0.90 / +0.13 / +0.87 / +0.85 / +0.91;
 * - the look, dark image, print and "Get the data" (#16): +0.85 / +0.94 / — / +1.48 / +1.03;
 * - the map for people (#16: keyboard activation and key help, description, grouped cities,
 *   narrow table, print, CSV/GeoJSON downloads, new property names): map +3.28, all-in-one
 *   +2.77 (downloads 0.61, key-list strings 0.42, CSS 0.42, print 0.17, the rest ~1.6; making
 *   the downloads a lazy chunk would save ~0.6 — done, next line).
 * "Get the data" as a lazy chunk (#15; src/internal/data-files.ts, loaded when a widget has
 * `downloadable`; measured at 85c24e9 with and without, same tree): +0.01 / -0.15 / -0.25 / -0.35 /
 * +0.06; the lazy parts +0.88 (the chunk), the standalone file +0.41 (the chunk inlined with its
 * loading code). The card gains nothing: its 0.94 KB `data-link` chunk was mostly the print
 * controller (print.ts), which stays, and its own download code (a JSON line and the URL
 * bookkeeping) weighed about what the loading and `updateComplete`'s wait for it now weigh.
 * Where the bytes are: bench/BYTES.md (`npm run size:composition`): in the card, Lit ~5.9 KB and
 * the data layer (model, loader, data-source controller, PcwDataElement) ~5.6 KB of ~18.8. A
 * card at the 14.25 KB target would have to drop about a quarter of our own code.
 */
export const BUDGETS = {
  // #18/#19 (measured 1 Dec 2026): 18.81 -> 19.19: the data layer's hooks for a widget that
  // reads text (DataSourceController's `text`, PcwDataElement's `accepts`, loadJson's `Accept`
  // object — the feed's own loading, FEED, is a module only the feed imports: moving it there
  // took the card from 19.57 back to 19.19), date-times that keep hour, minute and offset
  // (parseDate, #19) and the one Trusted Types policy now in src/model/feed/trusted.ts.
  // #15 (1,000 cards, measured on 6130198 with and without): +0.07 (19.25 -> 19.32) for the
  // card's date, title and lead as one template in their common shape (city-news-card's
  // renderHead) and the ready view without its wrapper template when there are no warnings
  // (PcwDataElement): two template instances per card instead of six, 1,000 cards 171 -> 167,
  // 184 -> 171 ms (interleaved, 14 and 24 loads). The feed, the all-in-one and the standalone
  // file +0.1, the ceilings with them.
  // #15 (per-card costs, measured on 14afdcf with and without): +0.09 (19.32 -> 19.41) for `new URL` skipped
  // for plain http(s) URLs (values.ts `PLAIN`) and a language's lookup tags kept (strings.ts
  // `candidates`); every entry with the data layer about as much; the ceilings +0.1.
  // #15 (the end of a slice, measured on 1167a95 with and without): +0.07 (19.41 -> 19.48) for the
  // few updates left finishing in their slice (schedule.ts, PcwElement's count of waiting updates);
  // every entry about as much; the ceilings +0.1.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 19.50 -> 19.10; the ceiling 19.15.
  // Every widget breaks a word wider than its line, and its spacing is less on a phone with large
  // text (min(1rem, 6vw); the card's padding min(1.25rem, 6.25vw)): 19.13 -> 19.15; the ceiling 19.2.
  'city-news-card': { entry: 19.2, target: 14.25 },
  // #15 (per-card costs, as the card's line): the ceiling +0.1.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 20.56 -> 20.15; the ceiling 20.2.
  // The words and the spacing on a phone with large text (as the card's line): 20.17 -> 20.18.
  // The narrow heading (icon and chevron above the title in an area narrower than 13 titles' sizes,
  // set through a ResizeObserver, the map's controller now shared): 20.18 -> 20.50 (0.24 of it the
  // script, 0.08 the rules); the ceiling 20.55. The areas works in jsdom (Vitest's and Jest's DOM: `noDom` instead of Lit's isServer, matchMedia, ResizeObserver, IntersectionObserver, canvas and scrollIntoView checked for): 20.56; the ceiling 20.6.
  'cooperation-areas': { entry: 20.6, target: 16.25 }, // 20.24 at 85c24e9 ("Get the data" lazy)
  // #14 added @lit/task (0.54) and the split (0.50); #15's minified templates (0.43) and static
  // properties (0.40) took them off again; #15's map work (one layer of markers, one path per
  // fill class, shapes as JSON text) took 0.07 off the shapes chunk.
  // #15 (map-perf, measured on d0124ea with and without): +0.41 (37.50 -> 37.91): the countries
  // drawn without the spherical cut when clear of the antimeridian (projection.ts) and the list's
  // leaner rows 0.21, labels tested against a grid of cells (labels.ts) 0.16, the list's state as
  // its own controller 0.04; the ceiling +0.25.
  // #18/#19: +0.19 entry (the shared data layer, as the card's), +1.2 lazy: the de, hr, it and uk
  // chunks carry every widget's strings, now the feed's and the timeline's too (~0.3 each).
  // +0.18 when the map component was split by job (scene.ts, downloads.ts). "Get the data" lazy
  // (85c24e9): 37.90 entry, 83.24 with lazy (the downloads chunk counts there now).
  // #15 (map-perf round 5, measured on 84c4b41's tree with and without the map's files of
  // round 5): +0.19 (38.02 -> 38.21; with lazy 83.36 -> 83.55): each country's path data cached
  // per shapes and projection (drawing.ts, memo.ts's key and size, the projection's key) and the
  // countries drawn without resampling (projection.ts `shape`); the ceilings +0.2 and +0.15.
  // #15 (per-card costs, as the card's line): the ceiling +0.1.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (one render, plan item 1, measured on 0ef9d14 with and without): +0.16 (38.40 -> 38.56):
  // the built-in shapes drawn in the first ready render when loaded already, and data that came
  // before them waiting for them (at most 200 ms; the map's scheduleUpdate). All-in-one and
  // standalone +0.15; the card and the areas +0. The ceilings +0.15. Then `state` as shown
  // (PcwDataElement's shownState): +0.02 on every data widget, inside the ceilings.
  // #15 (labels after the first frame, map-perf round 7, measured on ecb17a5 with and without):
  // +0.15 (38.58 -> 38.73): the labels' update after the first painted frame, its timers
  // cancelled when the map leaves the page, and updateComplete waiting for it
  // (list-and-labels.controller.ts). All-in-one and standalone +0.2. The ceilings +0.15.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 38.74 -> 38.29 (with shapes 83.63); the ceilings 38.35 and 83.7.
  // #15 (3 December, evening: the Blink heap below Leaflet's): the list's rows on demand with
  // `PartnerCityMap.listRows`, the ring in a group of its own, the list of keys only while shown,
  // the labels as one <text> of <tspan>s: +0.06 (38.32 -> 38.38, with shapes 83.66 -> 83.72);
  // the ceilings 38.45 and 83.8. The keys hint under the zoom buttons' row of a narrow map: 38.41.
  // The component split by job (under 350 lines): its shapes as a class (MapShapes, basemap.ts),
  // the print in the list's controller: +0.04 (38.45, with shapes 83.80); the ceilings 38.5 and 83.85.
  // The tooltip under a small map when beside its city it would cover it (320 px, 200 % text), the
  // keys hint gone at the first key: +0.20 (38.45 -> 38.65, with shapes 83.99); the ceilings 38.7 and 84.05.
  // The cities kept at least half of a very small map: 38.70; the ceilings 38.75 and 84.1. A
  // hover's tooltip under a small map over what follows: 38.72 (with shapes 84.06).
  // The resize controller shared with the areas (their narrow heading): 38.75 (84.09). The map
  // works in jsdom (Vitest's and Jest's DOM: `noDom` instead of Lit's isServer, matchMedia, ResizeObserver, IntersectionObserver, canvas and scrollIntoView checked for): 38.79 (84.13); the ceilings 38.85 and 84.2.
  'partner-city-map': { entry: 38.85, withLazy: 84.2 },
  // #18: the card (18.9) and the feed's own code, 29.27 KB at 5c81ed4 + the entries. By file
  // (minified characters, gzipped in proportion): the feed model (src/model/feed: JSON, RSS/Atom
  // through DOMParser, RFC 822 dates, HTML content) ~5.0 KB, the view ~4.3 KB (component 2.2,
  // styles 0.85, strings 0.5, search 0.3, filters 0.3, hash 0.15).
  // 30.09 after the feed's loading moved to its own module (FEED); +0.18 for an HTML description
  // split into lead and body (readMarkup's split, 1a90162): 30.27.
  // #15 (one template for the card's head, as the card's line): 30.51; the ceiling +0.1.
  // #15 (per-card costs, as the card's line): the ceiling +0.1.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 30.72 -> 30.30; the ceiling 30.35.
  // The words and the spacing on a phone with large text (as the card's line): 30.33 -> 30.35; the
  // ceiling 30.4.
  'city-news-feed': { entry: 30.4 },
  // #19: 23.61 KB at 97fe39b (busy machine; bytes do not vary). Its own code, each file minified and
  // gzipped alone (so more than its share of the entry): the model (parseTimeline, ranges,
  // same-day grouping) 2.8, the component 3.2, styles 1.6, the .ics writer 1.2, strings 0.7,
  // dates and calendar links 0.75; the rest is Lit and the data layer every widget shares.
  // The .ics writer stays in the entry: since #15 a calendar file is written when its link is
  // used, not at render, but within that click, so the writer must be there already.
  // 24.18 at 4f646c1: +0.26 for the dates without weekday (src/i18n/partial-date.ts), the rest shared code.
  // #15 (855bb46, measured on 4b00b9b with and without it): +0.03 (23.80 -> 23.83) for the files
  // made when a link is used (one listener, the links' own addresses back on revocation); the
  // all-in-one +0.05, the standalone file +0.04.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 24.02 -> 23.61; the ceiling 23.65.
  // The words and the spacing on a phone with large text (as the card's line; the entries' indent
  // too): 23.63 -> 23.66; the ceiling 23.7. An entry's padding on such a phone, the timeline in
  // jsdom (as the areas' line) and the hash's entry selected before the first render (not in a
  // second one): 23.71; the ceiling 23.75.
  'partnership-timeline': { entry: 23.75 },
  // +9.05 with <city-news-feed> (#18: the feed model and view above; the card is in already).
  // +3.24 with <partnership-timeline> (#19, measured with and without it at 97fe39b).
  // #15 (map-perf): +0.42 for the map's work above (46.35 -> 46.77 at d0124ea); the ceiling +0.25.
  // Measured with both (1 Dec 2026): 64.66 KB, not the 59.06 the two figures above add up to (each was
  // measured while the other's shared code was not yet in). By source map, minified characters:
  // the feed ~24,000 (its XML reader 6.4k, component 6.2k, styles 2.4k, HTML content 1.8k, JSON
  // 1.7k, entries 1.6k, strings 1.4k, RFC 822 dates 1.3k), the timeline ~22,000 (component 6.8k,
  // model 5.5k, styles 4.0k, .ics 2.3k, partial dates 2.2k, strings 1.2k).
  // #15 (map-perf round 5, as the map's line above): +0.21 (64.39 -> 64.60); the ceiling +0.15.
  // #15 (one template for the card's head, as the card's line): +0.10 (64.62 -> 64.72).
  // #15 (many widgets: only mostly-inline widgets leave the layout; server-rendered blocks are left
  // alone, display-rule.ts `mostlyInline`, measured with and without on 17e9f99): +0.07 (64.72 ->
  // 64.79); the ceiling +0.1.
  // #15 (per-card costs, as the card's line): the ceiling +0.1.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (one render, as the map's line): the ceiling +0.15.
  // #15 (labels after the first frame, as the map's line): +0.2 (65.10 -> 65.30); the ceiling +0.15.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 65.31 -> 64.87; the ceiling 64.9.
  // #15 (the map's heap, as the map's line): +0.05 (64.89 -> 64.94); the ceiling 65.0. The keys
  // hint's narrow rule (as the map's line): 64.97. The map split by job (as the map's line): 65.01;
  // the ceiling 65.05. The tooltip under a small map (as the map's line): 65.23; the ceiling 65.3.
  // The cities kept at least half of a very small map (as the map's line): 65.31; the ceiling 65.35.
  // The words and the spacing on a phone with large text (as the card's line): 65.35; the ceiling 65.4.
  // The areas' narrow heading (as the areas' line): 65.56; the ceiling 65.6. Every widget in
  // jsdom (as the areas' line): 65.60; the ceiling 65.65.
  'all-in-one': { entry: 65.65, target: 36.25 }, // 64.23 at 85c24e9 ("Get the data" lazy)
  // Everything in one file: Lit, the three elements, the map's Natural Earth shapes (about 38 KB),
  // DOMPurify (about 9 KB), the JSON-LD writer and the de, hr, uk and it UI strings. About 102 KB.
  // #18: +9.3 (the feed, and its strings in de, hr, uk and it: 111.71).
  // #19: +3.23 (the timeline and its strings in every language).
  // #15 (map-perf): +0.41 for the map's work above (102.40 -> 102.81 at d0124ea); the ceiling +0.25.
  // Measured with both new widgets and their strings in every language (1 Dec 2026): 121.83.
  // #15 (map-perf round 5, as the map's line above): +0.21 (122.26 -> 122.47; 122.26 without it
  // was already over); the ceiling +0.3.
  // #15 (one template for the card's head, as the card's line): 122.58; the ceiling +0.1.
  // #15 (many widgets, as the all-in-one's line): +0.08 (122.58 -> 122.66); the ceiling +0.1.
  // #15 (per-card costs, as the card's line): the ceiling +0.1.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (one render, as the map's line): the ceiling +0.15.
  // #15 (labels after the first frame, as the map's line): +0.18 (123.01 -> 123.19); the ceiling +0.15.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 123.20 -> 122.77; the ceiling 122.8.
  // #15 (the map's heap, as the map's line): +0.05 (122.79 -> 122.84); the ceiling 122.9. The
  // keys hint's narrow rule (as the map's line): 122.87. The map split by job (as the map's line):
  // 122.91; the ceiling 122.95. The tooltip under a small map (as the map's line): 123.13; the
  // ceiling 123.2. The cities kept at least half of a very small map (as the map's line): 123.20;
  // the ceiling 123.25.
  // The words and the spacing on a phone with large text (as the card's line): 123.25; the ceiling 123.3.
  // The areas' narrow heading (as the areas' line): 123.49; the ceiling 123.55.
  standalone: { entry: 123.55 },
  // The loader's shared chunks (host, heading) carry what any of the three widgets needs: 2.4 KB
  // more than the card's own entry. Per-widget parser and string modules took 20.36 -> 17.97.
  // #18/#19: 22.20 (the card's data-layer growth above, and the loader's two new tags).
  // #15 (1 Dec): +0.16 KB: loader.js lists each element's chunks to fetch them at once (fetchDepsAtOnce).
  // #15 (many widgets, as the all-in-one's line: loader.js runs the same display rule): 22.49 -> 22.57.
  // #15 (the end of a slice, as the card's line): the ceiling +0.1.
  // #15 (2 Dec): loader.js holds its display rule and defines the classes itself, one round trip
  // less: 22.75 -> 22.80 (the rule is no longer a chunk shared with the elements' tag modules).
  // #15 (2 Dec): the shared modules in one file (scripts/loader-chunks.mjs): 6 files -> 3,
  // 22.80 -> 22.26 (fewer gzip streams); the ceiling 22.85 -> 22.35.
  // #15 (3 December): src/styles/host.ts minified like every other module (its dark-theme helper,
  // which uses unsafeCSS, moved to src/styles/dark-theme.ts: minify-literals had skipped the whole
  // module) and the widgets' rules on classes instead of [part~=…]: 22.26 -> 21.92; the ceiling 21.95.
  // The words and the spacing on a phone with large text (as the card's line): 21.93 -> 21.97;
  // the ceiling 22.0. The areas' narrow heading: the resize controller the map and the areas now
  // share is in the shared file (apart, a card and the areas would take seven files, more than a
  // browser opens at once to one host): 22.08; the ceiling 22.1. Every widget in jsdom (as the
  // areas' line; the checks in the shared file): 22.11; the ceiling 22.15.
  'card-via-loader': { entry: 22.15, target: 16 },
};

/**
 * Builds `file` as a page gets it (minified, templates minified, Lit included) without writing;
 * returns its chunks, the set of chunk file names the entry loads at once (`seen`) and `walk`
 * to add another chunk with its static imports.
 */
export async function buildEntry(file, { single = false, sourcemap = false } = {}) {
  // loader.js's files are cut as the shipped build cuts them (scripts/loader-chunks.mjs).
  const loader = /(^|[\\/])src[\\/]loader\.ts$/.test(file);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    // (fetchDepsAtOnce as in the standalone builds: loader.js's lists of each element's chunks.)
    plugins: [minifyTemplatesPlugin(), fetchDepsAtOnce()],
    mode: 'production',
    build: {
      write: false,
      minify: true,
      sourcemap,
      target: 'es2022',
      lib: { entry: { entry: file }, formats: ['es'] },
      // Library mode keeps ES output readable unless the output itself is minified.
      // (No `@__PURE__` annotations, as in the standalone builds: vite.config.ts.)
      rolldownOptions: {
        output: {
          minify: true,
          comments: { annotation: false },
          ...(single && { codeSplitting: false }),
          ...(loader && { codeSplitting: loaderChunks() }),
        },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const walk = (c) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    c.imports.forEach((f) => walk(byName.get(f)));
  };
  walk(chunks.find((c) => c.isEntry));
  return { chunks, seen, walk };
}

/** Sizes (bytes, gzipped) of every entry: `{ name: { entry, lazy } }`. */
/**
 * Builds an entry of ENTRIES (a file, or `{ file, then }`: a page through loader.js, with the
 * element's chunk it loads on demand and what that imports) as `buildEntry` does; `seen` is what
 * the page downloads. Shared with scripts/size-composition.mjs.
 */
export async function entryChunks(spec, options = {}) {
  const built = await buildEntry(typeof spec === 'string' ? spec : spec.file, options);
  if (typeof spec !== 'string') built.walk(built.chunks.find((c) => c.facadeModuleId?.endsWith(spec.then)));
  return built;
}

export async function measure(entries = ENTRIES) {
  const out = {};
  for (const [name, spec] of Object.entries(entries)) {
    const { chunks, seen } = await entryChunks(spec, { single: SINGLE_FILE.has(name) });
    const gz = (cs) => cs.reduce((n, c) => n + gzipSync(c.code, { level: 9 }).length, 0);
    out[name] = { entry: gz(chunks.filter((c) => seen.has(c.fileName))), lazy: gz(chunks.filter((c) => !seen.has(c.fileName))) };
  }
  return out;
}

const kb = (bytes) => bytes / 1024;

/** The budgets an entry breaks, as sentences. */
export function overBudget(sizes) {
  const problems = [];
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const s = sizes[name];
    if (!s) continue;
    if (kb(s.entry) > budget.entry) problems.push(`${name}: ${kb(s.entry).toFixed(2)} KB gzipped, over its budget of ${budget.entry} KB`);
    if (budget.withLazy && kb(s.entry + s.lazy) > budget.withLazy) {
      problems.push(
        `${name} with its lazy chunks: ${kb(s.entry + s.lazy).toFixed(2)} KB gzipped, over its budget of ${budget.withLazy} KB`,
      );
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measure();
  console.log('entry               KB gz   lazy KB gz   budget');
  for (const [name, s] of Object.entries(sizes)) {
    const b = BUDGETS[name] ?? {};
    const budget = [b.entry && `${b.entry}`, b.withLazy && `${b.withLazy} with lazy`, b.target && `target ${b.target}`]
      .filter(Boolean)
      .join(', ');
    console.log(`${name.padEnd(18)} ${kb(s.entry).toFixed(2).padStart(6)}   ${kb(s.lazy).toFixed(2).padStart(10)}   ${budget}`);
  }
  if (process.argv.includes('--check')) {
    const problems = overBudget(sizes);
    if (problems.length) {
      console.error(`Size budget exceeded:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log('All entries are within their budgets.');
  }
}
