import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The code that writes the files of the "Get the data" links (./data-files.ts), a chunk loaded apart. */
export type DataFiles = typeof import('./data-files.js');

/** That code once it has loaded, and its loading: one per page, shared by every widget. */
let files: DataFiles | undefined;
let loading: Promise<DataFiles> | undefined;

/**
 * The object URLs of a widget's "Get the data" links. The code that writes the files loads only
 * when the widget calls `load` (from `willUpdate`, while it has `downloadable`): until it has
 * come — and on the server — `url` gives none, so the link renders without an address (not a
 * link, not focusable) and gets it in the update that follows. A URL is made once per model,
 * language and link name, revoked when the model changes or the widget leaves the page (a new
 * one is made when it comes back). If the code cannot be loaded, the widget warns and its link
 * stays without an address.
 */
export class DataLink implements ReactiveController {
  private readonly current = new Map<string, { key: object; lang: string; url: string }>();
  private revoked = false;
  /** While the files' code is loading for this widget: settles after the widget has asked for its update. */
  private waiting?: Promise<void>;
  private tried = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading the files' code (once per page); the widget updates when it has come. */
  load(): void {
    if (isServer || files || this.tried) return;
    this.tried = true;
    this.waiting = (loading ??= import('./data-files.js').then((m) => (files = m)))
      .then(
        () => this.host.requestUpdate(),
        (e: unknown) => this.warn(`the "Get the data" code could not be loaded (${String(e)})`),
      )
      .finally(() => (this.waiting = undefined));
  }

  /**
   * The URL of the file `make` writes for `key` in `lang` (the link `name`, for a widget with
   * several), made the first time; none until the files' code has loaded.
   */
  url(key: object, make: (files: DataFiles) => Blob, lang = '', name = ''): string | undefined {
    if (!files) return undefined;
    const c = this.current.get(name);
    if (c?.key === key && c.lang === lang) return c.url;
    if (c) URL.revokeObjectURL(c.url);
    const url = URL.createObjectURL(make(files));
    this.current.set(name, { key, lang, url });
    return url;
  }

  /**
   * For the widget's `getUpdateComplete`: `done` (its update) once the files' code, if it is
   * loading, has come and the update that gives the links their addresses is done too (`next`).
   */
  async settle(done: boolean, next: () => Promise<boolean>): Promise<boolean> {
    while (this.waiting) {
      await this.waiting;
      done = await next();
    }
    return done;
  }

  hostConnected() {
    if (this.revoked) this.host.requestUpdate();
    this.revoked = false;
  }

  hostDisconnected() {
    this.revoked = this.current.size > 0;
    for (const c of this.current.values()) URL.revokeObjectURL(c.url);
    this.current.clear();
  }
}
