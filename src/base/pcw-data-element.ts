import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataSourceController, DataState } from '../controllers/data-source.controller.js';
import type { PcwErrorDetail } from '../events.js';
import { PcwElement } from './pcw-element.js';

/**
 * The base of every widget that shows data: the four data sources, `debug`, `retry()` and
 * the shared loading, empty and error views.
 * @internal
 */
export abstract class PcwDataElement<T = unknown> extends PcwElement {
  /** @internal */
  protected abstract readonly source: DataSourceController<T>;

  /**
   * The data as an object, or as JSON text (what frameworks pass for a `data="…"` in their
   * templates): the highest-precedence source. Parsed and checked like any other source; an
   * invalid value shows the error state.
   */
  @property({ attribute: false }) data?: string | NonNullable<unknown> | null;

  /**
   * The data as JSON text: this is the `data` attribute. Used when the `data` property is not set.
   */
  @property({ attribute: 'data' }) dataText?: string | null;

  /**
   * The same JSON text as the `data` attribute, under a name that HTML sanitisers treat as
   * text: WordPress's kses, for one, takes `data` for a URL (as on `<object data>`) and empties
   * it. Use `json` in pages edited through a CMS. When both are given, `data` wins.
   */
  @property() json?: string | null;

  /**
   * URL of the data (JSON), resolved against the page. Used when neither `data` nor an inline
   * `<script type="application/json">` child is given. Widgets with the same `src` share one request.
   */
  @property({ reflect: true }) src?: string;

  /** How long to wait for `src`, in milliseconds, before showing the error. */
  @property({ type: Number }) timeout = 15000;

  /** Lists the problems found in the data (items left out) visibly, for the editor setting the widget up. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * Server-rendered (a declarative shadow root was there before the first update): the first
   * render must match the server's, which cannot see the light DOM.
   * @internal
   */
  private hydrating = false;

  override connectedCallback() {
    if (!isServer && !this.hasUpdated && this.shadowRoot) this.hydrating = true;
    super.connectedCallback();
  }

  protected override firstUpdated(changed: PropertyValues) {
    super.firstUpdated(changed);
    if (!this.hydrating) return;
    this.hydrating = false;
    // Hydrated: the loading view may now depend on the light DOM (after this update, not in it).
    if (this.source.state === 'loading') void this.updateComplete.then(() => this.requestUpdate());
  }

  /**
   * Reads the source before anything else of the update: Lit runs `willUpdate` before the
   * controllers' `hostUpdate`, and subclasses build on the model in their `willUpdate`; on the
   * server only `willUpdate` runs at all. Subclasses call `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.source.hostUpdate();
  }

  /** The current state: `initial`, `loading`, `ready`, `empty` or `error`. */
  get state(): DataState {
    return this.source.state;
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
  protected renderState(views: { skeleton: () => TemplateResult; ready: (value: T) => TemplateResult; empty: () => string }): TemplateResult {
    const fallback = html`<slot></slot>`;
    return this.source.render({
      initial: () => fallback,
      // On the server (and so in the first render of a hydrated widget) the light DOM is
      // unknown: the loading view is the fallback slot alone, so that readers without
      // JavaScript get the page's own content (a skeleton would promise what never comes).
      loading: () =>
        isServer || this.hydrating ? fallback : this.hasFallback() ? html`<div aria-busy="true">${fallback}</div>` : views.skeleton(),
      ready: (value) => html`${views.ready(value)}${this.renderWarnings()}`,
      empty: () => this.renderEmpty(views.empty()),
      // The fallback stays under the error: readers still get the content the page had.
      error: (e) => html`${this.renderError(e)}${fallback}`,
    });
  }

  /** @internal */
  private renderError(error: PcwErrorDetail): TemplateResult {
    const t = this.i18n.common;
    return html`<div part="error" role="alert">
      <slot name="error">
        <p part="error-message">${error.kind === 'invalid' || error.source !== 'src' ? t.invalidData : t.loadFailed}</p>
        <details part="error-details">
          <summary>${t.details}</summary>
          <p>${error.message}</p>
        </details>
      </slot>
      ${error.source === 'src'
        ? html`<button part="retry-button" type="button" @click=${() => this.retry()}>${t.retry}</button>`
        : nothing}
    </div>`;
  }

  /** @internal */
  private renderEmpty(message: string): TemplateResult {
    return html`<div part="empty"><slot name="empty">${message}</slot></div>`;
  }

  /** @internal */
  private renderWarnings(): TemplateResult | typeof nothing {
    const warnings = this.source.warnings;
    if (!this.debug || !warnings.length) return nothing;
    return html`<div part="warnings">
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
    return !isServer && [...this.childNodes].some((n) =>
      n.nodeType === Node.TEXT_NODE ? /\S/.test(n.textContent ?? '') : n.nodeType === Node.ELEMENT_NODE && (n as Element).localName !== 'script',
    );
  }
}
