/** How a memo compares its calls: what it keys them on, and how many it keeps. */
export interface MemoOptions<A extends readonly unknown[]> {
  /** The values a call is keyed on (compared with `===`): by default its arguments. */
  readonly key?: (...args: A) => readonly unknown[];
  /** How many of the last different calls are kept (the oldest dropped first): 1 by default. */
  readonly size?: number;
}

/**
 * `compute`, called again only when one of its arguments is not the one of the last call (`===`):
 * the map's drawing and its labels are worked out once per model, size and view, not on every
 * hover or key press. With `size`, the last `size` different calls are kept; with `key`, calls
 * are compared on what it returns instead of on all their arguments.
 */
export function memo<A extends readonly unknown[], R>(compute: (...args: A) => R, options: MemoOptions<A> = {}): (...args: A) => R {
  const { key = (...args: A) => args, size = 1 } = options;
  const kept: { key: readonly unknown[]; value: R }[] = [];
  return (...args) => {
    const k = key(...args);
    const i = kept.findIndex((e) => e.key.length === k.length && e.key.every((v, j) => v === k[j]));
    const entry = i < 0 ? { key: k, value: compute(...args) } : kept.splice(i, 1)[0];
    kept.unshift(entry);
    if (kept.length > size) kept.length = size;
    return entry.value;
  };
}
