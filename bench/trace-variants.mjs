// Compares builds of the bundle on one page of the bench in traced loads, interleaved: the main
// thread's time by kind (style, layout, paint, garbage collection, HTML parsing) from Chromium's
// trace events, per load, and the paired differences. The browser's own work does not show in a
// JS profile (profile-variants.mjs): a change to the widgets' CSS or DOM shows here.
//
//   node bench/trace-variants.mjs [cards|inline] [--rounds 16] name=dir name=dir
//
// Each dir holds a partner-city-widgets.js bundle (`npx vite build --mode bundle --outDir dir`).
// Rounds alternate the order (A B, B A, …, after a warm-up; bench/variants.mjs), each load in a
// fresh context. Prints per build the
// medians of rendered (the page's own mark), the main thread's tasks and each kind (the outermost
// events of that kind, so nested ones are not counted twice); for two builds, the median of the
// paired differences (second − first) and in how many pairs the second was lower. Tracing slows
// the page: compare the builds of one run, not these figures with the bench's.
import { tracedLoad } from './profile.mjs';
import { compareVariants } from './variants.mjs';

/** The trace events' names, by kind. */
const KINDS = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  ParseHTML: 'parse',
};
await compareVariants({
  script: 'trace-variants.mjs',
  rounds: 16,
  metrics: ['rendered', 'tasks', 'style', 'layout', 'paint', 'gc', 'parse'],
  /** One traced load of a build's page: rendered and the main thread's time by kind (ms). */
  async measure(browser, url, file) {
    const { rendered, onMain } = await tracedLoad(browser, url, file);
    const out = { rendered, tasks: 0, style: 0, layout: 0, paint: 0, gc: 0, parse: 0 };
    const ends = {};
    for (const e of onMain) {
      if (e.name === 'ThreadControllerImpl::RunTask') out.tasks += e.dur / 1000;
      const kind = KINDS[e.name];
      // (Outermost events of a kind only: one nested in another of its kind is in it already.)
      if (!kind || e.ts < (ends[kind] ?? 0)) continue;
      ends[kind] = e.ts + e.dur;
      out[kind] += e.dur / 1000;
    }
    return out;
  },
});
