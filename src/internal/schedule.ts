/**
 * Keeps many widgets from blocking the page: updates run in slices of about 40 ms; when a
 * slice is used up (a page with a thousand cards), the remaining updates wait for the next
 * task, so input and painting get their turn in between. A single widget updating after a
 * click never waits. The few updates left when a slice runs out finish in it, if at the
 * slice's pace they fit in a quarter of a slice: a last slice of a handful of updates would
 * cost the page a task and a frame of its own.
 */

const SLICE_MS = 40;
/** How far past its end a slice may run on to finish the updates left, in ms. */
const FINISH_MS = SLICE_MS / 4;
let sliceStart: number | undefined;
/** The updates run in the current slice. */
let updates = 0;
let nextTask: Promise<void> | undefined;

/**
 * The channel that starts the next task, kept for the page's life: a MessageChannel that
 * nothing references can be garbage-collected before its message arrives, and the updates
 * waiting on it would then wait for ever (seen on a busy machine: a widget stuck loading).
 */
let channel: MessageChannel | undefined;
let resolveNext: (() => void) | undefined;

/** A promise for the start of the next task (a message, not a timer: timers are clamped). */
export function nextSlice(): Promise<void> {
  return (nextTask ??= new Promise((resolve) => {
    resolveNext = resolve;
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const resolveIt = resolveNext;
        resolveNext = undefined;
        nextTask = undefined;
        sliceStart = undefined;
        updates = 0;
        resolveIt?.();
      };
    }
    channel.port2.postMessage(null);
  }));
}

/**
 * Starts the current slice, if none has started in this task. Called when a widget connects as
 * well as before each update, so that a slice also counts the browser's upgrade of the widgets
 * that were in the HTML (a thousand of them take tens of milliseconds before any update).
 */
export function startSlice(): number {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    // The slice ends with this task.
    void nextSlice();
  }
  return sliceStart;
}

/**
 * Whether the current slice is used up, `waiting` updates (this one among them) still to run.
 * Checked right before each update, so it counts the updates before it; an update it allows is
 * counted as run. Past the slice, the updates left run on when the slice's pace (its time so far
 * over its updates, the upgrade of the widgets included: an overestimate) says they end within
 * `FINISH_MS` of its end.
 */
export function sliceUsedUp(waiting = 1): boolean {
  const used = performance.now() - startSlice();
  const over = used >= SLICE_MS && (waiting * used) / Math.max(updates, 1) > SLICE_MS + FINISH_MS - used;
  if (!over) updates++;
  return over;
}
