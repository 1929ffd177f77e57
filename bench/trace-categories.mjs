// The Chromium trace categories the bench's trace scripts record (map-trace.mjs, demo-trace.mjs):
// tasks and their kinds, V8's execution and CPU profile, Blink.
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink',
  'v8',
  'toplevel',
];
