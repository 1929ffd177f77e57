// Zoom and pan of the map, as plain maths: the drawing is shown through `translate(x y) scale(k)`
// of a frame `width` × `height`; the fitted map exactly covers the frame at k = 1.

/** Scale `k` and pan `x`, `y` (screen pixels). */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;

/** The whole map, not zoomed. */
export const HOME: View = { k: 1, x: 0, y: 0 };

/** The view at scale `k`, panned to `x`, `y` as far as the map still covers the frame (no panning past its edges). */
export function clampView(k: number, x: number, y: number, { width, height }: Size): View {
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size - size * k, v));
  return { k, x: clamp(x, width), y: clamp(y, height) };
}

/**
 * Zoomed by `factor` (the scale kept within MIN_ZOOM … MAX_ZOOM) around the point `cx`, `cy` of
 * the frame (its centre by default), which stays where it is unless that would show past the map's edges.
 */
export function zoomAt(view: View, factor: number, size: Size, cx = size.width / 2, cy = size.height / 2): View {
  const { k, x, y } = view;
  const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k * factor));
  return clampView(next, cx - ((cx - x) * next) / k, cy - ((cy - y) * next) / k, size);
}

/** Panned by `dx`, `dy` pixels, within the map's edges. */
export function panBy(view: View, dx: number, dy: number, size: Size): View {
  return clampView(view.k, view.x + dx, view.y + dy, size);
}

/** A point of the fitted map, before zoom. */
export interface MapPoint {
  readonly px: number;
  readonly py: number;
}

/** Where a point of the fitted map is on screen. */
export function toScreen(view: View, { px, py }: MapPoint): { x: number; y: number } {
  return { x: px * view.k + view.x, y: py * view.k + view.y };
}

/** The view with `point` in the middle when it is not inside the frame by `margin`; else the view itself. */
export function reveal(view: View, point: MapPoint, size: Size, margin = 24): View {
  const { width, height } = size;
  const { x, y } = toScreen(view, point);
  if (x >= margin && x <= width - margin && y >= margin && y <= height - margin) return view;
  return clampView(view.k, width / 2 - point.px * view.k, height / 2 - point.py * view.k, size);
}

/**
 * The view after the frame was `beforeWidth` wide and is now `size`: the same zoom, and about
 * the same in view (the fitted map scales with the frame's width, its aspect ratio being fixed).
 * Not zoomed, it stays the whole map.
 */
export function resized(view: View, beforeWidth: number, size: Size): View {
  if (view.k === 1) return HOME;
  return clampView(view.k, (view.x * size.width) / beforeWidth, (view.y * size.width) / beforeWidth, size);
}
