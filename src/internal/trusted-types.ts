/**
 * Trusted Types: pages with `require-trusted-types-for 'script'` reject plain strings in
 * script sinks. The card's JSON-LD is the library's only write to a `<script>`; it goes
 * through a policy that accepts JSON only (pages that list allowed policies with the
 * `trusted-types` directive add `partner-city-widgets`).
 */

interface TrustedTypePolicy {
  createScript(input: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): TrustedTypePolicy;
}

let policy: TrustedTypePolicy | undefined;

/** The text for a `<script type="application/ld+json">`: a TrustedScript where Trusted Types exist. */
export function jsonScript(json: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return json;
  policy ??= factory.createPolicy('partner-city-widgets', {
    createScript: (input) => {
      JSON.parse(input); // JSON, or nothing
      return input;
    },
  });
  // A TrustedScript is what the sink takes; the DOM typings only know strings.
  return policy.createScript(json) as string;
}
