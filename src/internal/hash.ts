import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The id that the page's URL hash names (`#<id>`, percent-decoded), or `''`. */
export function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return ''; // not a valid percent-encoding (`#%E0%A4%A`): names nothing
  }
}

/**
 * The URL hash as a way in, shared by the widgets a hash can point into: calls `open` with the
 * id the hash names whenever the hash changes (while the host is connected), and once for each
 * new data the host shows (`check`).
 */
export class HashController implements ReactiveController {
  private readonly listener = () => this.open(hashId());
  private checked?: unknown;

  constructor(
    host: ReactiveControllerHost,
    private readonly open: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** After an update: the data shown, if any; new data gets the hash's id once. */
  check(data: unknown) {
    if (!data || data === this.checked) return;
    this.checked = data;
    this.open(hashId());
  }

  hostConnected() {
    if (!isServer) window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.listener);
  }
}
