import type { ErrorKind } from './types.js';

/** A failed load: what kind of failure, in plain words, with the HTTP status when there is one. */
export class LoadError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** How long a request may take before it counts as failed. */
export const DEFAULT_TIMEOUT = 15000;

/** The largest JSON the widgets read (5 MiB): a larger answer or text is an error, read no further. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** Answers kept for sharing between widgets: at most this many, and this many bytes in all. */
const CACHE_ENTRIES = 32;
const CACHE_BYTES = 16 * 1024 * 1024;

/**
 * What a loader asks for and takes besides JSON. Every widget asks for JSON only (`JSON_ONLY`:
 * an XML or HTML answer is an error); `<city-news-feed>` asks for feeds too (`FEED` in
 * `src/model/feed/accept.ts`, a module of its own so that no other widget carries it).
 */
export interface Accept {
  /** Its name in the cache's key (the same URL asked for JSON and for a feed are two answers); `''` for JSON. */
  readonly name: string;
  /** The request's `Accept` header. */
  readonly header: string;
  /** The inline scripts a widget reads (a selector from the widget); `INLINE_JSON` when absent. */
  readonly scripts?: string;
  /** The answer's bytes as text (a feed's in its own encoding); UTF-8 when absent. */
  decode?(response: Response, bytes: Uint8Array): string;
  /**
   * An answer that is not JSON: its text, for the parser, when it is what this loader takes; else
   * throws the `LoadError` to report, or returns `undefined` for the usual `html`/`not-json` error.
   */
  notJson?(url: string, text: string, type: string, error: Error): string | undefined;
}

/** The inline source of every widget: its child `<script type="application/json">`. */
export const INLINE_JSON = ':scope > script[type="application/json"]';

/** JSON only: what every widget but the feed asks for. */
export const JSON_ONLY: Accept = { name: '', header: 'application/json' };

/** The cache's key of a URL loaded as `accept`. */
const keyOf = (url: string, accept: Accept = JSON_ONLY) => (accept.name ? `${accept.name} ${url}` : url);

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

interface Entry {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  /** Callers waiting with an abort signal; when the last of them leaves, the request stops. */
  waiting: number;
  settled: boolean;
  /** The answer's size, once it has come. */
  bytes: number;
  /** Widgets that show this answer (`hold` / `release`): when the last one lets go, so does the cache. */
  users: number;
}

// Shared through a global so that two copies of the library on one page share requests too.
const CACHE_KEY = Symbol.for('partner-city-widgets.request-cache');
type Cache = Map<string, Entry>;
const cache: Cache = ((globalThis as Record<symbol, Cache | undefined>)[CACHE_KEY] ??= new Map());

/** Lets the oldest answers go (not requests in flight) while the cache is over its bounds. */
function trim() {
  let bytes = 0;
  for (const e of cache.values()) bytes += e.bytes;
  for (const [url, e] of cache) {
    if (cache.size <= CACHE_ENTRIES && bytes <= CACHE_BYTES) return;
    if (!e.settled) continue;
    cache.delete(url);
    bytes -= e.bytes;
  }
}

