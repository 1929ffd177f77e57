import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noDom } from '../internal/env.js';
import { fire, type PcwErrorDetail, type PcwEventMap, type SourceKind } from '../events.js';
import { warn } from '../internal/logger.js';
import { absoluteUrl } from '../internal/page-url.js';
import {
  DEFAULT_TIMEOUT,
  forget,
  hold,
  INLINE_JSON,
  JSON_ONLY,
  loadJson,
  LoadError,
  MAX_JSON_BYTES,
  release,
  type Accept,
} from '../model/load.js';
import { isEmptyJson } from '../model/read.js';
import type { Issue, Parser } from '../model/types.js';

/** What a data widget shows: nothing yet, the skeleton, the data, the empty message, or the error. */
export type DataState = 'initial' | 'loading' | 'ready' | 'empty' | 'error';

/** The four sources of a widget's data and the request timeout, read at every update. */
export interface DataSourceArgs {
  /** The `data` property: an object, or JSON text. */
  readonly data: unknown;
  /** The `data` attribute. */
  readonly dataText: string | null | undefined;
  /** The `json` attribute. */
  readonly json: string | null | undefined;
  readonly src: string | null | undefined;
  /** Milliseconds to wait for `src`. */
  readonly timeout: number | undefined;
}

type Source =
  | { kind: 'none' }
  | { kind: 'property'; value: unknown }
  | { kind: 'attribute' | 'inline'; text: string; name?: string; type?: string }
  | { kind: 'src'; url: string | undefined; given: string };

/**
 * One observer for every widget of the page (a thousand cards need not create a thousand): a
 * change of an inline script's text, or a script added or removed, asks its widget to update.
 * A widget observed once stays observed after it leaves the page (an observer cannot forget one
 * of its targets); its records are ignored while it is disconnected.
 */
let observer: MutationObserver | undefined;
const watched = new WeakMap<Node, ReactiveControllerHost>();

