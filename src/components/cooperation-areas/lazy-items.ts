import type { ReactiveController, ReactiveElement } from 'lit';
import { noDom } from '../../internal/env.js';
import type { Area } from '../../model/types.js';

/** Above this many items in all, open areas render their items only when they come near the viewport. */
const LAZY_ITEMS = 300;

/** Whether items can wait for the viewport: on the server (placeholders, as the client hydrates them) and where there is an IntersectionObserver (not jsdom: every item at once). */
const canWait = noDom || typeof IntersectionObserver === 'function';

/**
 * Many items render late: with more than 300 items in all, an open area shows an empty
 * `.placeholder` (with `data-area`, its id) until the placeholder comes within a viewport's
 * height of the viewport; then its items, for good.
 *
 * A plain IntersectionObserver rather than @lit-labs/observers' IntersectionController: that
 * one added 0.24 KB gzipped to the entry, which put it over its size budget (scripts/size.mjs).
 */
export class LazyItems implements ReactiveController {
  /** The ids of the areas whose items are rendered. */
  private near = new Set<string>();
  private lazy = false;
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Whether the area's items show (rather than a placeholder). */
  shows(id: string): boolean {
    return !this.lazy || !canWait || this.near.has(id);
  }

  /** Shows the area's items from the next update on, near or not (the area the URL names). */
  show(id: string) {
    this.near = new Set(this.near).add(id);
    this.host.requestUpdate();
  }

  /** New data: lazy or not, depending on how many items it has; no area near yet. */
  reset(areas: readonly Area[]) {
    this.lazy = areas.reduce((n, a) => n + a.items.length, 0) > LAZY_ITEMS;
    this.near = new Set();
  }

  hostConnected() {
    if (!noDom && canWait) this.observer = new IntersectionObserver((entries) => this.reached(entries), { rootMargin: '100% 0px' });
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated() {
    this.host.renderRoot.querySelectorAll('.placeholder').forEach((el) => this.observer?.observe(el));
  }

  private reached(entries: IntersectionObserverEntry[]) {
    const ids = entries.filter((e) => e.isIntersecting).map((e) => (e.target as HTMLElement).dataset.area!);
    if (!ids.length) return;
    entries.forEach((e) => e.isIntersecting && this.observer?.unobserve(e.target));
    this.near = new Set([...this.near, ...ids]);
    this.host.requestUpdate();
  }
}
