import { html, nothing, type TemplateResult } from 'lit';
import type { City } from '../../../model/types.js';
import type { Grouping } from '../clusters.js';
import type { MapInteraction } from '../map-interaction.controller.js';
import { zoomControls } from './controls.js';
import { cityList } from './list.js';
import { mapSvg, type MapScene } from './map-svg.js';
import { tooltip } from './tooltip.js';
import { describe, type Words } from './words.js';

/** What the ready view shows, worked out in the map's `willUpdate`; the template only reads it. */
export interface Scene extends MapScene {
  readonly words: Words;
  /** The cities that overlap at this zoom, grouped (the map hit-tests pointers against them). */
  readonly grouping: Grouping;
  /** The city with the tooltip, where it is on screen, and the size of its group when it is drawn in one. */
  readonly active?: { readonly city: City; readonly at: { readonly x: number; readonly y: number }; readonly group: number };
  /** The credit for the shapes ('' for none). */
  readonly credit: string;
  readonly shapesFailed: boolean;
}

/** The list under the map: whether it is open (or printed), whether its rows are rendered, and its toggle. */
export interface ListState {
  readonly open: boolean;
  readonly rows: boolean;
  toggle(): void;
}

/** What goes around the map: the author's description, the list of keys, the "Get the data" links. */
export interface Extras {
  /** The description from the attribute or the data (the slot's fallback), and whether there is one at all (the slot too). */
  readonly description?: string | TemplateResult;
  readonly described: boolean;
  readonly keysOpen: boolean;
  toggleKeys(): void;
  /** The "Get the data" links, when `downloadable`. */
  readonly downloads: TemplateResult | typeof nothing;
}

/**
 * The ready map: the focusable map with its drawing, credit, wheel hint and keyboard hint, the
 * tooltip (next in the tab order: Tab from the map reaches its link), the zoom buttons, the
 * notice when the shapes failed, the description, the live region, the buttons under the map
 * (list, keys, data), the list of keys and the list of the cities.
 */
export function readyView(scene: Scene, ia: MapInteraction, cities: readonly City[], list: ListState, extras: Extras): TemplateResult {
  const { words, active, credit, shapesFailed } = scene;
  const { t } = words;
  const { hint, byKeyboard } = ia;
  return html`<div part="base" class="base">
      <div part="frame" class="frame">
        <div
          part="map"
          class=${`map${scene.view.k > 1 ? ' zoomed' : ''}${active && !ia.byKeyboard ? ' pointing' : ''}${ia.keyed ? ' keyed' : ''}`}
          role="application"
          aria-label=${t.help}
          aria-describedby=${extras.described ? 'description status' : 'status'}
          tabindex="0"
          @keydown=${ia.onKey}
          @wheel=${ia.onWheel}
          @pointerdown=${ia.onPointerDown}
          @pointermove=${ia.onPointerMove}
          @pointerup=${ia.onPointerUp}
          @pointercancel=${ia.onPointerUp}
          @pointerleave=${ia.onPointerLeave}
          @click=${ia.onClick}
          @focus=${ia.onFocus}
          @blur=${ia.onBlur}
        >
          ${mapSvg(scene)}
          ${credit ? html`<p part="attribution" class="attribution">${credit}</p>` : nothing}
          <p part="hint" class="hint" ?hidden=${!hint}>${hint ? t.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl') : ''}</p>
          <p part="keys-hint" class="keys-hint" aria-hidden="true">${t.keysHint}</p>
        </div>
        ${active ? tooltip(active.city, words, ia.onPointerLeave, ia.onTooltipFocusOut) : nothing}
        ${zoomControls(
          t,
          () => ia.zoomAt(1.5),
          () => ia.zoomAt(1 / 1.5),
          ia.reset,
        )}
      </div>
      ${shapesFailed ? html`<p part="notice" class="notice" role="status">${t.shapesFailed}</p>` : nothing}
      <div part="description" id="description" class="description" ?hidden=${!extras.described}>
        <slot name="description">${extras.description}</slot>
      </div>
      <div id="status" class="visually-hidden" role="status">
        ${active && byKeyboard ? describe(active.city, words) + (active.group > 1 ? `, ${t.inCluster(active.group)}` : '') : ''}
      </div>
      <div class="actions">
        <button part="list-toggle" class="list-toggle" type="button" aria-expanded=${list.open ? 'true' : 'false'} aria-controls="list" @click=${list.toggle}>
          ${list.open ? t.hideList : t.showList}
        </button>
        <button part="keys-toggle" class="keys-toggle" type="button" aria-expanded=${extras.keysOpen ? 'true' : 'false'} aria-controls="keys" @click=${extras.toggleKeys}>
          ${t.keys}
        </button>
        ${extras.downloads}
      </div>
      <div part="keys" id="keys" class="keys" ?hidden=${!extras.keysOpen}>
        ${
          // Its list only when shown (hidden, nobody reads it: it need not weigh on every map).
          extras.keysOpen
            ? html`<dl>
                ${t.keyList.split('\n').map((line) => {
                  const [key, what] = line.split(/: (.*)/);
                  return html`<div><dt><kbd>${key}</kbd></dt><dd>${what}</dd></div>`;
                })}
              </dl>`
            : nothing
        }
      </div>
      ${cityList(cities, list.open, list.rows, words)}
    </div>`;
}
