import type { Article, LocalizedText } from '../../model/types.js';

/**
 * Writes schema.org `NewsArticle` JSON-LD for an announcement into `host`'s light DOM (one
 * `<script type="application/ld+json">`, created once, rewritten only when it changes). Loaded
 * only by cards with `structured-data`, so other pages do not pay for it. `marker` is the
 * attribute that marks the script as the card's (the card removes it by the same attribute).
 * `toScript` turns the JSON into what the script sink takes (internal/trusted-types.ts's
 * `jsonScript`: a TrustedScript where Trusted Types exist), passed in by the card so that this
 * lazy part imports nothing (the bundle and the loader share it) and the library keeps its one
 * policy, which the feed parser uses too.
 */
export function writeStructuredData(
  host: HTMLElement,
  marker: string,
  a: Article,
  lang: string,
  text: (value?: LocalizedText) => string,
  toScript: (json: string) => string,
): void {
  // The element's base URL: `document.baseURI` can be shadowed by a page element named so.
  const absolute = (url: string) => new URL(url, host.baseURI).href;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(a.title),
    description: text(a.lead) || undefined,
    datePublished: a.published?.iso,
    inLanguage: lang,
    url: a.url ? absolute(a.url) : undefined,
    image: a.image ? [absolute(a.image.src)] : undefined,
    keywords: a.tags.map((t) => text(t)).join(', ') || undefined,
    articleBody: a.body.map((p) => text(p)).join('\n\n') || undefined,
  };
  // `<` escaped so that serialised HTML of the page can never close the script early.
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  let script = host.querySelector<HTMLScriptElement>(`script[${marker}]`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = toScript(json);
}
