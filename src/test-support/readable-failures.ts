// The chai that @open-wc/testing re-exports, without loading its helpers before mocha (their
// fixture clean-up registers itself only when mocha's hooks exist).
import { Assertion, AssertionError } from '@esm-bundle/chai';

/*
 * Loaded before every test file (web-test-runner.config.mjs, `testRunnerHtml`). A failed
 * assertion whose actual or expected value is a DOM node (`expect(part(el, 'x')).to.equal(null)`)
 * would hand that node, with the whole page behind it, to the test runner, which stalls on it:
 * nodes are written as a short description instead, so the failure reads `<button
 * part="expand-all">` and the run goes on.
 */

const describeNode = (value: unknown): unknown => {
  if (!(value instanceof Node)) return value;
  if (!(value instanceof Element)) return `${value.nodeName} "${(value.textContent ?? '').slice(0, 60)}"`;
  const attrs = [...value.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('');
  return `<${value.localName}${attrs}>`;
};

const { assert } = Assertion.prototype;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (e) {
    if (e instanceof AssertionError) {
      const error = e as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      error.actual = describeNode(error.actual);
      error.expected = describeNode(error.expected);
    }
    throw e;
  }
} as typeof assert;
