import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The object URLs of the timeline's calendar files (.ics): one per upcoming event and one for
 * all of them, made in the browser when the links are rendered. All are revoked together when
 * what they were made from changes (the data, the language, `now`) or the widget leaves the
 * page (it makes new ones when it comes back). None on the server: the links get their
 * addresses when they hydrate.
 */
export class CalendarLinks implements ReactiveController {
  private urls = new Map<string, string>();
  private made?: readonly unknown[];
  private revoked = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Starts a render for the inputs `of`: when any of them differs from the last render's, the
   * URLs made for those are revoked.
   */
  begin(of: readonly unknown[]): void {
    if (this.made && (this.made.length !== of.length || this.made.some((v, i) => v !== of[i]))) this.revoke();
    this.made = of;
  }

  /** The URL of the file `key` (an entry's id, or `''` for all), its Blob made by `make` the first time. */
  url(key: string, make: () => Blob): string | undefined {
    if (isServer) return undefined;
    let url = this.urls.get(key);
    if (!url) this.urls.set(key, (url = URL.createObjectURL(make())));
    return url;
  }

  hostConnected() {
    if (this.revoked) this.host.requestUpdate();
    this.revoked = false;
  }

  hostDisconnected() {
    this.revoked = this.urls.size > 0;
    this.revoke();
  }

  private revoke() {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
