import { html, type TemplateResult } from 'lit';
import type { MapStrings } from '../../../i18n/strings/map.js';
import type { Controls } from '../drawing.js';

/**
 * Before they are measured (and on the server): the zoom buttons' column (three 2rem buttons,
 * 0.5rem from the edges) and a one-line credit.
 */
export const ESTIMATED_CONTROLS: Controls = { zoom: { width: 40, height: 112 }, credit: { width: 76, height: 21 } };

/** The zoom buttons: in, out, and back to the whole map (a frame's four corners: "fit", not a circular "reload" arrow). */
export function zoomControls(t: MapStrings, zoomIn: () => void, zoomOut: () => void, reset: () => void): TemplateResult {
  return html`<div part="zoom-controls" class="zoom">
    <button part="zoom-in" type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${zoomIn}>+</button>
    <button part="zoom-out" type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${zoomOut}>−</button>
    <button part="zoom-reset" type="button" aria-label=${t.zoomReset} title=${t.zoomReset} @click=${reset}>
      <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" aria-hidden="true">
        <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"></path>
        <circle cx="12" cy="12" r="2.5"></circle>
      </svg>
    </button>
  </div>`;
}

/** What the rendered zoom buttons and credit cover (`.zoom` and `.attribution` of `root`); undefined before they are laid out. */
export function measureControls(root: ParentNode): Controls | undefined {
  const zoom = root.querySelector<HTMLElement>('.zoom');
  const credit = root.querySelector<HTMLElement>('.attribution');
  const frame = zoom?.offsetParent as HTMLElement | null;
  if (!zoom || !frame) return undefined;
  return {
    zoom: { width: Math.ceil(frame.clientWidth - zoom.offsetLeft), height: Math.ceil(zoom.offsetTop + zoom.offsetHeight) },
    credit: credit
      ? { width: Math.ceil(frame.clientWidth - credit.offsetLeft), height: Math.ceil(frame.clientHeight - credit.offsetTop) }
      : { width: 0, height: 0 },
  };
}
