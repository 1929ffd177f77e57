// How loader.js's files are cut: every module that two or more elements share is in one file,
// `loader-host-*.js` (Lit, the base classes, the data layer, the languages, and the small helpers
// such as the heading, the download link's style and the print controller), except the few
// below that only some elements use, so that a card does not download them: the areas' parser
// and the hash links (areas, feed, timeline), the search (areas, feed), the partnership parser
// (map, feed, timeline) and the article parser (card, feed). Left to the bundler, those small helpers were files of their own, one per set of
// elements that shares them: a card took six files and a card with the areas nine, more than a
// browser opens at once to one host over HTTP/1.1 (six), so the last ones waited for a round
// trip (#15: card + areas interleaved with the build before, at 100 ms of latency 446 against 522
// ms, lower in 10 of 10, and without latency 169 against 223 ms, 12 of 16; the card's files
// 0.54 KB smaller gzipped, fewer streams). Used by vite.config.ts's loader build and by
// scripts/size.mjs, so the measured bytes are the shipped ones.

/** Modules that stay out of the shared file. */
const APART =
  /[\\/]src[\\/](model[\\/](parse-areas|parse-article|parse-partnership|feed[\\/]trusted)|internal[\\/](hash|search|search-field)|styles[\\/]search)\.ts$/;

/** rolldown's `output.codeSplitting` for loader.js's build. */
export const loaderChunks = () => ({
  groups: [{ name: 'host', minShareCount: 2, test: (/** @type {string} */ id) => !APART.test(id) }],
});
