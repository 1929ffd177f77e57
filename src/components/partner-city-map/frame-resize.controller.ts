import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Reports the content box of the `.frame` of the host's shadow root whenever it changes size,
 * following the frame when a render replaces it (the skeleton's, then the map's).
 *
 * Hand-made rather than `ResizeController` of @lit-labs/observers: that one starts observing an
 * element rendered by the host through its `target()` directive or `observe()`, and both request
 * an update of the host while it renders or has just rendered. Lit's dev mode reports that as a
 * change-in-update (the hydration test expects no warning), and every map would render once more
 * for nothing. This observes the frame after the update, which requests nothing.
 */
export class FrameResizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize: (box: DOMRectReadOnly) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer = new ResizeObserver(([entry]) => this.onResize(entry.contentRect));
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = this.observed = undefined;
  }

  hostUpdated() {
    const frame = this.host.shadowRoot?.querySelector('.frame');
    if (frame && frame !== this.observed && this.observer) {
      this.observer.disconnect();
      this.observer.observe(frame);
      this.observed = frame;
    }
  }
}
