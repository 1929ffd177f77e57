import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noDom } from '../../internal/env.js';
import { PrintController } from '../../internal/print.js';
import type { ListState } from './templates/ready.js';

/** Calls `then` when the page is idle (within 500 ms), or at once where there is no `requestIdleCallback` (Safari). */
const whenIdle = (then: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(then, { timeout: 500 }) : then());

/**
 * Calls `then` in the task after the next painted frame (a frame callback runs before the
 * paint: the task after it, after), or after a second where no frame comes (a hidden tab:
 * `updateComplete` does not wait for the tab to be shown). Returns a function that cancels it.
 */
const afterPaint = (then: () => void) => {
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const once = () => {
    cancel();
    timer = setTimeout(then);
  };
  const frame = requestAnimationFrame(once);
  let timer = setTimeout(once, 1000);
  return cancel;
};

/**
 * How the labels are placed: not yet (the map's first frame has none), with the widths the
 * server estimated (the first render over server-rendered markup, which must match it), or
 * with measured widths.
 */
export type LabelPlacing = 'later' | 'estimate' | 'measure';

/**
 * What the map draws after its first frame: the cities' labels, and the rows of the list under
 * it, and whether that list is open ("Show as list"). Neither is in the first frame, which shows
 * the countries, the arcs and the markers: the labels (300 names measured, placed clear of each
 * other, and laid out) come in the task after that frame is painted. The rows (hundreds, and the
 * first `Intl.DisplayNames`) come when the reader opens the list (or the page is printed), and
 * stay; with `always` (`PartnerCityMap.listRows = 'always'`), once the page is idle after the
 * first frame, within half a second, so that the hidden table is always in the page. Both at
 * once on the server and over server-rendered markup (`now()`).
 */
export class ListAndLabelsController implements ReactiveController {
  open = false;
  /** The page is printed with the list open and complete. */
  private readonly print: PrintController;
  rows = noDom;
  labels: LabelPlacing = noDom ? 'estimate' : 'later';
  /** Cancels what is scheduled for after the first frame. */
  private soon?: () => void;
  /** Until the labels' update is asked for, after the first frame (or the map is taken out of the page). */
  private placing?: { promise: Promise<void>; placed: () => void };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the map is drawn (its ready view rendered). */
    private readonly drawn: () => boolean,
    /** Whether the rows come after the first frame even while the list is closed. */
    private readonly always: () => boolean,
  ) {
    host.addController(this);
    this.print = new PrintController(host);
  }

  /** What the template shows: the list open (or printed), its rows when they are due, its toggle. */
  get view(): ListState {
    const open = this.open || this.print.printing;
    return { open, rows: this.rows || open, toggle: this.toggle };
  }

  /** The rows and the labels at once, as the server placed them (the first render of server-rendered markup). */
  now() {
    this.rows = true;
    this.labels = 'estimate';
  }

  /** The labels' widths are measured from now on (the map has its size and font): placed again if they were estimated. */
  measure() {
    if (this.labels !== 'estimate') return;
    this.labels = 'measure';
    this.host.requestUpdate();
  }

  readonly toggle = () => {
    this.open = !this.open;
    // Once opened, the rows stay (hidden again, for screen readers).
    this.rows = true;
    this.host.requestUpdate();
  };

  /**
   * For the map's `getUpdateComplete`: `done` (its update), or, once the map is drawn and its
   * labels are to come, when the update that draws them is done too (`next`).
   */
  async settle(done: boolean, next: () => Promise<boolean>): Promise<boolean> {
    return this.placing ? (await this.placing.promise, next()) : done;
  }

  hostUpdated() {
    if (!this.drawn() || this.soon || (this.rows && this.labels !== 'later')) return;
    let placed = () => {};
    this.placing = { promise: new Promise<void>((resolve) => (placed = resolve)), placed };
    this.soon = afterPaint(() => {
      if (this.labels === 'later') this.labels = 'measure';
      this.host.requestUpdate();
      this.placed();
      if (this.always())
        whenIdle(() => {
          this.rows = true;
          this.host.requestUpdate();
        });
    });
  }

  /** Taken out of the page before the first frame: nothing left scheduled; again when it comes back. */
  hostDisconnected() {
    this.soon?.();
    this.soon = undefined;
    this.placed();
  }

  private placed() {
    this.placing?.placed();
    this.placing = undefined;
  }
}
