/** One rule for every copy of the library on the page. */
const KEY = Symbol.for('partner-city-widgets.display-rule');

interface Shared {
  readonly sheet: CSSStyleSheet;
  readonly tags: Set<string>;
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

/** Writes the rule: the widgets of `rule.tags` are blocks, those of `hidden` are taken out of the layout. */
function write(rule: Shared, hidden: readonly string[] = []): void {
  const blocks = [...rule.tags].filter((t) => !hidden.includes(t)).map((t) => `${t}:not([hidden])`);
  rule.sheet.replaceSync(
    (blocks.length ? `:where(${blocks.join(', ')}) { display: block; }` : '') +
      (hidden.length ? `:where(${hidden.join(', ')}) { display: none; }` : ''),
  );
}

/**
 * Makes `tag` a block in the page before its element is defined: a constructed style sheet the
 * document adopts (allowed under a strict CSP, unlike a `<style>`). Without it a thousand widgets
 * in the HTML are laid out as inline boxes first and all turn into blocks at once when they
 * upgrade, one long style recalculation no script can split (measured in `npm run bench`,
 * section 3; for widgets already laid out, see `displayAsBlockNow`). The rule has no specificity (`:where`), so any rule of the page wins, and it
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

/**
 * The channel that starts the next task, kept for the page's life: a MessageChannel that nothing
 * references can be garbage-collected before its message arrives (see schedule.ts), and the
 * widgets would then never be defined.
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

/** Whether most of a sample of `widgets` (16 at most, spread over the list) are inline boxes. */
function mostlyInline(widgets: ArrayLike<Element>): boolean {
  const step = Math.max(1, Math.floor(widgets.length / 16));
  let seen = 0;
  let inline = 0;
  for (let i = 0; i < widgets.length; i += step) {
    seen++;
    if (getComputedStyle(widgets[i]).display === 'inline') inline++;
  }
  return inline * 2 >= seen;
}

/**
 * For widgets the browser has already laid out as inline boxes (a module script runs after the
 * first layout of the page): makes `tags` blocks in this task, and resolves in the next one, so
 * that their upgrade is a task of its own. Turned straight from inline boxes into blocks, a
 * thousand laid-out siblings take one style and layout pass whose cost grows with the square of
 * their number (traced: 10 steps of a hundred took about 50 ms, all at once about 130 ms). So
 * they are first taken out of the layout (`display: none`), then made blocks, each style pass
 * forced here (by reading one widget's computed display): about 5 ms for a thousand (bench,
 * section 3). No frame and no layout comes between the two passes, so nothing is shown hidden,
 * the page does not move for it, and focus stays where it was; CSS animations in the inline
 * widgets' fallback content start again once. Widgets that are mostly blocks already
 * (server-rendered, or a rule of the page) skip the detour and keep their animations.
 */
export async function displayAsBlockNow(tags: readonly string[]): Promise<void> {
  let found: Shared | undefined;
  try {
    found = shared();
  } catch {
    found = undefined;
  }
  if (!found) return;
  const rule = found;
  // Tags already in the rule (another copy of the library) are blocks already.
  const fresh = tags.filter((t) => !rule.tags.has(t));
  for (const tag of fresh) rule.tags.add(tag);
  const widgets = fresh.length ? document.querySelectorAll(fresh.join(',')) : [];
  const probe = widgets[0];
  // Only inline boxes need the detour: widgets that are blocks already (server-rendered ones,
  // whose declarative shadow root brings `:host { display: block }`, or a rule of the page) would
  // be laid out again for nothing, and CSS animations in them would start again. A sample of at
  // most 16 widgets, spread over the page, decides (reading every one's computed style costs about
  // 10 ms for a thousand); when fewer than half of it are inline, all are made blocks straight.
  if (probe && mostlyInline(widgets)) {
    write(rule, fresh);
    void getComputedStyle(probe).display;
  }
  write(rule);
  if (probe) void getComputedStyle(probe).display;
  await nextTask();
}
