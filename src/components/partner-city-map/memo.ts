/**
 * `compute`, called again only when one of its arguments is not the one of the last call (`===`):
 * the map's drawing and its labels are worked out once per model, size and view, not on every
 * hover or key press. With `key`, calls are compared on what it gives instead of on their
 * arguments; with `size`, the last `size` different calls are kept (the oldest dropped first).
 */
export function memo<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
  key: (...args: A) => readonly unknown[] = (...args) => args,
  size = 1,
): (...args: A) => R {
  let kept: { key: readonly unknown[]; value: R }[] = [];
  return (...args) => {
    const k = key(...args);
    const entry = kept.find((e) => e.key.every((v, i) => v === k[i])) ?? { key: k, value: compute(...args) };
    kept = [entry, ...kept.filter((e) => e !== entry)].slice(0, size);
    return entry.value;
  };
}
