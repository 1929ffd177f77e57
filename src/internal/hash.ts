import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noDom } from './env.js';

/*
 * Scrolling to what the hash names (and the timeline's axis), in any environment: smooth unless
 * the reader asks for less motion, and nothing where the environment cannot scroll or say (jsdom,
 * the DOM of Jest's and Vitest's tests, has neither `matchMedia` nor `scrollIntoView`). Here, in
 * the module of the widgets a hash points into, so that a card's page does not download it.
 */

/** The scroll behaviour the reader asks for (smooth where the environment cannot tell). */
export const scrollBehavior = (): ScrollBehavior =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

/** Scrolls `el` into view with the reader's scroll behaviour, where the environment can. */
export function scrollToView(el: Element | null | undefined, options: ScrollIntoViewOptions): void {
  if (typeof el?.scrollIntoView === 'function') el.scrollIntoView({ ...options, behavior: scrollBehavior() });
}

/** The id that the page's URL hash names (`#<id>`, percent-decoded), or `''`. */
export function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return ''; // not a valid percent-encoding (`#%E0%A4%A`): names nothing
  }
}

/**
 * The URL hash as a way in, shared by the widgets a hash can point into: calls `open` with the
 * id the hash names whenever the hash changes (while the host is connected), and once for each
 * new data the host shows (`check`).
 */
export class HashController implements ReactiveController {
  private readonly listener = () => this.open(hashId());
  private checked?: unknown;

  constructor(
    host: ReactiveControllerHost,
    private readonly open: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** After an update: the data shown, if any; new data gets the hash's id once. */
  check(data: unknown) {
    if (!data || data === this.checked) return;
    this.checked = data;
    this.open(hashId());
  }

  hostConnected() {
    if (!noDom) window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.listener);
  }
}
