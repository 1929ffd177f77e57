/** Console output of a widget, always prefixed with its tag so an editor knows which widget speaks. */
export function warn(tag: string, message: string): void {
  console.warn(`[${tag}] ${message}`);
}

let twice: string[] = [];

/**
 * Called when a tag is defined already (a second copy of the library on the page): the first
 * definition stays, and one console warning, after the second copy has run, names every such tag.
 */
export function alreadyDefined(tag: string): void {
  if (!twice.length) {
    queueMicrotask(() => {
      console.warn(
        `[partner-city-widgets] loaded twice: ${twice.join(', ')} ${twice.length > 1 ? 'are' : 'is'} already defined; the first definition is kept.`,
      );
      twice = [];
    });
  }
  twice.push(tag);
}
