import { isServer, type ReactiveControllerHost } from 'lit';
import type { Files, Links } from './data-files.js';
import { warn } from './logger.js';

/** The code that writes the files of the "Get the data" links and keeps their URLs (./data-files.ts, a chunk of its own). */
export type FilesCode = typeof import('./data-files.js');

/**
 * `load` shared by every caller, one attempt at a time: callers while an attempt is in flight
 * share it, and once it has succeeded its result is kept. A failed attempt is forgotten, so the
 * next call (not this function: it never retries by itself) tries again.
 */
export function sharedImport<T>(load: () => Promise<T>): () => Promise<T> {
  let attempt: Promise<T> | undefined;
  return () =>
    (attempt ??= load().catch((e: unknown) => {
      attempt = undefined;
      throw e;
    }));
}

/** The loading of the files' code: once per page, shared by every widget (again after a failure, when a widget next asks). */
const filesCode = sharedImport<FilesCode>(() => import('./data-files.js'));

/**
 * The addresses of a widget's "Get the data" links. The code that writes the files loads only
 * when the widget calls `load` (from `willUpdate`, while it has `downloadable`): until it has
 * come — and on the server — `url` gives none, so a link renders without an address (not a
 * link, not focusable) and gets it in the update that follows.
 *
 * If the code cannot be loaded (a network blip), the widget warns (once) and its links stay
 * without an address, but the failure is not kept: the widget's next update (while it has
 * `downloadable`), or another widget asking, tries again, and the link gets its address when
 * that attempt succeeds. Nothing retries on its own (no timer, no update is requested after a
 * failure) and the page has at most one attempt in flight, whichever widgets ask. (A later
 * `import()` of a module whose fetch failed fetches it again in browsers that follow the HTML
 * change "Don't cache HTTP errors in the module map", whatwg/html#10327: Chromium 156 does,
 * checked with a 503; one that still keeps the failure fails again until the page reloads.)
 */
export class DataLink {
  /** The widget's URLs, once the code has come. */
  private links?: Links;
  /** The attempt under way (a promise that settles once it has succeeded or failed), if any. */
  private waiting?: Promise<void>;
  /** Whether the widget has warned that the code could not be loaded. */
  private warned = false;

  /**
   * @param host The widget.
   * @param code Loads the files' code; the page's shared loading by default (tests pass one
   *   that fails).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly code: () => Promise<FilesCode> = filesCode,
  ) {}

  /** Starts loading the files' code unless it has come or is on its way; the widget updates when it has come. */
  load(): void {
    if (isServer || this.links || this.waiting) return;
    this.waiting = this.code()
      .then(
        (module) => {
          this.links = new module.Links(this.host);
          this.host.requestUpdate();
        },
        (e: unknown) => {
          if (!this.warned) warn(this.host.localName, `"Get the data" could not be loaded (${String(e)}); trying again at the next update`);
          this.warned = true;
        },
      )
      .finally(() => (this.waiting = undefined));
  }

  /** The URL of the file `make` writes for `key` in `lang` (the link `name`, for a widget with several); none until the code has come. */
  url(key: object, make: (files: Files) => Blob, lang = '', name = ''): string | undefined {
    return this.links?.url(key, make, lang, name);
  }

  /**
   * For the widget's `getUpdateComplete`: `done` (its update) once the files' code, if it is
   * loading, has come (or failed) and the update that gives the links their addresses is done
   * too (`next`).
   */
  async settle(done: boolean, next: () => Promise<boolean>): Promise<boolean> {
    return this.waiting ? (await this.waiting, next()) : done;
  }
}