function watch(host: ReactiveControllerHost & HTMLElement): void {
  if (watched.has(host)) return;
  watched.set(host, host);
  observer ??= new MutationObserver((records) => {
    const changed = new Set<ReactiveControllerHost & Node>();
    for (const record of records) {
      // The changed node is inside a widget (or is one): the innermost watched ancestor asks.
      for (let node: Node | null = record.target; node; node = node.parentNode) {
        const found = watched.get(node);
        if (found) {
          if (node.isConnected) changed.add(found as ReactiveControllerHost & Node);
          break;
        }
      }
    }
    for (const host of changed) host.requestUpdate();
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
}

export interface DataSourceOptions<T> {
  /** The element's current sources: called once per update. */
  args: () => DataSourceArgs;
  /** Turns JSON into the model; never throws. */
  parse: Parser<T>;
  /** Whether a parsed model has nothing to show (e.g. no areas). */
  isEmpty?(model: T): boolean;
  /**
   * Whether the widget reads text that is not JSON too (`<city-news-feed>`: RSS and Atom): the
   * `data` and `json` attributes, the `data` property and `src` may then hold the text of an XML
   * feed, which goes to `parse` as a string (JSON text is still parsed first); the inline source
   * may also be `<script type="application/feed+json">`, `application/rss+xml` or
   * `application/atom+xml`; and `src` is requested with this `accept` (`FEED` of
   * `src/model/feed/accept.ts`: an HTML page is still an error). Every other widget reads JSON only.
   */
  text?: Accept;
}

/**
 * The one data path of every widget: picks the source (the `data` property, the `data`
 * attribute, an inline `<script type="application/json">`, `src` — in that order), loads it,
 * parses it and keeps the state. A newer source aborts an older request and a late answer is
 * dropped. Fires `pcw-load` and `pcw-error` after the state has been rendered. A widget that
 * reads feeds (`text`, see `DataSourceOptions.text`) also takes the text of an XML feed from
 * every source and an inline `<script type="application/rss+xml">`, `application/atom+xml` or
 * `application/feed+json`.
 *
 * The element calls `update()` once per update, first thing in its `willUpdate` (Lit runs
 * `willUpdate` before the controllers' `hostUpdate`, and on the server only `willUpdate` runs);
 * the sources come from the `args` function, never read back from the element.
 *
 * Not @lit/task: a task runs after the update, so even inline data would first render the
 * loading state (a flash in the browser, and nothing but the skeleton under server rendering);
 * here the property, attribute and inline sources are read in the update itself, and only
 * `src` is asynchronous (through `loadJson`, which shares and aborts requests page-wide).
 */
export class DataSourceController<T> implements ReactiveController {
  state: DataState = 'initial';
  /** The model, in the `ready` state. */
  value?: T;
  /** The error, in the `error` state. */
  error?: PcwErrorDetail;
  /** What the parser left out, with paths. */
  warnings: readonly Issue[] = [];
  /** Where the current data came from. */
  source: SourceKind | undefined;

  private key: string | undefined;
  private sourceValue: unknown = undefined;
  private abort?: AbortController;
  private pending?: [keyof PcwEventMap, PcwEventMap['pcw-load'] | PcwErrorDetail];
  /** The URL whose shared answer this widget shows (and holds in the cache). */
  private held?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Re-read an inline script when its text changes, or when one is added or removed.
    if (!noDom) watch(this.host);
    // The source is read in the update (the element's `willUpdate`), not here: connecting a
    // thousand widgets stays cheap, and the parsing happens in the sliced updates. A widget put
    // back into the page after its request was stopped needs that update.
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.abort?.abort();
    this.letGo();
    // A reconnected element loads again (from the shared cache when it can).
    if (this.state === 'loading') this.key = undefined;
  }

  /** Lets the cache drop the answer this widget showed, unless another widget shows it too. */
  private letGo() {
    if (this.held) release(this.held, this.asks);
    this.held = undefined;
  }

  /** Reads the sources and, when they changed, starts over with the new one. */
  update() {
    this.sync();
  }

  hostUpdated() {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) fire(this.host, pending[0], pending[1] as never);
  }

  /** What `src` is asked for: JSON, or (`text`) feeds too. */
  private get asks(): Accept {
    return this.options.text ?? JSON_ONLY;
  }

  /** The absolute URL of the data, when it came from `src` (relative links in it resolve against it). */
  get url(): string | undefined {
    return this.source === 'src' ? (this.sourceValue as string) : undefined;
  }

  /** Loads the current source again; a failed URL is requested anew. */
  retry() {
    if (this.source === 'src') forget(this.sourceValue as string, this.asks);
    this.key = undefined;
    this.host.requestUpdate();
  }

  /** Renders the view of the current state. */
  render<R>(views: { initial: () => R; loading: () => R; ready: (value: T) => R; empty: () => R; error: (error: PcwErrorDetail) => R }): R {
    switch (this.state) {
      case 'ready':
        return views.ready(this.value as T);
      case 'error':
        return views.error(this.error!);
      default:
        return views[this.state]();
    }
  }

  private read(): Source {
    const { data, dataText, json, src } = this.options.args();
    if (data !== undefined && data !== null) return { kind: 'property', value: data };
    if (typeof dataText === 'string') return { kind: 'attribute', text: dataText, name: 'data' };
    if (typeof json === 'string') return { kind: 'attribute', text: json, name: 'json' };
    const script = noDom ? null : this.host.querySelector(this.options.text?.scripts ?? INLINE_JSON);
    if (script) return { kind: 'inline', text: script.textContent ?? '', type: script.getAttribute('type') ?? undefined };
    if (src) return { kind: 'src', url: noDom ? src : absoluteUrl(src), given: src };
    return { kind: 'none' };
  }

  private sync() {
    const source = this.read();
    const value =
      source.kind === 'property'
        ? source.value
        : source.kind === 'src'
          ? (source.url ?? source.given)
          : source.kind === 'none'
            ? ''
            : source.text;
    if (source.kind === this.key && value === this.sourceValue) return;
    this.key = source.kind;
    this.sourceValue = value;
    this.letGo();
    this.abort?.abort();
    this.abort = undefined;
    this.warnings = [];
    this.source = source.kind === 'none' ? undefined : source.kind;
    switch (source.kind) {
      case 'none':
        this.set('initial');
        return;
      case 'property':
        // Frameworks set JSON text through the property too (they see `'data' in el`): parsed
        // once per text, with the same errors as the attribute's.
        if (typeof source.value === 'string') this.parseText(source.value, 'The data property');
        else this.accept(source.value);
        return;
      case 'attribute':
      case 'inline':
        this.parseText(
          source.text,
          source.kind === 'attribute' ? `The ${source.name} attribute` : `The inline <script type="${source.type ?? 'application/json'}">`,
        );
        return;
      case 'src':
        if (source.url === undefined) this.fail({ kind: 'invalid', message: `src is not a URL: "${source.given}"` });
        else this.fetch(source.url);
    }
  }

  private parseText(text: string, where: string) {
    if (text.length > MAX_JSON_BYTES) {
      this.fail({ kind: 'invalid', message: `${where} holds more than the ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON a widget reads` });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      // A widget that reads text takes XML as it is: its parser reads it, or says why not.
      if (this.options.text && /^[\ufeff\s]*</.test(text)) {
        this.accept(text);
        return;
      }
      this.fail({ kind: 'not-json', message: `${where} is not valid JSON (${(e as Error).message})` });
      return;
    }
    this.accept(json);
  }

  private fetch(url: string) {
    this.set('loading');
    if (noDom) return;
    // A widget out of the page loads when it is put back (hostConnected asks for an update).
    if (!this.host.isConnected) {
      this.key = undefined;
      return;
    }
    const abort = (this.abort = new AbortController());
    const accept = this.asks;
    loadJson(url, { signal: abort.signal, timeout: this.options.args().timeout || DEFAULT_TIMEOUT, accept }).then(
      (json) => {
        if (abort.signal.aborted) return;
        hold(url, accept);
        this.held = url;
        this.accept(json);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (abort.signal.aborted) return;
        const error = e instanceof LoadError ? e : new LoadError('network', String(e));
        this.fail({ kind: error.kind, message: error.message, status: error.status });
        this.host.requestUpdate();
      },
    );
  }

  private accept(json: unknown) {
    try {
      this.use(json);
    } catch (e) {
      // A hostile object (a throwing getter, a Proxy) given as `data`: an error, never an exception.
      this.fail({ kind: 'invalid', message: `The data could not be read: ${String(e)}` });
    }
  }

  private use(json: unknown) {
    const source = this.source!;
    if (isEmptyJson(json)) {
      this.set('empty');
      return;
    }
    const result = this.options.parse(json, { base: this.url });
    this.warnings = result.warnings;
    for (const w of result.warnings) warn(this.host.localName, `${w.path} ${w.message} (left out)`);
    if (!result.ok) {
      this.fail({ kind: 'invalid', message: result.error.message, path: result.error.path || undefined });
      return;
    }
    if (this.options.isEmpty?.(result.value)) {
      this.set('empty');
      return;
    }
    this.set('ready', result.value);
    this.pending = ['pcw-load', { data: result.value, source, warnings: result.warnings }];
  }

  private fail(error: Omit<PcwErrorDetail, 'source'>) {
    const detail = Object.fromEntries(
      Object.entries({ ...error, url: this.url, source: this.source }).filter(([, v]) => v !== undefined),
    ) as unknown as PcwErrorDetail;
    this.set('error', undefined, detail);
    warn(this.host.localName, error.message);
    this.pending = ['pcw-error', detail];
  }

  private set(state: DataState, value?: T, error?: PcwErrorDetail) {
    this.state = state;
    this.value = value;
    this.error = error;
  }
}
