/**
 * Keeps many widgets from blocking the page: updates run in slices of about 40 ms; when a
 * slice is used up (a page with a thousand cards), the remaining updates wait for the next
 * task, so input and painting get their turn in between. A single widget updating after a
 * click never waits.
 */

const SLICE_MS = 40;
let sliceStart: number | undefined;
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

/** Whether the current slice is used up. Checked right before each update, so it counts the updates before it. */
export function sliceUsedUp(): boolean {
  return performance.now() - startSlice() >= SLICE_MS;
}
