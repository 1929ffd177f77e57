/** Test helpers shared by the element tests (not part of the package). */

let counter = 0;
/** A key unique to this page load, for request counting on the test server. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${++counter}`;

/** How many requests the test server saw for `key`. */
export async function hits(key: string): Promise<number> {
  return (await (await fetch(`/test-api/hits?key=${encodeURIComponent(key)}`)).json()).hits;
}

/** The seed announcement (the demo's data), its image URL made absolute for pages outside demo/. */
export async function seed(): Promise<Record<string, unknown>> {
  const data = await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
  data.image.src = '/demo/data/ljubljana-moskva.svg';
  return data;
}

/** Collects console warnings for the assertions of a test, keeping the console clean. */
export function captureWarnings() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** The shadow root's visible text, whitespace folded. */
export const textOf = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
