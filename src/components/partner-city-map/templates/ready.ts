import { html, nothing, type TemplateResult } from 'lit';
import type { City } from '../../../model/types.js';
import type { MapInteraction } from '../map-interaction.controller.js';
import { zoomControls } from './controls.js';
import { cityList } from './list.js';
import { mapSvg, type MapScene } from './map-svg.js';
import { tooltip } from './tooltip.js';
import { describe, type Words } from './words.js';

/** What the ready view shows, worked out in the map's `willUpdate`; the template only reads it. */
export interface Scene extends MapScene {
  readonly words: Words;
  /** The city with the tooltip, and where it is on screen. */
  readonly active?: { readonly city: City; readonly at: { readonly x: number; readonly y: number } };
  /** The credit for the shapes ('' for none). */
  readonly credit: string;
  readonly shapesFailed: boolean;
}

/** The list under the map: whether it is open, whether its rows are rendered yet, and its toggle. */
export interface ListState {
  readonly open: boolean;
  readonly rows: boolean;
  toggle(): void;
}

/**
 * The ready map: the focusable map with its drawing, credit and wheel hint, the zoom buttons, the
 * tooltip, the notice when the shapes failed, the live region, and the list of the cities.
 */
export function readyView(scene: Scene, ia: MapInteraction, cities: readonly City[], list: ListState): TemplateResult {
  const { words, active, credit, shapesFailed } = scene;
  const { t } = words;
  const { hint, byKeyboard } = ia;
  return html`<div part="base" class="base">
      <div part="frame" class="frame">
        <div
          part="map"
          class=${`map${scene.view.k > 1 ? ' zoomed' : ''}${active && !ia.byKeyboard ? ' pointing' : ''}`}
          role="application"
          aria-label=${t.help}
          aria-describedby="status"
          tabindex="0"
          @keydown=${ia.onKey}
          @wheel=${ia.onWheel}
          @pointerdown=${ia.onPointerDown}
          @pointermove=${ia.onPointerMove}
          @pointerup=${ia.onPointerUp}
          @pointercancel=${ia.onPointerUp}
          @pointerleave=${ia.onPointerLeave}
          @click=${ia.onClick}
          @blur=${ia.onBlur}
        >
          ${mapSvg(scene)}
          ${credit ? html`<p part="attribution" class="attribution">${credit}</p>` : nothing}
          <p part="hint" class="hint" ?hidden=${!hint}>${hint ? t.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl') : ''}</p>
        </div>
        ${zoomControls(
          t,
          () => ia.zoomAt(1.5),
          () => ia.zoomAt(1 / 1.5),
          ia.reset,
        )}
        ${active ? tooltip(active.city, words, ia.onPointerLeave) : nothing}
      </div>
      ${shapesFailed ? html`<p part="notice" class="notice" role="status">${t.shapesFailed}</p>` : nothing}
      <div id="status" class="visually-hidden" role="status">${active && byKeyboard ? describe(active.city, words) : ''}</div>
      <button part="list-toggle" class="list-toggle" type="button" aria-expanded=${list.open ? 'true' : 'false'} aria-controls="list" @click=${list.toggle}>
        ${list.open ? t.hideList : t.showList}
      </button>
      ${cityList(cities, list.open, list.rows || list.open, words)}
    </div>`;
}
