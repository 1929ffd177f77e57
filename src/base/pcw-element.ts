import { LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveElement } from 'lit';
import { noDom } from '../internal/env.js';
import { LangController } from '../controllers/lang.controller.js';
import { adoptInDocument } from '../internal/adopted-styles.js';
import { fire, type PcwEventMap } from '../events.js';
import { alreadyDefined, warn } from '../internal/logger.js';
import { nextSlice, sliceUsedUp, startSlice } from '../internal/schedule.js';

/**
 * The widgets' updates requested and not yet run (an element made and never connected stays
 * counted: an overestimate, which only makes a slice end sooner).
 */
let waiting = 0;

/**
 * The base of every widget: language, theme, typed events and a logger.
 * @internal
 */
export abstract class PcwElement extends LitElement {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
    };
  }

  /**
   * Defines the element under `tag`. A tag that is defined already (a second copy of the
   * library on the page) keeps its first definition, and one console warning names it. A class
   * defined under another tag already is defined here as a subclass (a constructor can be
   * registered only once), so `CityNewsCard.define('my-news-card')` works beside the standard tag.
   * The library's own modules register their tags with a literal, guarded
   * `customElements.define` instead, which the manifest analyzer can see.
   */
  static define(tag: string): void {
    if (customElements.get(tag)) {
      alreadyDefined(tag);
      return;
    }
    const element = this as unknown as CustomElementConstructor;
    try {
      customElements.define(tag, element);
    } catch {
      customElements.define(tag, class extends element {});
    }
  }

  /** @internal */
  protected readonly i18n = new LangController(this);

  /**
   * Server rendering (@lit-labs/ssr) calls neither `connectedCallback` nor the controllers'
   * `hostUpdate`, only `willUpdate`: resolve the language there (from the `lang` attribute).
   * Subclasses call `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (noDom) this.i18n.refresh();
  }

  /** Colour scheme: `light`, `dark`, or `auto` to follow the visitor's system setting. Light when absent. */
  theme?: 'light' | 'dark' | 'auto';

  /** The document whose style sheets the shadow root has. @internal */
  private styledIn?: Document;

  /**
   * A slot in a new shadow root until the first render: the first render of many widgets may
   * wait for a later task (see `scheduleUpdate`), and an empty shadow root would hide the light
   * DOM (the fallback content) for a frame or more, moving the page below. @internal
   */
  private firstSlot?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    const root = super.createRenderRoot();
    // Without light DOM there is nothing to show until the first render (a thousand cards given
    // their data by attribute: a slot each, put in and taken out again, for nothing), unless the
    // parser may still add it (the document is loading).
    if (!noDom && !existing && root instanceof ShadowRoot && (this.hasChildNodes() || document.readyState === 'loading')) {
      this.firstSlot = document.createElement('slot');
      root.append(this.firstSlot);
    }
    return root;
  }

  protected override update(changed: PropertyValues) {
    this.firstSlot?.remove();
    this.firstSlot = undefined;
    super.update(changed);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (noDom) return;
    // The time the browser spends upgrading widgets counts towards the first slice of updates.
    startSlice();
    // Moved into another document (an iframe) or back: styles made for that document.
    const doc = this.ownerDocument;
    if (
      this.styledIn &&
      this.styledIn !== doc &&
      this.renderRoot instanceof ShadowRoot &&
      this.renderRoot.adoptedStyleSheets?.length !== undefined
    ) {
      adoptInDocument(this.renderRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    this.styledIn = doc;
  }

  /**
   * Many widgets on one page update in slices, yielding to the page in between (no long task).
   * A widget whose language is loading (its chunk, e.g. German) waits for it, at most a second,
   * rather than show English first.
   * @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = this.i18n.ready();
    if (language) return language.then(() => this.scheduleUpdate());
    if (noDom || !sliceUsedUp(waiting)) {
      waiting--;
      return super.scheduleUpdate();
    }
    return nextSlice().then(() => this.scheduleUpdate());
  }

  /** Counts the widgets' updates waiting to run (see `scheduleUpdate`). @internal */
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    const idle = !this.isUpdatePending;
    super.requestUpdate(...args);
    if (idle && this.isUpdatePending) waiting++;
  }

  /**
   * Fires one of the library's events: bubbling, composed, with a typed detail.
   * @internal
   */
  emit<K extends keyof PcwEventMap>(name: K, detail: PcwEventMap[K], cancelable = false): boolean {
    return fire(this, name, detail, cancelable);
  }

  /** @internal */
  protected warn(message: string) {
    warn(this.localName, message);
  }
}
