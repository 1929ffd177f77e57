import type { ErrorKind } from '../internal/events.js';

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

interface Entry {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  /** Callers waiting with an abort signal; when the last of them leaves, the request stops. */
  waiting: number;
  settled: boolean;
}

// Shared through a global so that two copies of the library on one page share requests too.
const CACHE_KEY = Symbol.for('partner-city-widgets.request-cache');
type Cache = Map<string, Entry>;
const cache: Cache = ((globalThis as Record<symbol, Cache | undefined>)[CACHE_KEY] ??= new Map());

async function request(url: string, timeout: number, signal: AbortSignal): Promise<unknown> {
  // The timeout covers the whole answer: the headers and the body.
  const failed = (e: unknown): never => {
    if (e instanceof DOMException && e.name === 'TimeoutError') {
      throw new LoadError('timeout', `No answer from ${url} within ${Math.round(timeout / 100) / 10} s`);
    }
    if (signal.aborted) throw signal.reason;
    throw new LoadError('network', `The request to ${url} failed (${e instanceof Error ? e.message : String(e)})`);
  };
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
    });
  } catch (e) {
    return failed(e);
  }
  if (!response.ok) {
    throw new LoadError('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  }
  try {
    text = await response.text();
  } catch (e) {
    return failed(e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const type = response.headers.get('content-type') ?? 'no content type';
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new LoadError('html', `${url} answered with an HTML page (${type}), not JSON`);
    }
    throw new LoadError('not-json', `${url} did not answer with valid JSON (${(e as Error).message})`);
  }
}

/**
 * Fetches and parses the JSON at an absolute URL. Every caller of the same URL shares one
 * request, in flight and after it completed; a failure is forgotten at once so that a retry
 * really asks again. `signal` aborts this caller's wait; when every caller that is waiting has
 * aborted, the request itself is aborted too (nothing is left pending for a removed widget).
 */
export function loadJson(url: string, { signal, timeout = DEFAULT_TIMEOUT }: { signal?: AbortSignal; timeout?: number } = {}): Promise<unknown> {
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { promise: request(url, timeout, controller.signal), controller, waiting: 0, settled: false };
    entry = created;
    cache.set(url, created);
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (cache.get(url) === created) cache.delete(url);
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
        if (cache.get(url) === shared) cache.delete(url);
      }
    };
    signal.addEventListener('abort', abort, { once: true });
    shared.promise
      .then(resolve, reject)
      .finally(() => {
        signal.removeEventListener('abort', abort);
        if (!signal.aborted) shared.waiting--;
      });
  });
}

/** Forgets a URL's answer, so that the next load asks the server again. */
export function forget(url: string): void {
  cache.delete(url);
}
