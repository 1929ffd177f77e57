import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reports the content box of the first element matching `selector` in the host's shadow root
 * whenever it changes size, following the element when a render replaces it (the skeleton's,
 * then the ready view's; the first area a search leaves).
 *
 * Hand-made rather than `ResizeController` of @lit-labs/observers: that one starts observing an
 * element rendered by the host through its `target()` directive or `observe()`, and both request
 * an update of the host while it renders or has just rendered. Lit's dev mode reports that as a
 * change-in-update (the hydration test expects no warning), and every widget would render once
 * more for nothing. This observes the element after the update, which requests nothing.
 */
export class ShadowResizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
    private readonly onResize: (box: DOMRectReadOnly) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // (No ResizeObserver in jsdom: nothing is reported there, as nothing is laid out.)
    if (typeof ResizeObserver === 'function') this.observer = new ResizeObserver(([entry]) => this.onResize(entry.contentRect));
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = this.observed = undefined;
  }

  hostUpdated() {
    const element = this.host.shadowRoot?.querySelector(this.selector);
    if (element && element !== this.observed && this.observer) {
      this.observer.disconnect();
      this.observer.observe(element);
      this.observed = element;
    }
  }
}
