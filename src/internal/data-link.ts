import { isServer, type ReactiveControllerHost } from 'lit';
import type { Files, Links } from './data-files.js';
import { warn } from './logger.js';

/** The loading of the code that writes the files of the "Get the data" links and keeps their URLs (./data-files.ts, a chunk of its own): once per page, shared by every widget. */
let loading: Promise<typeof import('./data-files.js')> | undefined;

/**
 * The addresses of a widget's "Get the data" links. The code that writes the files loads only
 * when the widget calls `load` (from `willUpdate`, while it has `downloadable`): until it has
 * come — and on the server — `url` gives none, so a link renders without an address (not a
 * link, not focusable) and gets it in the update that follows. If the code cannot be loaded,
 * the widget warns and its links stay without an address.
 */
export class DataLink {
  /** The widget's URLs, once the code has come. */
  private links?: Links;
  /** Loading (a promise that settles once the widget has asked for its update), done (null) or not started. */
  private waiting?: Promise<void> | null;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Starts loading the files' code (once per page); the widget updates when it has come. */
  load(): void {
    if (isServer || this.waiting !== undefined) return;
    this.waiting = (loading ??= import('./data-files.js'))
      .then(
        (module) => {
          this.links = new module.Links(this.host);
          this.host.requestUpdate();
        },
        (e: unknown) => warn(this.host.localName, `"Get the data" could not be loaded (${String(e)})`),
      )
      .finally(() => (this.waiting = null));
  }

  /** The URL of the file `make` writes for `key` in `lang` (the link `name`, for a widget with several); none until the code has come. */
  url(key: object, make: (files: Files) => Blob, lang = '', name = ''): string | undefined {
    return this.links?.url(key, make, lang, name);
  }

  /**
   * For the widget's `getUpdateComplete`: `done` (its update) once the files' code, if it is
   * loading, has come and the update that gives the links their addresses is done too (`next`).
   */
  async settle(done: boolean, next: () => Promise<boolean>): Promise<boolean> {
    return this.waiting ? (await this.waiting, next()) : done;
  }
}
