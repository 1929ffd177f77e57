// Compares builds of the bundle on one page of the bench, in pairs of loads under V8's sampling
// profiler: the time of a small change to the widgets' JS is below the spread of wall-clock runs
// on a busy machine, but each load's JS, garbage collection and browser time can be compared with
// the other build's load beside it.
//
//   node bench/profile-variants.mjs [cards|inline] [--rounds 30] name=dir name=dir
//
// Each dir holds a partner-city-widgets.js bundle (`npx vite build --mode bundle --outDir dir`).
// Rounds alternate the order (A B, B A, …, after a warm-up; bench/variants.mjs), each load in a
// fresh context. Prints per build the
// medians [min–max] of JS (samples in any script), garbage collection, "(program)" (the browser's
// own work) and rendered; for two builds, the median of the paired differences (second − first)
// and in how many pairs the second was lower.
import { profiledLoad } from './profile.mjs';
import { compareVariants } from './variants.mjs';

await compareVariants({
  script: 'profile-variants.mjs',
  rounds: 30,
  metrics: ['js', 'gc', 'browser', 'rendered'],
  paired: ['js', 'gc', 'browser', 'rendered', ['busy', (s) => s.js + s.gc + s.browser]],
  async measure(browser, url) {
    const { profile, bench } = await profiledLoad(browser, url);
    if (bench.error) throw new Error(`${url}: ${bench.error}`);
    const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    const out = { js: 0, gc: 0, browser: 0, rendered: bench.rendered };
    profile.samples.forEach((id, i) => {
      const f = names.get(id);
      const ms = profile.timeDeltas[i] / 1000;
      if (f === '(program)') out.browser += ms;
      else if (f === '(garbage collector)') out.gc += ms;
      else if (f !== '(idle)' && f !== '(root)') out.js += ms;
    });
    return out;
  },
});
