import { geoArea } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { oneOf } from '../../internal/converters.js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { absoluteUrl } from '../../internal/page-url.js';
import { loadJson } from '../../model/load.js';
import { hasNoCities, isObject, parseCities, type CityNetwork } from '../../model/parse.js';
import type { City } from '../../model/types.js';
import { formatDate } from '../../i18n/format.js';
import { mapStrings } from '../../i18n/strings.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { fitProjection, nearestInDirection, placeLabels, svgPath, type Direction, type PlacedLabel } from './geo.js';
import type { ProjectionKind } from './projection.js';
import { styles } from './partner-city-map.styles.js';

type Country = Feature<Geometry, { code?: string } | null>;

interface Point {
  readonly city: City;
  /** Projected position, before zoom. */
  readonly px: number;
  readonly py: number;
}

/** What is drawn for one model, size and projection: computed once, not on every hover. */
interface Drawing {
  readonly points: readonly Point[];
  readonly countries: readonly { readonly d: string; readonly className: string }[];
  readonly arcs: readonly string[];
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 16;
const LABEL_FONT = 12;
/** The corner the zoom buttons take (three 2rem buttons, 0.5rem from the edges). */
const ZOOM_BOX = { width: 40, height: 112 };

/** Reads the country features out of TopoJSON or GeoJSON. */
function toCountries(json: unknown): Country[] {
  if (!isObject(json)) return [];
  if (json.type === 'Topology' && isObject(json.objects)) {
    const topo = json as unknown as Topology;
    const name = 'countries' in topo.objects ? 'countries' : Object.keys(topo.objects)[0];
    const result = feature(topo, topo.objects[name]);
    return 'features' in result ? (result.features as Country[]) : [result as Country];
  }
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) return (json.features as Country[]).map(rewind);
  if (json.type === 'Feature') return [rewind(json as unknown as Country)];
  return [];
}

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo reads such a ring as the rest
 * of the sphere. A polygon that covers more than half of the sphere is turned around.
 */
function rewind(f: Country): Country {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: reverse(g.coordinates) } : { ...g, coordinates: g.coordinates.map(reverse) };
  return { ...f, geometry };
}

/** The built-in Natural Earth countries, each with its alpha-2 code in `properties.code`. */
function defaultCountries({ topology, ALPHA2 }: typeof import('./shapes.js')): Country[] {
  return toCountries(topology).map((f) => ({ ...f, properties: { code: ALPHA2[String(f.id ?? (f.properties as { name?: string } | null)?.name)] } }));
}

/** The ISO 3166-1 alpha-2 code of a country feature, from the properties common basemaps use. */
function countryCode(f: Country): string | undefined {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  const code = p.code ?? p.iso_a2 ?? p.ISO_A2 ?? p.iso_3166_1_alpha_2 ?? f.id;
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : undefined;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
/**
 * The width of a label in the labels' font: an estimate where there is no canvas (the server)
 * and when asked for one (the first render over server-rendered markup, which must match it).
 */
function textWidth(text: string, font: string, estimate = false, size = LABEL_FONT): number {
  if (!estimate && measureContext === undefined) measureContext = isServer ? null : document.createElement('canvas').getContext('2d');
  if (estimate || !measureContext) return text.length * size * 0.6;
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measureContext.font = font;
    width = measureContext.measureText(text).width;
    if (widths.size > 5000) widths.clear();
    widths.set(key, width);
  }
  return width;
}
const widths = new Map<string, number>();

