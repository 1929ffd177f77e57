import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { noDom } from '../../internal/env.js';
// The geometry (and d3-geo with it) before the base class: the bundle compresses about 0.5 KB better.
import type { Controls } from './drawing.js';
import { SceneBuilder } from './scene.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { mapStrings, type MapStrings } from '../../i18n/strings/map.js';
import { oneOf } from '../../internal/converters.js';
import { DataLink } from '../../internal/data-link.js';
import { hasNoCities, parseCities, type CityNetwork } from '../../model/parse-cities.js';
import type { City } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { builtInOnTheWay, builtInOrAfter, MapShapes } from './basemap.js';
import { ListAndLabelsController } from './list-and-labels.controller.js';
import { clusterPoints } from './clusters.js';
import { cityDownloads } from './downloads.js';
import { ShadowResizeController } from '../../controllers/shadow-resize.controller.js';
import { LABEL_FONT, labelFont } from './labels.js';
import { MapInteraction } from './map-interaction.controller.js';
import { controlsStyles } from './partner-city-map.controls.styles.js';
import { listStyles } from './partner-city-map.list.styles.js';
import { mapDarkStyles, mapStyles } from './partner-city-map.styles.js';
import type { ProjectionKind } from './projection.js';
import { ESTIMATED_CONTROLS, measureControls } from './templates/controls.js';
import { readyView, type Scene } from './templates/ready.js';
import { TooltipSheet } from './tooltip.js';
import { resized, type Size } from './view-transform.js';

