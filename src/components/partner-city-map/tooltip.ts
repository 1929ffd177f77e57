import type { Size } from './view-transform.js';

/**
 * Where a box of `size` starts along one axis of a frame `room` long, for a point at `at`: after
 * it with a `gap`, or before it when it would not fit there, then shifted to stay 4 px inside.
 */
export function beside(at: number, size: number, room: number, gap: number): number {
  const after = at + gap;
  const start = after + size > room - 4 ? at - gap - size : after;
  return Math.round(Math.max(4, Math.min(start, room - size - 4)));
}

/**
 * Positions the tooltip (`.tooltip` of a shadow root) through a stylesheet of that shadow root: no
 * `style` attribute (the contract), nothing a strict CSP blocks, and `::part(tooltip)` can still
 * override it.
 */
export class TooltipSheet {
  private sheet?: CSSStyleSheet;

  /** Places the rendered tooltip, if there is one, beside the point `at` of a frame of `frame`'s size. */
  place(root: ShadowRoot, at: { x: number; y: number }, frame: Size): void {
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    if (!tooltip) return;
    // Measured at the top left corner (its width depends on the room to its right), then placed
    // beside the city, flipped and then shifted to stay inside the frame (it clips).
    this.write(root, 'left:0;top:0');
    this.write(
      root,
      `left:${beside(at.x, tooltip.offsetWidth, frame.width, 12)}px;top:${beside(at.y, tooltip.offsetHeight, frame.height, 8)}px`,
    );
  }

  private write(root: ShadowRoot, declarations: string) {
    // Made in the map's own document (it may have been moved into an iframe), and added again
    // when the styles were adopted anew there.
    if (!this.sheet || !root.adoptedStyleSheets.includes(this.sheet)) {
      const view = (root.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
      this.sheet = new view.CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(`.tooltip{${declarations}}`);
  }
}
