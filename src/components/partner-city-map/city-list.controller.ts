import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Calls `then` when the page is idle (within 500 ms), or at once where there is no `requestIdleCallback` (Safari). */
const whenIdle = (then: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(then, { timeout: 500 }) : then());

/**
 * The list of the cities under the map: whether it is open ("Show as list"), and whether its
 * table's rows are rendered. Not in the map's first frame (hundreds of rows and the first
 * `Intl.DisplayNames` would delay it), but once that frame is painted and the page is idle
 * (the country shapes come first), within half a second; at once on the server, over
 * server-rendered markup (`now()`), and when the reader opens the list.
 */
export class CityListController implements ReactiveController {
  open = false;
  rows = isServer;
  private soon = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the map is drawn (its ready view rendered). */
    private readonly drawn: () => boolean,
  ) {
    host.addController(this);
  }

  /** The rows at once (the first render of server-rendered markup, which has them). */
  now() {
    this.rows = true;
  }

  readonly toggle = () => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  hostUpdated() {
    // A frame callback runs before the paint: the task after it, after.
    if (this.drawn() && !this.rows && !this.soon)
      this.soon = requestAnimationFrame(() =>
        setTimeout(() =>
          whenIdle(() => {
            this.rows = true;
            this.host.requestUpdate();
          }),
        ),
      );
  }
}
