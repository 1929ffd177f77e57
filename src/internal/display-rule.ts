/** One rule for every copy of the library on the page. */
const KEY = Symbol.for('partner-city-widgets.display-rule');

interface Shared {
  readonly sheet: CSSStyleSheet;
  readonly tags: Set<string>;
  /** While widgets are made blocks in steps: only the first `limit` of each tag among siblings. */
  limit?: number;
}

function shared(): Shared | undefined {
  if (typeof document === 'undefined' || !Array.isArray(document.adoptedStyleSheets)) return undefined;
  const global = globalThis as { [KEY]?: Shared };
  let found = global[KEY];
  if (!found) {
    found = global[KEY] = { sheet: new CSSStyleSheet(), tags: new Set() };
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, found.sheet];
  }
  return found;
}

function write(rule: Shared): void {
  const only = rule.limit === undefined ? '' : `:nth-of-type(-n+${rule.limit})`;
  rule.sheet.replaceSync(`:where(${[...rule.tags].map((t) => `${t}:not([hidden])${only}`).join(', ')}) { display: block; }`);
}

/**
 * Makes `tag` a block in the page before its element is defined: a constructed style sheet the
 * document adopts (allowed under a strict CSP, unlike a `<style>`). Without it a thousand widgets
 * in the HTML are laid out as inline boxes first and all turn into blocks at once when they
 * upgrade, one long style recalculation no script can split (measured in `npm run bench`,
 * section 3). The rule has no specificity (`:where`), so any rule of the page wins, and it
 * leaves out `[hidden]` widgets.
 */
export function displayAsBlock(tag: string): void {
  try {
    const rule = shared();
    if (!rule || rule.tags.has(tag)) return;
    rule.tags.add(tag);
    write(rule);
  } catch {
    // A document without constructed style sheets: the widgets become blocks when they upgrade.
  }
}

/** How many widgets become blocks in one frame (measured: a hundred cost a few ms, a thousand at once a quarter of a second). */
const STEP = 100;

/** The next frame has been rendered (or the page is hidden and renders none). */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return void setTimeout(resolve);
    // A frame that never comes (the page hidden meanwhile) does not hold the widgets back for long.
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

/**
 * For widgets the browser has already laid out as inline boxes (a module script runs after the
 * first layout of the page): makes `tags` blocks a hundred siblings per frame, and resolves when
 * all are, one frame later. Turning a thousand laid-out inline siblings into blocks at once is
 * one style and layout pass of about a quarter of a second (traced); in steps no frame is long.
 * `count` is how many such widgets the page holds (an upper bound for any sibling position).
 */
export async function displayAsBlockInSteps(tags: readonly string[], count: number): Promise<void> {
  let rule: Shared | undefined;
  try {
    rule = shared();
  } catch {
    rule = undefined;
  }
  if (!rule) return;
  for (let limit = STEP; limit < count + STEP; limit += STEP) {
    rule.limit = limit;
    for (const tag of tags) rule.tags.add(tag);
    write(rule);
    await afterFrame();
  }
  rule.limit = undefined;
  write(rule);
}