/**
 * The cities of a partnership, or a city's whole network of partners, on an offline vector
 * map: Natural Earth countries (no tile server, no API key, no third-party request), the
 * countries of the cities tinted, great-circle arcs from the home city to its partners, labels
 * that never overlap, a tooltip per city, zoom and pan, and a list of the cities that screen
 * readers always reach.
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
 * Keyboard: the map is one tab stop; arrow keys move to the nearest city in that direction,
 * Home to the home city, Enter selects, Escape closes the tooltip, `+` / `-` / `0` zoom in,
 * out and reset. Mouse and touch: drag to pan, pinch or Ctrl/⌘ + wheel to zoom (a plain wheel
 * scrolls the page and shows a hint).
 *
 * @summary Partner cities on an offline vector map, with arcs, tooltips, zoom and a list view.
 *
 * @slot - Fallback content (e.g. a plain list of the cities), shown until the widget has data to render, and under the error message when the data cannot be shown.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 *
 * @csspart base - The wrapper of the ready view.
 * @csspart frame - The box of the map (its aspect ratio is `--pcw-map-aspect-ratio`).
 * @csspart map - The focusable, interactive map.
 * @csspart svg - The `<svg>` (`role="img"`, labelled with a summary of the cities).
 * @csspart countries - The group of country shapes.
 * @csspart country - Each country shape.
 * @csspart arcs - The group of arcs.
 * @csspart arc - Each great-circle arc.
 * @csspart city - Each city marker.
 * @csspart label - Each city label.
 * @csspart tooltip - The tooltip of the active city.
 * @csspart tooltip-link - The website link in the tooltip.
 * @csspart zoom-controls - The wrapper of the zoom buttons.
 * @csspart zoom-in - The "+" button.
 * @csspart zoom-out - The "−" button.
 * @csspart zoom-reset - The reset button.
 * @csspart hint - The "use Ctrl + scroll to zoom" hint.
 * @csspart attribution - The "Natural Earth" attribution (or `attribution` for a custom `basemap`); not shown when the shapes could not be loaded.
 * @csspart notice - The notice under the map that the country shapes could not be loaded (`role="status"`).
 * @csspart list-toggle - The "Show as list" button.
 * @csspart list - The table of the cities (always there for screen readers; shown on demand).
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
 * @cssprop [--pcw-space=1rem] - Base spacing (error, empty and warnings boxes).
 * @cssprop [--pcw-map-aspect-ratio=16 / 10] - Width to height of the map.
 * @cssprop [--pcw-map-water=#dcebf7] - Sea.
 * @cssprop [--pcw-map-land=#f4f1ea] - Countries.
 * @cssprop [--pcw-map-land-tint=#f6dc9f] - Countries of the shown cities.
 * @cssprop [--pcw-map-border=#aab5c0] - Country borders.
 * @cssprop [--pcw-map-arc=#0b5cad] - Arcs.
 * @cssprop [--pcw-map-city=#0b5cad] - Partner city markers.
 * @cssprop [--pcw-map-home=#b42318] - The home city's marker.
 * @cssprop [--pcw-map-label-halo=#ffffff] - The halo behind labels.
 *
 * @attr {string} data - The cities as JSON text (an announcement, `{ cities, links? }` or an array of cities); the `data` property takes the object (or the same text).
 *
 * @fires {CustomEvent<PcwLoadDetail<CityNetwork>>} pcw-load - The data was loaded and is shown. `detail`: `{ data, source, warnings }`.
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The data could not be loaded or used. `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ city: City; name: string }>} pcw-city-select - The reader selected a city (click or Enter). `detail`: `{ city, name }`, the parsed city and its name in the map's language.
 */
export class PartnerCityMap extends PcwDataElement<CityNetwork> {
  static override styles = [...hostStyles, ...styles];

  /** @internal */
  static override parse = parseCities;

  /** @internal */
  static override isEmpty = hasNoCities;

  /** @internal */
  @state() private size = { width: 800, height: 500 };

  /** @internal */
  @state() private countries: Country[] = [];

  /** The last basemap asked for failed to load: the map says so and credits nothing. @internal */
  @state() private basemapFailed = false;

  /** @internal */
  @state() private zoom = { k: 1, x: 0, y: 0 };

  /** @internal */
  @state() private active?: string;

  /** @internal */
  @state() private selected?: string;

  /** @internal */
  @state() private listOpen = false;

  /** @internal */
  @state() private hint = false;

  /** Whether the active city was chosen with the keyboard (announced) or by pointing (not). @internal */
  @state() private byKeyboard = false;

