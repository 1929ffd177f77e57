import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The object URL of a widget's "Get the data" link: made once per model (and language) when the
 * link is rendered, revoked when the model changes or the widget leaves the page (it makes a new
 * one when it comes back). None on the server: the link gets its address when it hydrates.
 */
export class DataLink implements ReactiveController {
  private current?: { key: object; lang: string; url: string };
  private revoked = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The URL of the data for `key` in `lang`, the Blob made by `make` the first time. */
  url(key: object, make: () => Blob, lang = ''): string | undefined {
    if (isServer) return undefined;
    const c = this.current;
    if (c?.key === key && c.lang === lang) return c.url;
    this.revoke();
    const url = URL.createObjectURL(make());
    this.current = { key, lang, url };
    return url;
  }

  hostConnected() {
    if (this.revoked) this.host.requestUpdate();
    this.revoked = false;
  }

  hostDisconnected() {
    this.revoked = !!this.current;
    this.revoke();
  }

  private revoke() {
    if (this.current) URL.revokeObjectURL(this.current.url);
    this.current = undefined;
  }
}
