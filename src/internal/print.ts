import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Whether the page is being printed, for widgets that print more than they show (the areas'
 * closed panels, the card's collapsed body): CSS alone cannot print what is not rendered. One
 * media query and one pair of print events for the whole page, whatever the number of widgets.
 */

const watchers = new Set<PrintController>();
let media: MediaQueryList | undefined;
let listening = false;
/** Between `beforeprint` and `afterprint` (the print media query may match a moment later). */
let printEvent = false;

function update() {
  const printing = printEvent || !!media?.matches;
  for (const w of watchers) w.set(printing);
}

/** The print events and, where the environment has one (not jsdom), the print media query. */
function listen() {
  listening = true;
  media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  media?.addEventListener('change', update);
  addEventListener('beforeprint', () => ((printEvent = true), update()));
  addEventListener('afterprint', () => ((printEvent = false), update()));
}

/** `printing` is true while the page is printed (or shown as printed); the host updates when it changes. */
export class PrintController implements ReactiveController {
  /** Whether the page is being printed. */
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    if (!listening) listen();
    watchers.add(this);
    this.set(printEvent || !!media?.matches);
  }

  hostDisconnected() {
    watchers.delete(this);
  }

  /** @internal */
  set(printing: boolean) {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