  /** `auto` (conic conformal for a regional extent, Natural Earth for a global one), `conic` or `natural-earth`. */
  @property({ converter: oneOf(['auto', 'conic', 'natural-earth'], 'auto') }) projection: ProjectionKind = 'auto';

  /** URL of another basemap (TopoJSON or GeoJSON of countries) instead of the built-in Natural Earth shapes. */
  @property() basemap?: string;

  /** The credit shown in the corner for a custom `basemap` (the built-in shapes credit Natural Earth). */
  @property() attribution?: string;

  /** @internal */
  private memo?: { key: unknown[]; value: Drawing };
  /** @internal */
  private labelMemo?: { key: unknown[]; value: PlacedLabel[] };

  /** Where the tooltip's city is on screen, for placing it after rendering. @internal */
  private tooltipAt = { x: 0, y: 0 };
  /** @internal */
  private tooltipSheet?: CSSStyleSheet;

  /** @internal */
  private resizeObserver?: ResizeObserver;
  /** @internal */
  private observedFrame?: Element;
  /** @internal */
  private basemapFor?: string;
  /** @internal */
  private pointers = new Map<number, { x: number; y: number }>();
  /** @internal */
  private dragged = false;
  /** @internal */
  private hintTimer?: ReturnType<typeof setTimeout>;
  /** @internal */
  private displayNames?: { lang: string; names: Intl.DisplayNames; seen: Map<string, string> };
  /** The host's font, for measuring labels: read when the map is connected or resized, not while rendering. @internal */
  private font = 'sans-serif';
  /** The labels' font size: three quarters of the host's, so that labels grow with the page's text. @internal */
  private labelSize = LABEL_FONT;
  /** The boxes the zoom buttons and the credit cover (measured after rendering; estimated on the server). @internal */
  @state() private controls = { zoom: { width: ZOOM_BOX.width, height: ZOOM_BOX.height }, credit: { width: 76, height: 21 } };
  /**
   * Set while hydrating server-rendered markup: labels are placed with the server's estimated
   * widths, so that the first render matches it; the first resize observation measures them.
   * @internal
   */
  private estimateLabels = false;

  /** The cities on the map, once the data is ready. */
  get cities(): readonly City[] {
    return this.model?.cities ?? [];
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!isServer) {
      this.readFont();
      this.resizeObserver = new ResizeObserver(([entry]) => {
        this.readFont();
        this.measureControls();
        if (this.estimateLabels) {
          this.estimateLabels = false;
          this.requestUpdate();
        }
        const { width, height } = entry.contentRect;
        if (width > 0 && height > 0 && (Math.round(width) !== this.size.width || Math.round(height) !== this.size.height)) {
          this.size = { width: Math.round(width), height: Math.round(height) };
        }
      });
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedFrame = undefined;
    clearTimeout(this.hintTimer);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // Rendered on the server: the first render places labels as the server did.
    if (this.hydrating && !this.hasUpdated) this.estimateLabels = true;
    if (this.source.state === 'ready' && !isServer && this.basemapFor !== (this.basemap ?? '')) {
      this.basemapFor = this.basemap ?? '';
      this.loadBasemap(this.basemap);
    }
    // A new projection starts over; a new size keeps the zoom and about what is in view (the
    // fitted map scales with the frame's width, its aspect ratio being fixed).
    const before = changed.get('size') as { width: number } | undefined;
    if (changed.has('projection') || (before && this.zoom.k === 1)) this.zoom = { k: 1, x: 0, y: 0 };
    else if (before) this.setZoom(this.zoom.k, (this.zoom.x * this.size.width) / before.width, (this.zoom.y * this.size.width) / before.width);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const tooltip = this.shadowRoot!.querySelector<HTMLElement>('.tooltip');
    if (tooltip) {
      // Beside the city, flipped and then shifted to stay inside the frame (it clips).
      // Set through the CSSOM: a style attribute would break a strict CSP.
      const { x, y } = this.tooltipAt;
      const { width, height } = this.size;
      const place = (at: number, size: number, room: number, gap: number) => {
        const after = at + gap;
        const start = after + size > room - 4 ? at - gap - size : after;
        return Math.round(Math.max(4, Math.min(start, room - size - 4)));
      };
      // Measured at the top left corner (its width depends on the room to its right), then placed.
      this.placeTooltip('left:0;top:0');
      this.placeTooltip(`left:${place(x, tooltip.offsetWidth, width, 12)}px;top:${place(y, tooltip.offsetHeight, height, 8)}px`);
    }
    const frame = this.shadowRoot!.querySelector('.frame');
    if (frame && frame !== this.observedFrame && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(frame);
      this.observedFrame = frame;
    }
  }

