/*
 * Trusted Types: on a page with `require-trusted-types-for 'script'`, `DOMParser` and
 * `innerHTML` take only TrustedHTML. The feed parser writes to them only in inert documents (a
 * `DOMParser` document runs no script and loads nothing), so its rule passes the text as it is;
 * the policy object stays inside the library (it is not reachable from the page). It is the
 * library's one policy, `partner-city-widgets` (a name can be created once per page): the
 * card's JSON-LD goes through its `createScript`, which accepts JSON only.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string; createScript: (input: string) => string }): Policy;
}

let policy: Policy | undefined;

/**
 * The library's Trusted Types policy, or `undefined` where the browser has none (or on a
 * server). Throws where the page's `trusted-types` directive does not allow the name.
 */
export function trustedPolicy(): Policy | undefined {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  policy ??= factory.createPolicy('partner-city-widgets', {
    // Only for inert documents: see above.
    createHTML: (input) => input,
    createScript: (input) => {
      JSON.parse(input); // JSON, or nothing
      return input;
    },
  });
  return policy;
}

let unavailable = false;

/**
 * Markup for a sink of an inert document: TrustedHTML where Trusted Types exist. Where the
 * policy cannot be made (a page whose `trusted-types` list leaves it out), the plain string:
 * a page that does not enforce Trusted Types takes it; one that does refuses it, and the feed
 * is an error that says so rather than an exception.
 */
export function inertHtml(markup: string): string {
  if (unavailable) return markup;
  try {
    return (trustedPolicy()?.createHTML(markup) as string | undefined) ?? markup;
  } catch {
    unavailable = true;
    return markup;
  }
}
