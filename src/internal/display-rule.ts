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

/** How many widgets become blocks in one step (measured: a hundred cost a few ms, a thousand at once a quarter of a second on a slow machine). */
const STEP = 100;

/**
 * The channel that starts the next task, kept for the page's life: a MessageChannel that nothing
 * references can be garbage-collected before its message arrives (see schedule.ts), and the
 * widgets would then never be defined. One step waits at a time.
 */
let channel: MessageChannel | undefined;
let resume: (() => void) | undefined;

/** The start of the next task: a message (timers are clamped; a frame would wait up to 16 ms for nothing). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    resume = resolve;
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => resume?.();
    }
    channel.port2.postMessage(null);
  });
}

/**
 * For widgets the browser has already laid out as inline boxes (a module script runs after the
 * first layout of the page): makes `tags` blocks a hundred siblings per task, each step's style
 * recalculated in its own task (forced by reading one widget's computed display), so that no
 * task is long and none waits for a frame; resolves when all are blocks. Turning a thousand
 * laid-out inline siblings into blocks at once is one style and layout pass that no script can
 * split (a quarter of a second on a slow machine, traced). `count` is how many such widgets the
 * page holds (an upper bound for any sibling position).
 */
export async function displayAsBlockInSteps(tags: readonly string[], count: number): Promise<void> {
  let rule: Shared | undefined;
  try {
    rule = shared();
  } catch {
    rule = undefined;
  }
  if (!rule) return;
  for (const tag of tags) rule.tags.add(tag);
  const probe = document.querySelector(tags.join(','));
  for (let limit = STEP; limit < count + STEP; limit += STEP) {
    rule.limit = limit;
    write(rule);
    // The style of this step now, in this task, not all steps' at the next frame.
    if (probe) void getComputedStyle(probe).display;
    await nextTask();
  }
  rule.limit = undefined;
  write(rule);
}
