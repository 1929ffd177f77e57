// The horizontal layout's axis: a focusable region that the arrow keys, Home and End scroll.

import { scrollBehavior } from '../../internal/hash.js';

/** How far one arrow key scrolls the horizontal axis, in CSS pixels. */
const STEP = 120;

/** For `keydown` on the axis: arrow keys, Home and End scroll it while it has the focus itself. */
export function scrollAxis(e: KeyboardEvent): void {
  const axis = e.currentTarget as HTMLElement;
  if (e.target !== axis || e.altKey || e.ctrlKey || e.metaKey) return;
  const rtl = getComputedStyle(axis).direction === 'rtl' ? -1 : 1;
  const by: Record<string, number> = { ArrowRight: STEP * rtl, ArrowLeft: -STEP * rtl };
  const smooth = scrollBehavior();
  if (e.key in by) axis.scrollBy({ left: by[e.key], behavior: smooth });
  else if (e.key === 'Home' || e.key === 'End')
    axis.scrollTo({ left: (e.key === 'End' ? 1 : 0) * rtl * axis.scrollWidth, behavior: smooth });
  else return;
  e.preventDefault();
}
