import type { MapStrings } from '../../i18n/strings/map.js';
import type { CityNetwork } from '../../model/parse-cities.js';
import type { Shapes } from './basemap.js';
import type { LabelPlacing } from './list-and-labels.controller.js';
import { clusterPoints } from './clusters.js';
import { countryNames } from './country-names.js';
import { drawArcs, drawCountries, drawOrder, fitMap, projectCities, type Controls, type Drawing, type Point } from './drawing.js';
import { cityLabels, LABEL_WEIGHT } from './labels.js';
import { memo } from './memo.js';
import type { ProjectionKind } from './projection.js';
import type { Scene } from './templates/ready.js';
import type { Words } from './templates/words.js';
import { MAX_ZOOM, toScreen, type Size, type View } from './view-transform.js';

/** What the map's scene is worked out from: the element's state when it updates. */
export interface SceneInput {
  readonly t: Required<MapStrings>;
  readonly lang: string;
  text: Words['text'];
  content: Words['content'];
  readonly shapes: Shapes;
  readonly size: Size;
  readonly projection: ProjectionKind;
  /** The boxes the zoom buttons and the credit cover. */
  readonly controls: Controls;
  /** The zoom and pan, the active city and the selected one. */
  readonly interaction: { readonly view: View; readonly active?: string; readonly selected?: string };
  /** The labels' font. */
  readonly font: { readonly family: string; readonly size: number };
  /** Whether the labels are drawn yet, and with estimated widths (hydrating) or measured ones. */
  readonly labels: LabelPlacing;
  readonly basemap?: string;
  readonly attribution?: string;
}

/**
 * The scene of the ready view (drawing, groups of overlapping cities, labels, the active city),
 * worked out again only in part: each step is memoized on what it depends on.
 */
export class SceneBuilder {
  private readonly countryName = countryNames();
  private readonly fit = memo(fitMap);
  private readonly points = memo(projectCities);
  /** The countries, and the arcs apart from them: the arcs are not projected again when the shapes arrive. */
  private readonly countries = memo(drawCountries);
  private readonly arcs = memo(drawArcs);
  private readonly drawing = memo((points: readonly Point[], countries: Drawing['countries'], arcs: Drawing['arcs']): Drawing => ({
    points,
    countries,
    arcs,
  }));
  /** The cities that overlap, grouped once per drawing and zoom (not on every hover). */
  private readonly grouping = memo(clusterPoints);
  /** The input of the scene being built (what the labels read beside their memo's arguments). */
  private input!: SceneInput;
  /** Placed again only when the view or the names change, not on every hover or key press. */
  private readonly labels = memo(
    (points: readonly Point[], view: View, font: string, estimate: boolean, _lang: string, controls: Controls) =>
      cityLabels(points, view, this.input.size, controls, { font, size: this.input.font.size, estimate }, (city) =>
        this.input.text(city.name),
      ),
  );

  build(model: CityNetwork, input: SceneInput): Scene {
    this.input = input;
    const { lang, t, shapes, size, controls, font } = input;
    const { view, active, selected } = input.interaction;
    const words: Words = {
      t,
      lang,
      text: (v) => input.text(v),
      content: (v) => input.content(v),
      country: (code) => this.countryName(code, lang),
    };
    const { zoom, credit } = controls;
    const fitted = this.fit(model, size, input.projection, zoom.width, zoom.height, credit.height);
    const drawing = this.drawing(this.points(model, fitted), this.countries(model, shapes.countries, fitted), this.arcs(model, fitted));
    const activePoint = drawing.points.find((p) => p.city.id === active);
    const grouping = this.grouping(drawing.points, view.k);
    // The active and selected cities are drawn on their own, over their group.
    const marked = drawing.points.filter((p) => (p.city.id === active || p.city.id === selected) && grouping.of.has(p.city.id));
    return {
      grouping,
      words,
      label: t.summary(model.cities.map((c) => input.text(c.name))),
      size,
      view,
      drawing,
      cities: drawOrder(marked.length ? [...grouping.alone, ...marked] : grouping.alone, view, active, selected),
      clusters: grouping.clusters.map((c) => ({ id: c.id, n: c.members.length, ...toScreen(view, c) })),
      labels:
        input.labels === 'later'
          ? []
          : this.labels(grouping.alone, view, `${LABEL_WEIGHT} ${font.size}px ${font.family}`, input.labels === 'estimate', lang, controls),
      active: activePoint && {
        city: activePoint.city,
        at: toScreen(view, activePoint),
        // Said while Enter can still zoom in to separate it.
        group: view.k < MAX_ZOOM ? (grouping.of.get(activePoint.city.id)?.members.length ?? 1) : 1,
      },
      // Without shapes: no credit for them, and a notice under the map (over it, it would hide cities).
      credit: shapes.failed ? '' : input.basemap ? (input.attribution ?? '') : 'Natural Earth',
      shapesFailed: shapes.failed,
    };
  }
}
