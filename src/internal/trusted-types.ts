/**
 * Trusted Types: pages with `require-trusted-types-for 'script'` reject plain strings in
 * script sinks. The card's JSON-LD is the library's only write to a `<script>`; it goes
 * through a policy that accepts JSON only (pages that list allowed policies with the
 * `trusted-types` directive add `partner-city-widgets`). The policy is the one the feed
 * parser also uses for its inert documents (src/model/feed/trusted.ts): a name can be created
 * only once on a page.
 */
import { trustedPolicy } from '../model/feed/trusted.js';

/** The text for a `<script type="application/ld+json">`: a TrustedScript where Trusted Types exist. */
export function jsonScript(json: string): string {
  const policy = trustedPolicy();
  // A TrustedScript is what the sink takes; the DOM typings only know strings.
  return policy ? (policy.createScript(json) as string) : json;
}
