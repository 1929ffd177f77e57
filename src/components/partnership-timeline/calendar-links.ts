import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The prefix of an entry's URL hash, `#timeline-<entry id>`: a calendar link's address until it is used. */
export const HASH = 'timeline-';

/**
 * The timeline's calendar files (.ics): one per upcoming event and one for all of them, each
 * written, and its Blob URL made, only when its link is about to be used (#15: made while
 * rendering, they were half of a long timeline's render). A link renders as a real link to its
 * entry (`#timeline-<id>`; the link for all, `#timeline-`) with `data-ics` naming its file (the
 * entry's id; `''` for all); `listener`, for `click` (a mouse's, and Enter's), `auxclick` (the
 * middle button) and `contextmenu` ("Save link as") on an ancestor, gives it its file's Blob
 * URL before the browser follows it. The URLs are revoked together, and the links given back
 * their own address, when what the files are made from changes (the data, the language, `now`)
 * or the widget leaves the page.
 */
export class CalendarLinks implements ReactiveController {
  private readonly urls = new Map<string, string>();
  private made?: readonly unknown[];
  private write?: (key: string) => Blob;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * Starts a render for the inputs `of` (as many each time), whose files `write` writes (by
   * key): when any input differs from the last render's, the URLs made for those are revoked.
   */
  begin(of: readonly unknown[], write: (key: string) => Blob): void {
    if (this.made?.some((v, i) => v !== of[i])) this.revoke();
    this.made = of;
    this.write = write;
  }

  /** For `click`, `auxclick` and `contextmenu` on an ancestor of the links: gives the calendar link under the event its file's URL. */
  readonly listener = (e: Event): void => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-ics]');
    const write = this.write;
    if (!link || !write) return;
    const key = link.dataset.ics!;
    let url = this.urls.get(key);
    if (!url) this.urls.set(key, (url = URL.createObjectURL(write(key))));
    link.href = url;
  };

  hostDisconnected() {
    this.revoke();
  }

  private revoke() {
    // The links' own addresses, as the template wrote them.
    for (const link of this.host.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-ics]'))
      link.setAttribute('href', `#${HASH}${link.dataset.ics}`);
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