/** The body as text (decoded by `accept`, else as UTF-8), read no further than `MAX_JSON_BYTES`. */
async function readText(url: string, response: Response, accept: Accept): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_JSON_BYTES)
    throw new LoadError('invalid', `${url} is ${megabytes(declared)}, more than the ${megabytes(MAX_JSON_BYTES)} a widget reads`);
  if (!response.body) return accept.decode ? accept.decode(response, new Uint8Array(await response.arrayBuffer())) : response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > MAX_JSON_BYTES) {
      void reader.cancel();
      throw new LoadError('invalid', `${url} is more than the ${megabytes(MAX_JSON_BYTES)} a widget reads`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return accept.decode ? accept.decode(response, bytes) : new TextDecoder().decode(bytes);
}

async function request(url: string, timeout: number, signal: AbortSignal, entry: { bytes: number }, accept: Accept): Promise<unknown> {
  // The timeout covers the whole answer: the headers and the body.
  const stop = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
  // The wait ends with the signal even when the page's own `fetch` wrapper ignores it.
  const stopped = new Promise<never>((_, reject) => {
    const abort = () => reject(stop.reason);
    if (stop.aborted) abort();
    else stop.addEventListener('abort', abort, { once: true });
  });
  stopped.catch(() => undefined);
  const failed = (e: unknown): never => {
    if (e instanceof LoadError) throw e;
    if (e instanceof DOMException && e.name === 'TimeoutError') {
      throw new LoadError('timeout', `No answer from ${url} within ${Math.round(timeout / 100) / 10} s`);
    }
    if (signal.aborted) throw signal.reason;
    throw new LoadError('network', `The request to ${url} failed (${e instanceof Error ? e.message : String(e)})`);
  };
  let response: Response;
  let text: string;
  try {
    response = await Promise.race([
      fetch(url, {
        headers: { Accept: accept.header },
        credentials: 'same-origin',
        signal: stop,
      }),
      stopped,
    ]);
  } catch (e) {
    return failed(e);
  }
  if (!response.ok) {
    throw new LoadError('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  }
  try {
    text = await Promise.race([readText(url, response, accept), stopped]);
  } catch (e) {
    return failed(e);
  }
  entry.bytes = text.length;
  try {
    return JSON.parse(text);
  } catch (e) {
    const type = response.headers.get('content-type') ?? 'no content type';
    const taken = accept.notJson?.(url, text, type, e as Error);
    if (taken !== undefined) return taken;
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new LoadError('html', `${url} answered with an HTML page (${type}), not JSON`);
    }
    throw new LoadError('not-json', `${url} did not answer with valid JSON (${(e as Error).message})`);
  }
}

/**
 * Fetches and parses the JSON at an absolute URL. Every caller of the same URL shares one
 * request, in flight and after it completed (while a widget holds the answer, and within the
 * cache's bounds); a failure is forgotten at once so that a retry
 * really asks again. `signal` aborts this caller's wait; when every caller that is waiting has
 * aborted, the request itself is aborted too (nothing is left pending for a removed widget).
 *
 * With `accept` (see `Accept`; `FEED` of `src/model/feed/accept.ts`) the request asks for more
 * than JSON, and an answer that is not JSON may resolve to its text (an XML feed, for
 * `parseFeed`). Answers are shared per URL and `accept`; `hold`, `release` and `forget` take the
 * same `accept`.
 */
export function loadJson(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT, accept = JSON_ONLY }: { signal?: AbortSignal; timeout?: number; accept?: Accept } = {},
): Promise<unknown> {
  const key = keyOf(url, accept);
  let entry = cache.get(key);
  if (entry) {
    // The most recently used answer is the last to go.
    cache.delete(key);
    cache.set(key, entry);
  } else {
    const controller = new AbortController();
    const size = { bytes: 0 };
    const created: Entry = {
      promise: request(url, timeout, controller.signal, size, accept),
      controller,
      waiting: 0,
      settled: false,
      bytes: 0,
      users: 0,
    };
    entry = created;
    cache.set(key, created);
    created.promise.then(
      () => {
        created.settled = true;
        created.bytes = size.bytes;
        trim();
      },
      () => {
        created.settled = true;
        if (cache.get(key) === created) cache.delete(key);
      },
    );
  }
  const shared = entry;
  // A caller without a signal never leaves: the request runs to its end.
  if (!signal) {
    shared.waiting = Infinity;
    return shared.promise;
  }
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    shared.waiting++;
    const abort = () => {
      reject(signal.reason);
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
    };
    signal.addEventListener('abort', abort, { once: true });
    shared.promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
      if (!signal.aborted) shared.waiting--;
    });
  });
}

/** A widget shows the answer for `url`: it stays shared while some widget does. */
export function hold(url: string, accept?: Accept): void {
  const entry = cache.get(keyOf(url, accept));
  if (entry) entry.users++;
}

/** A widget no longer shows the answer for `url`; with no widget left, the answer is let go. */
export function release(url: string, accept?: Accept): void {
  const key = keyOf(url, accept);
  const entry = cache.get(key);
  if (entry && --entry.users <= 0 && entry.settled) cache.delete(key);
}

/** Forgets a URL's answer, so that the next load asks the server again. */
export function forget(url: string, accept?: Accept): void {
  cache.delete(keyOf(url, accept));
}