  private async loadBasemap(url: string | undefined) {
    try {
      const absolute = url ? absoluteUrl(url) : undefined;
      if (url && !absolute) throw new Error(`"${url}" is not a URL`);
      const shapes = absolute ? toCountries(await loadJson(absolute)) : defaultCountries(await import('./shapes.js'));
      if (url && !shapes.length) throw new Error('it holds no TopoJSON or GeoJSON features');
      if ((this.basemap ?? '') === (url ?? '')) {
        this.countries = shapes;
        this.basemapFailed = false;
      }
    } catch (e) {
      // A failure of a basemap that is no longer wanted changes nothing.
      if ((this.basemap ?? '') !== (url ?? '')) return;
      this.countries = [];
      this.basemapFailed = true;
      this.warn(`the map shapes could not be loaded (${e instanceof Error ? e.message : String(e)}); the cities are drawn without them`);
    }
  }

  private countryName(code: string | undefined): string {
    if (!code) return '';
    const lang = this.i18n.lang;
    if (this.displayNames?.lang !== lang) this.displayNames = { lang, names: new Intl.DisplayNames([lang, 'en'], { type: 'region' }), seen: new Map() };
    const { names, seen } = this.displayNames;
    // Asked for every city of the list on every render: each name is looked up once.
    let name = seen.get(code);
    if (name === undefined) {
      try {
        name = names.of(code) ?? code;
      } catch {
        name = code;
      }
      seen.set(code, name);
    }
    return name;
  }

