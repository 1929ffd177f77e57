/** A widget that a `loading="lazy"` observer starts when it comes near the viewport. */
export interface LazyTarget extends Element {
  /** Called by the lazy observer when the widget comes near the viewport. */
  reached(): void;
}

/** How far outside the viewport a `loading="lazy"` widget starts its work. */
const LAZY_MARGIN = '200px';

/**
 * One observer per document for every lazy widget in it: a widget near the viewport starts.
 * The root is the widget's document, that is its own viewport with the margin: the implicit root
 * is the top-level viewport, where the margin does not reach into a frame, so a widget in an
 * iframe (a CMS preview, an embed) would start only once it is inside the frame's view.
 */
const lazyObservers = new WeakMap<Document, IntersectionObserver>();
export function lazyObserver(doc: Document): IntersectionObserver {
  let observer = lazyObservers.get(doc);
  if (!observer) {
    const started: IntersectionObserverCallback = (entries, self) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        self.unobserve(entry.target);
        (entry.target as LazyTarget).reached();
      }
    };
    try {
      observer = new IntersectionObserver(started, { root: doc, rootMargin: LAZY_MARGIN });
    } catch {
      // A browser without a document as root (before Safari 14.1): the implicit root.
      observer = new IntersectionObserver(started, { rootMargin: LAZY_MARGIN });
    }
    lazyObservers.set(doc, observer);
  }
  return observer;
}
