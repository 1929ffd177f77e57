/**
 * `compute`, called again only when one of its arguments is not the one of the last call (`===`):
 * the map's drawing and its labels are worked out once per model, size and view, not on every
 * hover or key press.
 */
export function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args) => {
    if (!last || args.some((a, i) => a !== last!.args[i])) last = { args, value: compute(...args) };
    return last.value;
  };
}
