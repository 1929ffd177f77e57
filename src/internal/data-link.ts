import type { ReactiveControllerHost } from 'lit';
import { noDom } from './env.js';
import type { Files, Links } from './data-files.js';
import { warn } from './logger.js';

/**
 * The loading of the code that writes the files of the "Get the data" links and keeps their
 * URLs (./data-files.ts, a chunk of its own): one attempt at a time for the page, shared by every
 * widget. Kept once it has come; forgotten if it fails, so that the next `load` tries again.
 */
let loading: Promise<typeof import('./data-files.js')> | undefined;

/**
 * The addresses of a widget's "Get the data" links. The code that writes the files loads only
 * when the widget calls `load` (from `willUpdate`, while it has `downloadable`): until it has
 * come — and on the server — `url` gives none, so a link renders without an address (not a
 * link, not focusable) and gets it in the update that follows.
 *
 * If the code cannot be loaded (a network blip), the widget warns and its links stay without
 * an address, but the failure is not kept: the widget's next update while it has
 * `downloadable`, or another widget's `load`, tries again, and the links get their addresses
 * once an attempt succeeds. Nothing retries on its own (no timer, and no update is requested
 * after a failure), and a `load` while an attempt is under way joins it: at most one attempt
 * in flight for the page. (A new `import()` of a module whose fetch failed fetches it again in
 * browsers that follow whatwg/html#10327, "Don't cache HTTP errors in the module map": Chromium
 * 156 does, tested; a browser that still keeps the failure fails again until the page reloads.)
 */
export class DataLink {
  /** The widget's URLs, once the code has come. */
  private links?: Links;
  /** The attempt this widget waits for (settles once the widget has asked for its update, or has warned), if any. */
  private waiting?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Starts loading the files' code unless it has come or this widget waits for it; the widget updates when it has come. */
  load(): void {
    if (noDom || this.links || this.waiting) return;
    this.waiting = (loading ??= import('./data-files.js').catch((e: unknown) => {
      loading = undefined;
      throw e;
    }))
      .then(
        (module) => {
          this.links = new module.Links(this.host);
          this.host.requestUpdate();
        },
        (e: unknown) => warn(this.host.localName, `"Get the data" could not be loaded (${String(e)})`),
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
