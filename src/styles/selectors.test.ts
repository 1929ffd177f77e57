import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../bundle.js';
import { TAGS } from '../test-support/helpers.js';

// The widgets' own style rules select classes, never parts: a rule whose last compound is an
// attribute selector is tried on every element that has the attribute, and every element a
// widget exposes has a `part` (src/styles/host.ts). Page CSS still styles them with ::part().

/** Every selector of `rules`, in @media, @container and other grouping rules too. */
function selectors(rules: CSSRuleList, out: string[] = []): string[] {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) out.push(...splitTopLevel(rule.selectorText, ','));
    if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) selectors(rule.cssRules, out);
  }
  return out;
}

/** `text` split at `separator`s outside parentheses and brackets. */
function splitTopLevel(text: string, separator: string | RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (typeof separator === 'string' ? c === separator : separator.test(c))) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** The compound a browser matches first: the selector's last, after its last combinator. */
const lastCompound = (selector: string) => splitTopLevel(selector, /[\s>+~]/).pop() ?? '';

describe('style selectors', () => {
  it('finds the last compound of a selector', () => {
    expect(lastCompound(".list [part~='area-heading']")).to.equal("[part~='area-heading']");
    expect(lastCompound('.tags > li a.tag:hover')).to.equal('a.tag:hover');
    expect(lastCompound(':is(th, td)::before')).to.equal(':is(th, td)::before');
  });

  for (const tag of TAGS) {
    it(`<${tag}> has no rule that ends in a part's attribute selector`, () => {
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      expect(ctor, tag).to.exist;
      const all = ctor.elementStyles.flatMap((s) => {
        const sheet = s instanceof CSSStyleSheet ? s : s.styleSheet;
        return sheet ? selectors(sheet.cssRules) : [];
      });
      expect(all.length).to.be.greaterThan(10);
      expect(all.filter((s) => /\[part\b/.test(lastCompound(s)))).to.deep.equal([]);
    });
  }
});
