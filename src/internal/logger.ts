/** Console output of a widget, always prefixed with its tag so an editor knows which widget speaks. */
export function warn(tag: string, message: string): void {
  console.warn(`[${tag}] ${message}`);
}

const warnedTwice = new Set<string>();

/**
 * Defines a tag unless it is defined already (two copies of the library on one page), in
 * which case the first definition stays and one warning is written.
 */
export function alreadyDefined(tag: string): void {
  if (warnedTwice.has(tag)) return;
  warnedTwice.add(tag);
  warn(tag, 'is already defined on this page (the library is loaded twice?); the first definition is kept.');
}