/**
 * The cities of a partnership, or a city's whole network of partners, on an offline vector
 * map: Natural Earth countries (no tile server, no API key, no third-party request), the
 * countries of the cities tinted, great-circle arcs from the home city to its partners, labels
 * that never overlap, a tooltip per city, zoom and pan, and a table of the cities shown on
 * demand ("Show as list"; see `listRows`).
 *
 * Data: an announcement (its `cities`), `{ cities, links? }`, or a bare array of cities. A
 * city: `id`, `name`, `country` (ISO 3166-1 alpha-2), `lat`, `lon`, optional `role`
 * (`home` | `partner`), `since`, `url`, `description`. `links` lists `[fromId, toId]` pairs;
 * without it the home city links to every other city.
 *
 * The country shapes (Natural Earth 1:110m from `world-atlas`, about 38 KB gzipped) load
 * lazily, only when a map is shown; `basemap` replaces them with another TopoJSON or GeoJSON.
 * When the shapes cannot be loaded (the shapes file was not uploaded beside the script, or the
 * `basemap` URL fails) the cities are still drawn, a short notice under the map says so, and
 * no credit is shown for shapes that are not there.
 *
 * The first frame of the ready map shows the countries, the arcs and the markers; the labels
 * follow in the task after it. The list's rows are rendered when the list is opened or the page
 * printed (or, with `PartnerCityMap.listRows = 'always'`, once the page is idle). Screen readers
 * get the number of cities and the first ten names in the map's accessible name, each city (name,
 * country, partner since) in its live status as the arrow keys reach it, and the "Show as list"
 * button right after the map. `updateComplete` (once ready) includes the labels.
 *
 * Keyboard: the map is one tab stop; when it takes the focus the city last active (at first the
 * home city) is active and announced; arrow keys move to the nearest city in that direction,
 * Home to the home city, Enter selects (on a city drawn in a group of overlapping cities, zooms
 * in until they are apart), Tab goes into the tooltip (to its website link), Escape closes it,
 * `+` / `-` / `0` zoom in, out and reset, `?` shows the list of keys (as does the "Keyboard"
 * button under the map). Mouse and touch: drag to pan, pinch or Ctrl/⌘ + wheel to zoom (a plain
 * wheel scrolls the page and shows a hint); a click on a group zooms in on it.
 *
 * Cities that would overlap at the current zoom (closer than 14 px) are drawn as one marker
 * with their count (never the home city); zooming in separates them. The list has them all.
 *
 * @summary Partner cities on an offline vector map, with arcs, tooltips, zoom and a list view.
 *
 * @slot - Fallback content (e.g. a plain list of the cities), shown until the widget has data to render, and under the error message when the data cannot be shown.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 * @slot description - The author's description of the map (what it shows), shown under it and read as its accessible description; replaces the `description` attribute and the data's `mapDescription`.
 *
 * @csspart base - The wrapper of the ready view.
 * @csspart frame - The box of the map (its aspect ratio is `--pcw-partner-city-map-aspect-ratio`).
 * @csspart map - The focusable, interactive map.
 * @csspart svg - The `<svg>` (`role="img"`, labelled with a summary of the cities).
 * @csspart countries - The group of country shapes.
 * @csspart country - The country shapes: one path per fill (`country`; the countries of the cities `country tint`, the home city's `country home`).
 * @csspart arcs - The group of arcs.
 * @csspart arc - The great-circle arcs: one path each up to 12 arcs (drawn in), one path for all beyond.
 * @csspart city - Each city marker.
 * @csspart cluster - The marker of a group of cities that overlap at the current zoom (their count beside it).
 * @csspart label - Each city label (a `<tspan>` of the labels' one `<text>`).
 * @csspart tooltip - The tooltip of the active city: beside it inside the map, or under the map when it would cover the city there.
 * @csspart tooltip-link - The website link in the tooltip.
 * @csspart zoom-controls - The wrapper of the zoom buttons.
 * @csspart zoom-in - The "+" button.
 * @csspart zoom-out - The "−" button.
 * @csspart zoom-reset - The reset button.
 * @csspart hint - The "use Ctrl + scroll to zoom" hint.
 * @csspart keys-hint - The short line of keys shown over the map while it has keyboard focus.
 * @csspart keys-toggle - The "Keyboard" button that shows the list of keys.
 * @csspart keys - The list of keys.
 * @csspart description - The box of the author's description under the map.
 * @csspart download - Each "Get the data" link (with `downloadable`): CSV and GeoJSON.
 * @csspart attribution - The "Natural Earth" attribution (or `attribution` for a custom `basemap`); not shown when the shapes could not be loaded.
 * @csspart notice - The notice under the map that the country shapes could not be loaded (`role="status"`).
 * @csspart list-toggle - The "Show as list" button.
 * @csspart list - The table of the cities, shown on demand (its rows rendered when it is first opened or printed; see `listRows`).
 * @csspart list-link - Each website link in the list.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-message - The error's headline.
 * @csspart error-details - The `<details>` with the technical message.
 * @csspart retry-button - The "Try again" button (only for `src`).
 * @csspart empty - The empty message.
 * @csspart warnings - The list of data problems (with `debug`).
 *
 * @cssprop [--pcw-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--pcw-color-text=#1d232a] - Text colour (labels, tooltip, list).
 * @cssprop [--pcw-color-text-muted=#4f5965] - Secondary text.
 * @cssprop [--pcw-color-surface=#ffffff] - Background of the tooltip and the list.
 * @cssprop [--pcw-color-surface-subtle=#f1f4f7] - Skeleton and warnings background.
 * @cssprop [--pcw-color-border=#c9d1d9] - Borders.
 * @cssprop [--pcw-color-accent=#0b5cad] - Partner cities, arcs, buttons.
 * @cssprop [--pcw-color-on-accent=#ffffff] - Text on accent-coloured buttons (retry).
 * @cssprop [--pcw-color-danger=#b42318] - Error border and headline.
 * @cssprop [--pcw-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--pcw-radius=0.5rem] - Corner radius.
 * @cssprop [--pcw-space=min(1rem, 6vw)] - Base spacing (error, empty and warnings boxes; 1rem, less on a phone with large text).
 * @cssprop [--pcw-partner-city-map-aspect-ratio=16 / 10] - Width to height of the map.
 * @cssprop [--pcw-partner-city-map-water=#dcebf7] - Sea.
 * @cssprop [--pcw-partner-city-map-land=#f4f1ea] - Countries.
 * @cssprop [--pcw-partner-city-map-land-tint=#f6dc9f] - Countries of the shown cities.
 * @cssprop [--pcw-partner-city-map-border=#aab5c0] - Country borders.
 * @cssprop [--pcw-partner-city-map-arc=#0b5cad] - Arcs.
 * @cssprop [--pcw-partner-city-map-city=#0b5cad] - Partner city markers and groups.
 * @cssprop [--pcw-partner-city-map-home=#b42318] - The home city's marker.
 * @cssprop [--pcw-partner-city-map-label-halo=#ffffff] - The halo behind labels.
 * @cssprop [--pcw-map-aspect-ratio=16 / 10] - Deprecated alias of `--pcw-partner-city-map-aspect-ratio` (until 0.3).
 * @cssprop [--pcw-map-water=#dcebf7] - Deprecated alias of `--pcw-partner-city-map-water` (until 0.3).
 * @cssprop [--pcw-map-land=#f4f1ea] - Deprecated alias of `--pcw-partner-city-map-land` (until 0.3).
 * @cssprop [--pcw-map-land-tint=#f6dc9f] - Deprecated alias of `--pcw-partner-city-map-land-tint` (until 0.3).
 * @cssprop [--pcw-map-border=#aab5c0] - Deprecated alias of `--pcw-partner-city-map-border` (until 0.3).
 * @cssprop [--pcw-map-arc=#0b5cad] - Deprecated alias of `--pcw-partner-city-map-arc` (until 0.3).
 * @cssprop [--pcw-map-city=#0b5cad] - Deprecated alias of `--pcw-partner-city-map-city` (until 0.3).
 * @cssprop [--pcw-map-home=#b42318] - Deprecated alias of `--pcw-partner-city-map-home` (until 0.3).
 * @cssprop [--pcw-map-label-halo=#ffffff] - Deprecated alias of `--pcw-partner-city-map-label-halo` (until 0.3).
 *
 * @attr {string} description - The author's description of the map; the `description` property.
 * @attr {boolean} downloadable - Adds "Get the data" links: the cities as CSV and as GeoJSON; the `downloadable` property.
 * @attr {string} data - The cities as JSON text (an announcement, `{ cities, links? }` or an array of cities); the `data` property takes the object (or the same text).
 *
 * @fires {CustomEvent<PcwLoadDetail<CityNetwork>>} pcw-load - The data was loaded and is shown. `detail`: `{ data, source, warnings }`.
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The data could not be loaded or used. `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ city: City; name: string }>} pcw-city-select - The reader selected a city (click or Enter). `detail`: `{ city, name }`, the parsed city and its name in the map's language.
 */
