// The README's generated blocks (bench/goals.mjs: the goals of #15; scripts/feature-costs.mjs:
// what each feature costs) stand between an HTML comment that starts them and one that ends
// them; the writers replace the block, markers included, and leave the rest of the file as it is.

/**
 * `text` with its block from `start` through `end` (both markers included) replaced by `block`
 * (which brings its markers again); throws, naming `what`, when the markers are not there.
 */
export function replaceBlock(text, start, end, block, what) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`README.md has no ${start} … ${end} block for ${what}`);
  return text.slice(0, from) + block + text.slice(to + end.length);
}
