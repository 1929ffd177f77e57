// How the bench writes its figures: shared by bench/run.mjs (RESULTS.md) and bench/goals.mjs
// (the README's table of #15's goals), so that both print a run's figures alike.

export const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
export const ms = (x) => (x == null ? '—' : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
/** A summary `{ median, min, max }` as "median [min–max]". */
export const msRange = (s) => (s ? `${ms(s.median)} [${ms(s.min).replace(' ms', '')}–${ms(s.max)}]` : '—');
export const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(2)} KB`);
export const mb = (bytes) => (bytes == null ? '—' : `${(bytes / 1048576).toFixed(1)} MB`);
/** a ÷ b to two decimals, or null when either is missing. */
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100);
export const x = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
