import {
  html,
  nothing,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { noDom } from '../internal/env.js';
import { DataSourceController, type DataState } from '../controllers/data-source.controller.js';
import type { PcwErrorDetail } from '../events.js';
import { localize, pick, sameLanguage } from '../i18n/format.js';
import { oneOf } from '../internal/converters.js';
import { inLang } from '../internal/lang-span.js';
import { lazyObserver } from '../internal/lazy-observer.js';
import { DEFAULT_TIMEOUT, INLINE_JSON, type Accept } from '../model/load.js';
import type { LocalizedText, ParseOptions, Result } from '../model/types.js';
import { loadingStyles } from '../styles/loading.js';
import { PcwElement } from './pcw-element.js';

/** What every widget's model has: the language its texts are written in, when the data says. */
interface Model {
  readonly lang?: string;
}

/**
 * The base of every widget that shows data: the four data sources, `debug`, `retry()` and
 * the shared loading, empty and error views. It alone owns the data state; a subclass supplies
 * `static parse` (and `static isEmpty` when a valid model can have nothing to show) and the
 * views of its states: `renderSkeleton`, `renderReady` and `emptyMessage`.
 * @internal
 */
export abstract class PcwDataElement<T extends Model = Model> extends PcwElement {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      data: { attribute: false },
      dataText: { attribute: 'data' },
      json: {},
      src: { reflect: true },
      timeout: { type: Number },
      debug: { type: Boolean, reflect: true, useDefault: true },
      loading: { reflect: true, useDefault: true, converter: oneOf(['eager', 'lazy'], 'eager') },
    };
  }

  /** Adds the loading view's layout to every widget's styles. @internal */
  static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [...super.finalizeStyles(styles), loadingStyles];
  }

  /** Turns JSON into the widget's model; never throws. Every subclass sets it. @internal */
  static parse(_json: unknown, _options?: ParseOptions): Result<unknown> {
    return { ok: false, error: { path: '', message: `${this.name} has no parser` }, warnings: [] };
  }

  /** Whether a valid model has nothing to show (the empty message rather than the view). @internal */
  static isEmpty(_model: never): boolean {
    return false;
  }

  /**
   * What a widget that reads text besides JSON asks `src` for and takes (RSS and Atom:
   * `<city-news-feed>`'s `FEED`), from every source and from an inline feed script (see
   * `DataSourceOptions.text`); `undefined`: JSON only. @internal
   */
  static accepts?: Accept;

  /** @internal */
  protected readonly source = new DataSourceController<T>(this, {
    args: () => ({ data: this.data, dataText: this.dataText, json: this.json, src: this.src, timeout: this.timeout }),
    parse: (json, options) => (this.constructor as typeof PcwDataElement).parse(json, options) as Result<T>,
    isEmpty: (model) => (this.constructor as typeof PcwDataElement).isEmpty(model as never),
    text: (this.constructor as typeof PcwDataElement).accepts,
  });

  /**
   * The data as an object, or as JSON text (what frameworks pass for a `data="…"` in their
   * templates): the highest-precedence source. Parsed and checked like any other source; an
   * invalid value shows the error state.
   */
  data?: string | NonNullable<unknown> | null;

  /**
   * The data as JSON text: this is the `data` attribute. Used when the `data` property is not set.
   */
  dataText?: string | null;

  /**
   * The same JSON text as the `data` attribute, under a name that HTML sanitisers treat as
   * text: WordPress's kses, for one, takes `data` for a URL (as on `<object data>`) and empties
   * it. Use `json` in pages edited through a CMS. When both are given, `data` wins.
   */
  json?: string | null;

  /**
   * URL of the data (JSON), resolved against the page. Used when neither `data` nor an inline
   * `<script type="application/json">` child is given. Widgets with the same `src` share one request.
   */
  src?: string;

  /** How long to wait for `src`, in milliseconds, before showing the error. */
  timeout: number = DEFAULT_TIMEOUT;

  /** Lists the problems found in the data (items left out) visibly, for the editor setting the widget up. */
  debug = false;

  /**
   * `lazy` defers the widget's work — loading `src`, reading the data, rendering it — until the
   * widget comes within 200 px of the viewport, like `loading="lazy"` on an image; until then it
   * shows its loading view (the skeleton, or the fallback content in the skeleton's space).
   * For widgets below the fold of a long page. `eager` (the default) starts at once.
   */
  loading: 'eager' | 'lazy' = 'eager';

  /** Whether a lazy widget has come near the viewport (it then stays started). @internal */
  private near = false;

  /** The observer watching this lazy widget, while one does. @internal */
  private lazyWatch?: IntersectionObserver;

  /** Starts watching for the viewport (in the widget's current document). @internal */
  private observeLazy(): void {
    this.lazyWatch?.unobserve(this);
    this.lazyWatch = lazyObserver(this.ownerDocument);
    this.lazyWatch.observe(this);
  }

  /** Called by the lazy observer when the widget comes near the viewport. @internal */
  reached(): void {
    this.lazyWatch = undefined;
    if (this.near) return;
    this.near = true;
    this.requestUpdate();
  }

  /**
   * A lazy widget far from the viewport: its sources are not read yet. Never on the server nor
   * while hydrating (the server has rendered the data already), nor without IntersectionObserver.
   * @internal
   */
  private get deferred(): boolean {
    return this.loading === 'lazy' && !this.near && !noDom && !this.hydrating && typeof IntersectionObserver === 'function';
  }

  /**
   * Server-rendered (a declarative shadow root was there before the first update): the first
   * render must match the server's, which cannot see the light DOM or measure text. True until
   * the first update has completed.
   * @internal
   */
  protected hydrating = false;

  override connectedCallback() {
    if (!noDom && !this.hasUpdated && this.shadowRoot) this.hydrating = true;
    super.connectedCallback();
    if (this.deferred) this.observeLazy();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.lazyWatch?.unobserve(this);
    this.lazyWatch = undefined;
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    if (!this.hydrating) return;
    this.hydrating = false;
    // Hydrated: the loading view may now depend on the light DOM (after this update, not in it).
    if (this.source.state === 'loading') void this.updateComplete.then(() => this.requestUpdate());
  }

  /**
   * Reads the source, once, before anything else of the update: Lit runs `willUpdate` before
   * the controllers' `hostUpdate`, and subclasses build on the model in their `willUpdate`; on
   * the server only `willUpdate` runs at all. Subclasses call `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('loading') && this.isConnected && this.deferred) this.observeLazy();
    if (!this.deferred) this.source.update();
    this.shownState = this.source.state;
  }

  /** The state of the last update: what `state` reports (an answer waits for its render). */
  private shownState: DataState = 'initial';

  /** The model shown, in the `ready` state. @internal */
  protected get model(): T | undefined {
    return this.source.value;
  }

  /** A text of the data in the widget's language (else the data's own, else the first given). @internal */
  protected text(value: LocalizedText | undefined): string {
    return localize(value, this.i18n.lang, this.model?.lang);
  }

  /** A text of the data with its language, when that is not the widget's (for a `lang` attribute). @internal */
  protected localized(value: LocalizedText | undefined): { text: string; lang?: string } {
    const { text, lang } = pick(value, this.i18n.lang, this.model?.lang);
    return { text, lang: sameLanguage(lang, this.i18n.lang) ? undefined : lang };
  }

  /** A text of the data as content: in a `<span lang>` when it is not in the widget's language. @internal */
  protected content(value: LocalizedText | undefined) {
    const { text, lang } = pick(value, this.i18n.lang, this.model?.lang);
    return inLang(text, lang, this.i18n.lang);
  }

  /** The loading placeholder, shown while `src` loads when the element has no fallback content. @internal */
  protected abstract renderSkeleton(): TemplateResult;

  /** The view of the data. @internal */
  protected abstract renderReady(model: T): TemplateResult;

  /** The text shown when the data has nothing to show. @internal */
  protected abstract emptyMessage(): string;

  protected override render() {
    return this.renderState();
  }

  /**
   * The current state, as shown: `initial`, `loading`, `ready`, `empty` or `error`. A
   * `loading="lazy"` widget with a source is `loading` until it comes near the viewport; an
   * answer from `src` counts once it is rendered (many widgets render in slices, and a map's data
   * may wait a moment for its country shapes), so `ready` means the ready view is there.
   */
  get state(): DataState {
    return this.deferred && this.hasSource() ? 'loading' : this.shownState;
  }

  /** Loads the data again (after an error, or to pick up new data at `src`). */
  retry(): void {
    this.source.retry();
  }

  /**
   * The view of the current state: the light-DOM fallback before there is a source (and while
   * loading, when there is some, or on the server), else the widget's skeleton; the data; the empty message; the
   * error, with the fallback under it (an empty slot when there is none, the same on the server).
   * @internal
   */
  private renderState(): TemplateResult {
    const fallback = html`<slot></slot>`;
    // A lazy widget far from the viewport: the loading view when it has a source (its space reserved).
    if (this.deferred) return this.hasSource() ? this.renderLoading(fallback) : fallback;
    return this.source.render({
      initial: () => fallback,
      loading: () => this.renderLoading(fallback),
      ready: (value) => {
        // Without warnings to show, the view itself: one template instance less per widget.
        const warnings = this.renderWarnings();
        return warnings === nothing ? this.renderReady(value) : html`${this.renderReady(value)}${warnings}`;
      },
      empty: () => this.renderEmpty(this.emptyMessage()),
      // The fallback stays under the error: readers still get the content the page had.
      error: (e) => html`${this.renderError(e)}${fallback}`,
    });
  }

  /**
   * The loading view. On the server (and so in the first render of a hydrated widget) the light
   * DOM is unknown: the fallback slot alone, so that readers without JavaScript get the page's
   * own content (a skeleton would promise what never comes). With fallback content: the
   * fallback, in a box that keeps the skeleton's size (the size of the widget when ready, as far
   * as it is known before the data), so that the page below does not move when the data comes.
   * Without: the skeleton.
   * @internal
   */
  private renderLoading(fallback: TemplateResult): TemplateResult {
    if (noDom || this.hydrating) return fallback;
    if (!this.hasFallback()) return this.renderSkeleton();
    return html`<div class="pcw-loading" aria-busy="true">
      <div class="pcw-reserve" aria-hidden="true">${this.renderSkeleton()}</div>
      <div>${fallback}</div>
    </div>`;
  }

  /** Whether the element has a data source (read without loading it). @internal */
  private hasSource(): boolean {
    return (
      this.data != null ||
      typeof this.dataText === 'string' ||
      typeof this.json === 'string' ||
      !!this.src ||
      !!this.querySelector((this.constructor as typeof PcwDataElement).accepts?.scripts ?? INLINE_JSON)
    );
  }

  /** @internal */
  private renderError(error: PcwErrorDetail): TemplateResult {
    const t = this.i18n.common;
    return html`<div part="error" class="error" role="alert">
      <slot name="error">
        <p part="error-message" class="error-message">${error.kind === 'invalid' || error.source !== 'src' ? t.invalidData : t.loadFailed}</p>
        <details part="error-details" class="error-details">
          <summary>${t.details}</summary>
          <p>${error.message}</p>
        </details>
      </slot>
      ${error.source === 'src' ? html`<button part="retry-button" class="retry-button" type="button" @click=${() => this.retry()}>${t.retry}</button>` : nothing}
    </div>`;
  }

  /** @internal */
  private renderEmpty(message: string): TemplateResult {
    return html`<div part="empty" class="empty"><slot name="empty">${message}</slot></div>`;
  }

  /** @internal */
  private renderWarnings(): TemplateResult | typeof nothing {
    const warnings = this.source.warnings;
    if (!this.debug || !warnings.length) return nothing;
    return html`<div part="warnings" class="warnings">
      <p>${this.i18n.common.warnings(warnings.length)}</p>
      <ul>
        ${warnings.map((w) => html`<li><code>${w.path}</code> ${w.message}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * Light-DOM children (other than the JSON script) are fallback content: the article as
   * plain HTML for pages without scripts, shown until the widget has something to render.
   * @internal
   */
  private hasFallback(): boolean {
    return (
      !noDom &&
      [...this.childNodes].some((n) =>
        n.nodeType === Node.TEXT_NODE
          ? /\S/.test(n.textContent ?? '')
          : n.nodeType === Node.ELEMENT_NODE && (n as Element).localName !== 'script',
      )
    );
  }
}
