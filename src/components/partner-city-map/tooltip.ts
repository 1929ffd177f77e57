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

/** How near (px) a tooltip beside its city may come to the city's centre: a marker's radius and its ring. */
const CLEAR = 8;

/**
 * Positions the tooltip (`.tooltip` of a shadow root) through a stylesheet of that shadow root: no
 * `style` attribute (the contract), nothing a strict CSP blocks, and `::part(tooltip)` can still
 * override it.
 *
 * Beside its city, inside the map; or, when it would cover the city there (a small map, large
 * text: at 320 px and 200 % text a tooltip is the size of the map), under the map, the map's
 * width and its whole height. Opened by a key or a click, it pushes what follows the map down
 * while it is open (the page moves for the reader's own action, and nothing it covers could take
 * the focus unseen); a hover's tooltip lies over what follows instead (a pointer passing over
 * the map would otherwise move the page under it, a layout shift of its own).
 */
export class TooltipSheet {
  private sheet?: CSSStyleSheet;

  /**
   * Places the rendered tooltip, if there is one, beside the point `at` of a frame of `frame`'s
   * size; under the frame, pushing what follows when `push`, when it would cover the point.
   */
  place(root: ShadowRoot, at: { x: number; y: number }, frame: Size, push: boolean): void {
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    if (!tooltip) return this.clear(root);
    // Measured at the top left corner (its width depends on the room to its right), then placed
    // beside the city, flipped and then shifted to stay inside the frame (it clips).
    this.write(root, '.tooltip{left:0;top:0}');
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const left = beside(at.x, width, frame.width, 12);
    const top = beside(at.y, height, frame.height, 8);
    const covers = at.x > left - CLEAR && at.x < left + width + CLEAR && at.y > top - CLEAR && at.y < top + height + CLEAR;
    if (!covers) return this.write(root, `.tooltip{left:${left}px;top:${top}px}`);
    // Under the map: the frame lets it out (the map keeps its rounded corners) and, to push, keeps
    // its height below it, measured once it is the map's width and as tall as its content (at
    // most the map's height or 60 % of the window's, whichever is more: a description of a
    // megabyte scrolls inside it rather than push the page down by metres).
    const under = (room = '') =>
      `@media screen{.frame{overflow:visible${room}}.map{overflow:hidden;border-radius:inherit}.tooltip{inset:calc(100% + 1px + .5rem) -1px auto;max-width:none;max-height:max(100%,60vh)}}`;
    this.write(root, under());
    if (push) this.write(root, under(`;margin-block-end:calc(${tooltip.offsetHeight}px + .5rem)`));
  }

  /** No tooltip: nothing of a placement stays (the room kept under the map, above all). */
  clear(root: ShadowRoot): void {
    if (this.sheet?.cssRules.length) this.write(root, '');
  }

  private write(root: ShadowRoot, rules: string) {
    // Made in the map's own document (it may have been moved into an iframe), and added again
    // when the styles were adopted anew there.
    if (!this.sheet || !root.adoptedStyleSheets.includes(this.sheet)) {
      const view = (root.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
      this.sheet = new view.CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(rules);
  }
}