export class PartnerCityMap extends PcwDataElement<CityNetwork> {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      size: { state: true, attribute: false },
      controls: { state: true, attribute: false },
      projection: { converter: oneOf(['auto', 'conic', 'natural-earth'], 'auto') },
      basemap: {},
      attribution: {},
      description: {},
      downloadable: { type: Boolean },
      keysOpen: { state: true, attribute: false },
    };
  }

  static override styles = [...hostStyles, mapStyles, controlsStyles, listStyles, mapDarkStyles];

  /** @internal */
  static override parse = parseCities;

  /** @internal */
  static override isEmpty = hasNoCities;

  private readonly interaction = new MapInteraction(this, {
    size: () => this.size,
    points: () => this.scene?.drawing.points ?? [],
    grouping: () => this.scene?.grouping ?? clusterPoints([], 1),
    select: (city) => this.emit('pcw-city-select', { city, name: this.text(city.name) }),
    toggleKeys: () => (this.keysOpen = !this.keysOpen),
  });
  /** What comes after the first frame (the labels, the list's rows), and whether the list is open. */
  private readonly listAndLabels = new ListAndLabelsController(
    this,
    () => !!this.scene,
    () => (this.constructor as typeof PartnerCityMap).listRows === 'always',
  );
  /** The addresses of the "Get the data" links (with `downloadable`). */
  private readonly dataLink = new DataLink(this);
  /** The country shapes: the built-in ones start loading at the first update; what is drawn, once there is data. */
  private readonly shapes = new MapShapes(
    this,
    () => this.basemap,
    (message) => this.warn(message),
  );
  private readonly tooltipSheet = new TooltipSheet();
  /** The drawing, the groups of overlapping cities and the labels, each worked out again only when what it depends on changes. */
  private readonly sceneBuilder = new SceneBuilder();
  private scene?: Scene;
  /** The labels' font, for measuring them: read when the map is connected or resized, not while rendering. */
  private font = { family: 'sans-serif', size: LABEL_FONT };

  private size: Size = { width: 800, height: 500 };

  /** The boxes the zoom buttons and the credit cover (measured after rendering; estimated on the server). */
  private controls: Controls = ESTIMATED_CONTROLS;

  /** `auto` (conic conformal for a regional extent, Natural Earth for a global one), `conic` or `natural-earth`. */
  projection: ProjectionKind = 'auto';

  /** URL of another basemap (TopoJSON or GeoJSON of countries) instead of the built-in Natural Earth shapes. */
  basemap?: string;

  /** The credit shown in the corner for a custom `basemap` (the built-in shapes credit Natural Earth). */
  attribution?: string;

  /**
   * The author's description of the map (what it shows, what to notice), shown under it and read
   * as its accessible description, as Datawrapper lets authors write one. Replaces the data's
   * `mapDescription`; a `description` slot replaces both.
   */
  description?: string;

  /**
   * Adds "Get the data" links: the cities as CSV (columns `id`, `name`, `country`, `lat`, `lon`,
   * `role`, `since`, `url`, `description`) and as GeoJSON (a point per city), named after the
   * announcement's id, built in the browser. The code that writes the files loads when the map
   * first has `downloadable`; until then the links show without an address, and
   * `updateComplete` resolves once they have one.
   */
  downloadable = false;

  private keysOpen = false;
  /** Whether an element of the page fills the `description` slot. */
  private slotted = false;

  constructor() {
    super();
    new ShadowResizeController(this, '.frame', (box) => this.onFrameResize(box));
  }

  /** The cities on the map, once the data is ready. */
  get cities(): readonly City[] {
    return this.model?.cities ?? [];
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!noDom) this.font = labelFont(this);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (this.downloadable) this.dataLink.load();
    // Rendered on the server: the first render places labels as the server did, and the list is there.
    if (!this.hasUpdated && this.hydrating) this.listAndLabels.now();
    this.shapes.update(!this.hasUpdated, this.source.state === 'ready');
    // A new projection starts over; a new size keeps the zoom and about what is in view.
    const before = changed.get('size') as Size | undefined;
    if (changed.has('projection')) this.interaction.reset();
    else if (before) this.interaction.set({ view: resized(this.interaction.view, before.width, this.size) });
    this.slotted = !!this.querySelector?.(':scope > [slot="description"]');
    this.scene = this.source.state === 'ready' && this.model ? this.derive(this.model) : undefined;
  }

  override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    // A description slotted in later (or taken out) shows or hides its box.
    this.shadowRoot?.addEventListener('slotchange', () => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Beside its city (or under the map), once its size is known.
    const { active, byKeyboard, selected } = this.interaction;
    if (this.scene?.active) this.tooltipSheet.place(this.shadowRoot!, this.scene.active.at, this.size, byKeyboard || selected === active);
    else this.tooltipSheet.clear(this.shadowRoot!);
  }

  /** Once drawn, also waits for the labels (after the first frame); with `downloadable`, for the "Get the data" links' addresses (their code loads apart). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const next = () => super.getUpdateComplete();
    return this.dataLink.settle(await this.listAndLabels.settle(await next(), next), next);
  }

  /**
   * When the rows of the list's table are rendered, for every map of the page: `'on-demand'`
   * (default) when the list is opened or printed, `'always'` also hidden, once the page is idle
   * after the first frame (screen readers then meet the table without opening it; 300 cities: a
   * Blink heap of about 4.4 instead of 1.7 MB). README: the map's "Show as list".
   */
  static listRows: 'on-demand' | 'always' = 'on-demand';

  /** Data from `src` that comes before the built-in shapes waits for them, this long at most (ms): one render, not two. @internal */
  static shapesWait = 200;
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.source.state !== 'ready' || this.scene || !builtInOnTheWay(this.basemap)) return super.scheduleUpdate();
    return builtInOrAfter(PartnerCityMap.shapesWait).then(() => super.scheduleUpdate());
  }

  /** The frame changed size: the font and the controls may have too. */
  private onFrameResize({ width, height }: DOMRectReadOnly) {
    this.font = labelFont(this);
    const controls = measureControls(this.shadowRoot!);
    if (controls && JSON.stringify(controls) !== JSON.stringify(this.controls)) this.controls = controls;
    this.listAndLabels.measure();
    if (width > 0 && height > 0 && (Math.round(width) !== this.size.width || Math.round(height) !== this.size.height)) {
      this.size = { width: Math.round(width), height: Math.round(height) };
    }
  }

  private derive(model: CityNetwork): Scene {
    return this.sceneBuilder.build(model, {
      t: { ...mapStrings.en, ...this.i18n.t(mapStrings) } as Required<MapStrings>,
      lang: this.i18n.lang,
      text: (v) => this.text(v),
      content: (v) => this.content(v),
      shapes: this.shapes.value,
      size: this.size,
      projection: this.projection,
      controls: this.controls,
      interaction: this.interaction,
      font: this.font,
      labels: this.listAndLabels.labels,
      basemap: this.basemap,
      attribution: this.attribution,
    });
  }

  protected renderSkeleton() {
    return html`<div part="skeleton" class="frame skeleton-map" aria-busy="true">
      <span class="visually-hidden">${this.i18n.common.loading}</span>
    </div>`;
  }

  protected renderReady(model: CityNetwork): TemplateResult {
    const description = this.description?.trim() || (model.description && this.content(model.description)) || undefined;
    return readyView(this.scene!, this.interaction, model.cities, this.listAndLabels.view, {
      description,
      described: this.slotted || !!description,
      keysOpen: this.keysOpen,
      toggleKeys: () => (this.keysOpen = !this.keysOpen),
      downloads: this.downloadable ? cityDownloads(this.dataLink, model, this.i18n, (v) => this.text(v)) : nothing,
    });
  }

  protected emptyMessage() {
    return this.i18n.t(mapStrings).empty;
  }
}