  /**
   * Projects the cities, countries and arcs, once per model, shapes, size and projection (not
   * on every hover or zoom). Paths are clipped to the view and rounded to 0.1 px: the map's
   * markup stays small.
   */
  private geometry(): Drawing {
    const { width, height } = this.size;
    const model = this.model!;
    const { zoom, credit } = this.controls;
    const key = [model, this.countries, width, height, this.projection, zoom, credit];
    if (this.memo && key.every((k, i) => k === this.memo!.key[i])) return this.memo.value;
    // The buttons stand in a column on the right, or in a row at the top of a narrow map.
    const keepClear = zoom.width > zoom.height ? { top: zoom.height, bottom: credit.height } : { right: zoom.width, bottom: credit.height };
    const projection = fitProjection(this.cities, width, height, this.projection, keepClear).clipExtent([
      [0, 0],
      [width, height],
    ]);
    const path = svgPath(projection);
    const points = this.cities.map((city) => {
      const [px, py] = projection([city.lon, city.lat]) ?? [NaN, NaN];
      return { city, px, py };
    });
    const byId = new Map(points.map((p) => [p.city.id, p.city]));
    const tinted = new Set(this.cities.map((c) => c.country).filter(Boolean));
    const homeCountry = this.cities.find((c) => c.role === 'home')?.country;
    const countries = this.countries.flatMap((f) => {
      const d = path(f);
      const code = countryCode(f);
      return d ? [{ d, className: code && tinted.has(code) ? (code === homeCountry ? 'country home' : 'country tint') : 'country' }] : [];
    });
    const arcs = model.links.flatMap(([from, to]) => {
      const [a, b] = [byId.get(from)!, byId.get(to)!];
      const d = path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] });
      return d ? [d] : [];
    });
    const value = { points, countries, arcs };
    this.memo = { key, value };
    return value;
  }

  private screen(p: Point) {
    return { x: p.px * this.zoom.k + this.zoom.x, y: p.py * this.zoom.k + this.zoom.y };
  }

  // ---------------------------------------------------------------- zoom and pan

  private zoomAt(factor: number, cx = this.size.width / 2, cy = this.size.height / 2) {
    const { k, x, y } = this.zoom;
    const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k * factor));
    this.setZoom(next, cx - ((cx - x) * next) / k, cy - ((cy - y) * next) / k);
  }

  private setZoom(k: number, x: number, y: number) {
    const { width, height } = this.size;
    // Keep the map covering the frame: no panning past its edges.
    const clamp = (v: number, size: number) => Math.min(0, Math.max(size - size * k, v));
    this.zoom = { k, x: clamp(x, width), y: clamp(y, height) };
  }

  private local(e: PointerEvent | WheelEvent) {
    const rect = (this.shadowRoot!.querySelector('svg') as SVGSVGElement).getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  private onWheel(e: WheelEvent) {
    if (!(e.ctrlKey || e.metaKey)) {
      // A plain wheel scrolls the page; say how to zoom instead.
      this.hint = true;
      clearTimeout(this.hintTimer);
      this.hintTimer = setTimeout(() => (this.hint = false), 1500);
      return;
    }
    e.preventDefault();
    const { x, y } = this.local(e);
    this.zoomAt(Math.exp(-e.deltaY * 0.002), x, y);
  }

  private onPointerDown(e: PointerEvent) {
    if (e.button !== 0) return;
    this.pointers.set(e.pointerId, this.local(e));
    this.dragged = false;
  }

  private onPointerMove(e: PointerEvent) {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const now = this.local(e);
    if (this.pointers.size === 1) {
      if (!this.dragged && Math.hypot(now.x - last.x, now.y - last.y) > 2) {
        this.dragged = true;
        // Captured only once it is a drag, so that a click still reaches the city under it.
        (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
      }
      if (this.dragged) this.setZoom(this.zoom.k, this.zoom.x + now.x - last.x, this.zoom.y + now.y - last.y);
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.entries()].map(([id, p]) => (id === e.pointerId ? now : p));
      const before = [...this.pointers.values()];
      const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
      const ratio = distance(a, b) / Math.max(1, distance(before[0], before[1]));
      this.dragged = true;
      this.zoomAt(ratio, (a.x + b.x) / 2, (a.y + b.y) / 2);
    }
    this.pointers.set(e.pointerId, now);
  }

  private onPointerUp(e: PointerEvent) {
    this.pointers.delete(e.pointerId);
  }

  // ---------------------------------------------------------------- cities

  private select(city: City) {
    this.selected = city.id;
    this.active = city.id;
    this.emit('pcw-city-select', { city, name: this.text(city.name) });
  }

  private onCityClick(city: City) {
    if (this.dragged) return;
    this.select(city);
  }

  private onKey(e: KeyboardEvent, points: Point[]) {
    const index = points.findIndex((p) => p.city.id === this.active);
    const at = points[index] ? this.screen(points[index]) : undefined;
    const before = this.active;
    const directions: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    let handled = true;
    if (e.key in directions) {
      if (index === -1) this.active = this.homeOrFirst(points);
      else this.active = points[nearestInDirection(points.map((p) => this.screen(p)), index, directions[e.key])].city.id;
    } else if (e.key === 'Home') {
      this.active = this.homeOrFirst(points);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const city = points[index]?.city;
      if (city) this.select(city);
      else this.active = this.homeOrFirst(points);
    } else if (e.key === 'Escape') {
      handled = this.active !== undefined;
      this.active = undefined;
    } else if (e.key === '+' || e.key === '=') {
      // Around the active city, which stays where it is.
      this.zoomAt(1.5, at?.x, at?.y);
    } else if (e.key === '-' || e.key === '_') {
      this.zoomAt(1 / 1.5, at?.x, at?.y);
    } else if (e.key === '0') {
      this.setZoom(1, 0, 0);
    } else {
      handled = false;
    }
    if (handled) e.preventDefault();
    this.byKeyboard = true;
    const moved = points.find((p) => p.city.id === this.active);
    if (moved && this.active !== before) this.reveal(moved);
  }

  /**
   * Positions the tooltip through a stylesheet of this shadow root: no `style` attribute (the
   * contract), nothing a strict CSP blocks, and `::part(tooltip)` can still override it.
   */
  private placeTooltip(declarations: string) {
    const root = this.shadowRoot!;
    // Made in the map's own document (it may have been moved into an iframe), and added again
    // when the styles were adopted anew there.
    if (!this.tooltipSheet || !root.adoptedStyleSheets.includes(this.tooltipSheet)) {
      const view = (root.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
      this.tooltipSheet = new view.CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.tooltipSheet];
    }
    this.tooltipSheet.replaceSync(`.tooltip{${declarations}}`);
  }

  private isMarked(id: string): boolean {
    return id === this.active || id === this.selected;
  }

  /** What the zoom buttons and the credit cover, from the frame's right and top, and its bottom. */
  private measureControls() {
    const root = this.shadowRoot!;
    const zoom = root.querySelector<HTMLElement>('.zoom');
    const credit = root.querySelector<HTMLElement>('.attribution');
    const frame = zoom?.offsetParent as HTMLElement | null;
    if (!zoom || !frame) return;
    const next = {
      zoom: { width: Math.ceil(frame.clientWidth - zoom.offsetLeft), height: Math.ceil(zoom.offsetTop + zoom.offsetHeight) },
      credit: credit ? { width: Math.ceil(frame.clientWidth - credit.offsetLeft), height: Math.ceil(frame.clientHeight - credit.offsetTop) } : { width: 0, height: 0 },
    };
    if (JSON.stringify(next) !== JSON.stringify(this.controls)) this.controls = next;
  }

  private readFont() {
    const style = getComputedStyle(this);
    this.font = style.fontFamily || 'sans-serif';
    this.labelSize = Math.round((parseFloat(style.fontSize) || 16) * 0.75);
  }

  /** Pans so that a city the keyboard moved to is inside the frame, with a margin. */
  private reveal(point: Point) {
    const { width, height } = this.size;
    const { x, y } = this.screen(point);
    const margin = 24;
    if (x >= margin && x <= width - margin && y >= margin && y <= height - margin) return;
    const { k } = this.zoom;
    this.setZoom(k, width / 2 - point.px * k, height / 2 - point.py * k);
  }

  /**
   * The pointer left a city or its tooltip: the tooltip goes, unless the pointer went from one
   * to the other (the tooltip's link stays reachable) or the keyboard or a click chose the city.
   */
  private onPointerLeave(e: PointerEvent) {
    const to = e.relatedTarget as Element | null;
    const id = this.active;
    if (!id || this.byKeyboard || this.selected === id || (to && (to.closest('.tooltip') || to.closest(`[data-id="${CSS.escape(id)}"]`)))) return;
    this.active = undefined;
  }

  private homeOrFirst(points: Point[]): string | undefined {
    return (points.find((p) => p.city.role === 'home') ?? points[0])?.city.id;
  }

  /** Tooltip and announcement text of a city: name, country, since. */
  private describe(city: City): string {
    const t = this.i18n.t(mapStrings);
    return [
      this.text(city.name),
      this.countryName(city.country),
      city.since ? t.partnerSince(formatDate(city.since, this.i18n.lang)) : '',
      city.role === 'home' ? t.home : '',
    ]
      .filter(Boolean)
      .join(', ');
  }

  // ---------------------------------------------------------------- rendering

  protected renderSkeleton() {
    return html`<div part="skeleton" class="frame skeleton-map" aria-busy="true">
      <span class="visually-hidden">${this.i18n.common.loading}</span>
    </div>`;
  }

  private renderTooltip(point: Point | undefined): TemplateResult | typeof nothing {
    if (!point) return nothing;
    const { city } = point;
    const t = this.i18n.t(mapStrings);
    // Placed after rendering, when its size is known (see `updated`).
    this.tooltipAt = this.screen(point);
    return html`<div part="tooltip" class="tooltip" id="tooltip" @pointerleave=${this.onPointerLeave}>
      <strong>${this.content(city.name)}</strong>
      ${city.country ? html`<span>${this.countryName(city.country)}</span>` : nothing}
      ${city.since ? html`<span>${t.partnerSince(formatDate(city.since, this.i18n.lang))}</span>` : nothing}
      ${city.description ? html`<span class="description">${this.content(city.description)}</span>` : nothing}
      ${city.url ? html`<a part="tooltip-link" href=${city.url}>${t.website}</a>` : nothing}
    </div>`;
  }

  private renderList(): TemplateResult {
    const t = this.i18n.t(mapStrings);
    return html`<div part="list" id="list" class=${this.listOpen ? 'list' : 'list visually-hidden'}>
      <table>
        <caption class="visually-hidden">${t.summary(this.cities.map((c) => this.text(c.name)))}</caption>
        <thead>
          <tr>
            <th scope="col">${t.city}</th>
            <th scope="col">${t.country}</th>
            <th scope="col">${t.since}</th>
            <th scope="col">${t.link}</th>
          </tr>
        </thead>
        <tbody>
          ${this.cities.map(
            (c) => html`<tr>
              <th scope="row">${this.content(c.name)}${c.role === 'home' ? html` <span class="role">(${t.home})</span>` : nothing}</th>
              <td>${this.countryName(c.country)}</td>
              <td>${c.since ? html`<time datetime=${c.since.iso}>${formatDate(c.since, this.i18n.lang)}</time>` : nothing}</td>
              <td>
                ${c.url
                  ? html`<a part="list-link" href=${c.url} tabindex=${ifDefined(this.listOpen ? undefined : -1)}>${t.website}<span class="visually-hidden">: ${this.text(c.name)}</span></a>`
                  : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected renderReady(): TemplateResult {
    const t = this.i18n.t(mapStrings);
    const { width, height } = this.size;
    const geometry = this.geometry();
    const points = geometry.points as Point[];
    const byId = new Map(points.map((p) => [p.city.id, p]));
    const { zoom, credit } = this.controls;
    const { k, x, y } = this.zoom;
    const font = `${this.labelSize}px ${this.font}`;
    // Home first, then in the order given: the most important labels get the best spots. The
    // home city is drawn last, on top of its neighbours.
    const ordered = [...points].sort((a, b) => (a.city.role === 'home' ? -1 : 0) - (b.city.role === 'home' ? -1 : 0));
    // The active or selected city on top of all.
    const drawn = [...ordered].reverse().sort((a, b) => +this.isMarked(a.city.id) - +this.isMarked(b.city.id));
    // Placed again only when the view or the names change, not on every hover or key press.
    const labelKey = [geometry, k, x, y, font, this.estimateLabels, this.i18n.lang, zoom, credit];
    if (!this.labelMemo || labelKey.some((v, i) => v !== this.labelMemo!.key[i])) {
      this.labelMemo = {
        key: labelKey,
        value: placeLabels(
          ordered.map((p) => {
            const s = this.screen(p);
            const home = p.city.role === 'home';
            return { id: p.city.id, x: s.x, y: s.y, r: home ? 7 : 5, width: textWidth(this.text(p.city.name), font, this.estimateLabels, this.labelSize), height: this.labelSize + 2, required: home };
          }),
          width,
          height,
          // The zoom buttons and the credit cover the map there.
          [
            { x: width - zoom.width, y: 0, width: zoom.width, height: zoom.height },
            { x: width - credit.width, y: height - credit.height, width: credit.width, height: credit.height },
          ],
        ),
      };
    }
    const labels = this.labelMemo.value;
    // Without shapes: no credit for them, and a notice under the map (over it, it would hide cities).
    const creditText = this.basemapFailed ? '' : this.basemap ? (this.attribution ?? '') : 'Natural Earth';
    const activePoint = this.active ? byId.get(this.active) : undefined;
    const names = this.cities.map((c) => this.text(c.name));
    return html`<div part="base" class="base">
        <div part="frame" class="frame">
          <div
            part="map"
            class=${k > 1 ? 'map zoomed' : 'map'}
            role="application"
            aria-label=${t.help}
            aria-describedby="status"
            tabindex="0"
            @keydown=${(e: KeyboardEvent) => this.onKey(e, points)}
            @wheel=${this.onWheel}
            @pointerdown=${this.onPointerDown}
            @pointermove=${this.onPointerMove}
            @pointerup=${this.onPointerUp}
            @pointercancel=${this.onPointerUp}
            @blur=${() => (this.active = this.selected === this.active ? this.active : undefined)}
          >
            <svg part="svg" role="img" aria-label=${t.summary(names)} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
              <rect class="water" width=${width} height=${height}></rect>
              <g transform="translate(${x} ${y}) scale(${k})">
                <g part="countries">
                  ${geometry.countries.map((c) => svg`<path part="country" class=${c.className} d=${c.d} vector-effect="non-scaling-stroke"></path>`)}
                </g>
                <g part="arcs">
                  ${geometry.arcs.map((d) => svg`<path part="arc" class="arc" d=${d} pathLength="1" vector-effect="non-scaling-stroke"></path>`)}
                </g>
              </g>
              <g class="cities">
                ${drawn.map((p) => {
                  const s = this.screen(p);
                  const home = p.city.role === 'home';
                  const classes = ['city', home ? 'home' : '', p.city.id === this.active ? 'active' : '', p.city.id === this.selected ? 'selected' : ''].join(' ');
                  return svg`<g class=${classes} data-id=${p.city.id}
                    @pointerenter=${() => {
                      this.active = p.city.id;
                      this.byKeyboard = false;
                    }}
                    @pointerleave=${this.onPointerLeave}
                    @click=${() => this.onCityClick(p.city)}>
                    <circle class="hit" cx=${s.x} cy=${s.y} r="12"></circle>
                    <circle part="city" class="marker" cx=${s.x} cy=${s.y} r=${home ? 7 : 5}></circle>
                    ${this.isMarked(p.city.id) ? svg`<circle class="ring" cx=${s.x} cy=${s.y} r=${home ? 12 : 10}></circle>` : nothing}
                  </g>`;
                })}
              </g>
              <g class="labels" aria-hidden="true">
                ${labels.map((l) => svg`<text part="label" class="label" data-id=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${this.text(byId.get(l.id)!.city.name)}</text>`)}
              </g>
            </svg>
            ${creditText ? html`<p part="attribution" class="attribution">${creditText}</p>` : nothing}
            <p part="hint" class="hint" ?hidden=${!this.hint}>${this.hint ? t.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl') : ''}</p>
          </div>
          <div part="zoom-controls" class="zoom">
            <button part="zoom-in" type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoomAt(1.5)}>+</button>
            <button part="zoom-out" type="button" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.zoomAt(1 / 1.5)}>−</button>
            <button part="zoom-reset" type="button" aria-label=${t.zoomReset} title=${t.zoomReset} @click=${() => this.setZoom(1, 0, 0)}>
              <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" aria-hidden="true">
                <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 3.5v3.7h3.7"></path>
              </svg>
            </button>
          </div>
          ${this.renderTooltip(activePoint)}
        </div>
        ${this.basemapFailed ? html`<p part="notice" class="notice" role="status">${t.shapesFailed}</p>` : nothing}
        <div id="status" class="visually-hidden" role="status">${activePoint && this.byKeyboard ? this.describe(activePoint.city) : ''}</div>
        <button part="list-toggle" class="list-toggle" type="button" aria-expanded=${this.listOpen ? 'true' : 'false'} aria-controls="list" @click=${() => (this.listOpen = !this.listOpen)}>
          ${this.listOpen ? t.hideList : t.showList}
        </button>
        ${this.renderList()}
      </div>`;
  }

  protected emptyMessage() {
    return this.i18n.t(mapStrings).empty;
  }
}
