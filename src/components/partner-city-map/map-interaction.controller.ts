import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { City } from '../../model/types.js';
import { CLUSTER_RADIUS, separatingZoom, type Cluster, type Grouping } from './clusters.js';
import type { Point } from './drawing.js';
import { HOME, MAX_ZOOM, panBy, reveal, toScreen, zoomAt, type Size, type View } from './view-transform.js';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** How far from a city's centre (px) a pointer is over it: a target of 24 px, larger than its marker. */
export const HIT_RADIUS = 12;

/**
 * The index of the point nearest to `points[from]` in a direction (the screen's: up is smaller
 * y), preferring points in line with it; `from` itself when there is none that way. Points on
 * the same spot come first, in their order: every point is reachable.
 */
export function nearestInDirection(points: readonly { x: number; y: number }[], from: number, direction: Direction): number {
  const origin = points[from];
  let best = from;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    let along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Cities on the same spot: right and down step to the next one, left and up to the one before.
    if (!dx && !dy) along = i > from === (direction === 'right' || direction === 'down') ? 1e-6 * Math.abs(i - from) : 0;
    // Within 60° either side of the direction.
    if (along <= 0 || across > along * 1.75) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export interface InteractionState {
  /** Zoom and pan. */
  readonly view: View;
  /** The city with the tooltip. */
  readonly active?: string;
  /** The city last selected (click, Enter): it keeps its tooltip. */
  readonly selected?: string;
  /** Whether the active city was chosen with the keyboard (announced) or by pointing (not). */
  readonly byKeyboard: boolean;
  /** The "use Ctrl + scroll to zoom" hint is shown. */
  readonly hint: boolean;
  /** A key was used on the map since it took the focus: the short line of keys over it goes (it covered much of a small map). */
  readonly keyed: boolean;
}

export interface InteractionOptions {
  /** The frame's size. */
  size(): Size;
  /** The cities, in the data's order, at their places before zoom. */
  points(): readonly Point[];
  /** The cities that overlap at the current zoom, grouped. */
  grouping(): Grouping;
  /** The reader selected a city. */
  select(city: City): void;
  /** `?` was pressed: show or hide the list of keys. */
  toggleKeys(): void;
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The map's zoom, pan and active city, and what changes them: dragging and pinching (pointer
 * events), Ctrl/⌘ + wheel (a plain wheel shows a hint instead), the keyboard (arrow keys to the
 * nearest city that way, Home, Enter, Escape, `+` `-` `0`), hovering and clicking cities. The
 * handlers are bound to the controller: the template passes them as they are.
 */
export class MapInteraction implements ReactiveController, InteractionState {
  // Read by the host's render; changed through `set`.
  readonly view: View = HOME;
  readonly active?: string;
  readonly selected?: string;
  readonly byKeyboard: boolean = false;
  readonly hint: boolean = false;
  readonly keyed: boolean = false;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;
  /** The city last active: the one the map shows again when it takes the focus. */
  private last?: string;
  private hintTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: InteractionOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.hintTimer);
  }

  /** Changes the state; the map renders again when something changed. */
  set(next: Partial<InteractionState>) {
    if ((Object.keys(next) as (keyof InteractionState)[]).some((key) => next[key] !== this[key])) {
      Object.assign(this, next);
      if (this.active) this.last = this.active;
      this.host.requestUpdate();
    }
  }

  /** Zooms in or out around a point of the frame (its centre by default). */
  zoomAt(factor: number, x?: number, y?: number) {
    this.set({ view: zoomAt(this.view, factor, this.options.size(), x, y) });
  }

  readonly reset = () => this.set({ view: HOME });

  readonly enter = (id: string) => this.set({ active: id, byKeyboard: false });

  /**
   * A click on the map: on a city's marker, or within the markers' hit radius of a city (the
   * markers are one layer, hit-tested here, without an element or listener of their own); on a
   * group of overlapping cities, the map zooms in around it until they are apart.
   */
  readonly onClick = (e: MouseEvent) => {
    if (this.dragged) return;
    const target = e.target as Element;
    const id = target.closest?.('[data-id]')?.getAttribute('data-id');
    const at = this.local(e);
    // On a group's marker, the group; else the city under the pointer, else a group near it.
    const onGroup = target.closest?.('[data-cluster]') && this.clusterAt(at);
    const city = onGroup ? undefined : id ? this.options.points().find((p) => p.city.id === id)?.city : this.cityAt(at);
    if (city) return this.select(city);
    const cluster = onGroup || this.clusterAt(at);
    if (cluster) this.separate(cluster);
  };

  /**
   * The map took the focus from the keyboard: the city last active (or the home city) is active,
   * shown and announced, so that Enter selects it at once. Not on a click (the pointer chooses).
   */
  readonly onFocus = (e: FocusEvent) => {
    if (!(e.currentTarget as Element).matches(':focus-visible')) return;
    const ids = this.options.points().map((p) => p.city.id);
    // The city under the pointer, or the one last active, or the home city.
    const id = this.active ?? (this.last && ids.includes(this.last) ? this.last : this.homeOrFirst());
    if (id) this.set({ active: id, byKeyboard: true });
  };

  /** Focus left the map: its tooltip goes, unless the focus went into it (to its link) or the city was selected. */
  readonly onBlur = (e: FocusEvent) => {
    this.set({ keyed: false });
    if ((e.relatedTarget as Element | null)?.closest?.('.tooltip')) return;
    this.set({ active: this.selected === this.active ? this.active : undefined });
  };

  /** Focus left the tooltip: back to the map keeps it; anywhere else, as when it leaves the map. */
  readonly onTooltipFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Element | null;
    if (to?.closest?.('.tooltip, .map')) return;
    this.set({ active: this.selected === this.active ? this.active : undefined });
  };

  private homeOrFirst() {
    const points = this.options.points();
    return (points.find((p) => p.city.role === 'home') ?? points[0])?.city.id;
  }

  /** Zooms in around a group of overlapping cities until they are apart (as far as the zoom goes). */
  private separate(cluster: Cluster, around: { readonly px: number; readonly py: number } = cluster) {
    const at = toScreen(this.view, around);
    this.zoomAt(Math.min(separatingZoom(cluster, this.view.k), MAX_ZOOM / this.view.k), at.x, at.y);
  }

  /** The group drawn nearest to a point of the frame, within `CLUSTER_RADIUS` of its centre. */
  private clusterAt({ x, y }: { x: number; y: number }): Cluster | undefined {
    return this.options.grouping().clusters.find((c) => {
      const at = toScreen(this.view, c);
      return Math.hypot(at.x - x, at.y - y) <= CLUSTER_RADIUS;
    });
  }

  /**
   * The pointer left a city or its tooltip: the tooltip goes, unless the pointer went from one
   * to the other (the tooltip's link stays reachable) or the keyboard or a click chose the city.
   */
  readonly onPointerLeave = (e: PointerEvent) => {
    const to = e.relatedTarget as Element | null;
    const { active: id, byKeyboard, selected } = this;
    if (!id || byKeyboard || selected === id || (to && (to.closest('.tooltip') || to.closest(`[data-id="${CSS.escape(id)}"]`)))) return;
    // Back on the map from the tooltip: still over the city?
    if (to?.closest('.map') && this.cityAt(this.local(e))?.id === id) return;
    this.set({ active: undefined });
  };

  /** A pointer moved over the map with no button down: the city under it (within the hit radius) is active. */
  private hover(e: PointerEvent) {
    const city = this.cityAt(this.local(e));
    if (city) this.enter(city.id);
    else if (this.active && !this.byKeyboard && this.selected !== this.active) this.set({ active: undefined });
  }

  /** The city drawn nearest to a point of the frame, within `HIT_RADIUS` of its centre (not one drawn in a group). */
  private cityAt({ x, y }: { x: number; y: number }): City | undefined {
    let nearest: City | undefined;
    let distance = HIT_RADIUS;
    const grouped = this.options.grouping().of;
    for (const p of this.options.points()) {
      if (grouped.has(p.city.id) && p.city.id !== this.active && p.city.id !== this.selected) continue;
      const at = toScreen(this.view, p);
      const d = Math.hypot(at.x - x, at.y - y);
      if (d <= distance) [nearest, distance] = [p.city, d];
    }
    return nearest;
  }

  readonly onWheel = (e: WheelEvent) => {
    if (!(e.ctrlKey || e.metaKey)) {
      // A plain wheel scrolls the page; say how to zoom instead.
      this.set({ hint: true });
      clearTimeout(this.hintTimer);
      this.hintTimer = setTimeout(() => this.set({ hint: false }), 1500);
      return;
    }
    e.preventDefault();
    const { x, y } = this.local(e);
    this.zoomAt(Math.exp(-e.deltaY * 0.002), x, y);
  };

  readonly onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    this.pointers.set(e.pointerId, this.local(e));
    this.dragged = false;
  };

  readonly onPointerMove = (e: PointerEvent) => {
    const last = this.pointers.get(e.pointerId);
    if (!last) return this.hover(e);
    const now = this.local(e);
    if (this.pointers.size === 1) {
      if (!this.dragged && Math.hypot(now.x - last.x, now.y - last.y) > 2) {
        this.dragged = true;
        // Captured only once it is a drag, so that a click still reaches the city under it.
        (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
      }
      if (this.dragged) this.set({ view: panBy(this.view, now.x - last.x, now.y - last.y, this.options.size()) });
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.entries()].map(([id, p]) => (id === e.pointerId ? now : p));
      const before = [...this.pointers.values()];
      const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
      const ratio = distance(a, b) / Math.max(1, distance(before[0], before[1]));
      this.dragged = true;
      this.zoomAt(ratio, (a.x + b.x) / 2, (a.y + b.y) / 2);
    }
    this.pointers.set(e.pointerId, now);
  };

  readonly onPointerUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
  };

  readonly onKey = (e: KeyboardEvent) => {
    const points = this.options.points();
    const { view, active: before } = this;
    const index = points.findIndex((p) => p.city.id === before);
    const at = points[index] ? toScreen(view, points[index]) : undefined;
    const homeOrFirst = () => this.homeOrFirst();
    let handled = true;
    if (e.key in DIRECTIONS) {
      const screen = points.map((p) => toScreen(view, p));
      this.set({ active: index === -1 ? homeOrFirst() : points[nearestInDirection(screen, index, DIRECTIONS[e.key])].city.id });
    } else if (e.key === 'Home') {
      this.set({ active: homeOrFirst() });
    } else if (e.key === 'Enter' || e.key === ' ') {
      const city = points[index]?.city;
      // A city drawn in a group: zoom in around it until the group is apart; then Enter selects.
      const cluster = city && this.view.k < MAX_ZOOM && this.options.grouping().of.get(city.id);
      if (cluster) this.separate(cluster, points[index]);
      else if (city) this.select(city);
      else this.set({ active: homeOrFirst() });
    } else if (e.key === '?') {
      this.options.toggleKeys();
    } else if (e.key === 'Escape') {
      handled = before !== undefined;
      this.set({ active: undefined });
    } else if (e.key === '+' || e.key === '=') {
      // Around the active city, which stays where it is.
      this.zoomAt(1.5, at?.x, at?.y);
    } else if (e.key === '-' || e.key === '_') {
      this.zoomAt(1 / 1.5, at?.x, at?.y);
    } else if (e.key === '0') {
      this.reset();
    } else {
      handled = false;
    }
    if (handled) e.preventDefault();
    this.set({ byKeyboard: true, keyed: this.keyed || handled });
    // Pans so that a city the keyboard moved to is inside the frame.
    const moved = points.find((p) => p.city.id === this.active);
    if (moved && this.active !== before) this.set({ view: reveal(this.view, moved, this.options.size()) });
  };

  private select(city: City) {
    this.set({ selected: city.id, active: city.id });
    this.options.select(city);
  }

  /** Where a pointer or wheel event is, in the frame's pixels. */
  private local(e: MouseEvent) {
    const rect = (this.host.shadowRoot!.querySelector('svg') as SVGSVGElement).getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }
}
