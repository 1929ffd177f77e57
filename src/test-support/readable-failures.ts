// The chai that @open-wc/testing re-exports, without loading its helpers before mocha (their
// fixture clean-up registers itself only when mocha's hooks exist).
import { Assertion, AssertionError, util } from '@esm-bundle/chai';

/*
 * Loaded before every test file (web-test-runner.config.mjs, `testRunnerHtml`). The test runner
 * sends a file's results to its server through `structuredClone`: a failed assertion whose
 * actual or expected value cannot be cloned (a DOM node, a function or class such as
 * `customElements.get(…)`, a window, or an array or object holding one) throws there, the
 * results are never sent, and the file "does not finish within 300000 ms" with no word of which
 * assertion failed. Such values are written as a short description instead (`<button
 * part="expand-all">`, `[class CooperationAreas]`), so the failure reads well and the run goes on.
 */

const describeNode = (value: Node): string => {
  if (value.nodeType !== Node.ELEMENT_NODE || !('attributes' in value))
    return `${value.nodeName} "${(value.textContent ?? '').slice(0, 60)}"`;
  const attrs = [...(value as Element).attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('');
  return `<${(value as Element).localName}${attrs}>`;
};

/** `value` if the runner can send it, else a readable description of it. */
export const sendable = (value: unknown): unknown => {
  // A node of another window (a test's iframe) is no `instanceof Node` here: ask its own realm.
  if (typeof value === 'object' && value !== null && 'nodeType' in value && 'nodeName' in value) return describeNode(value as Node);
  if (typeof value === 'function') {
    const source = Function.prototype.toString.call(value);
    return `[${source.startsWith('class') ? 'class' : 'function'} ${value.name || '(anonymous)'}]`;
  }
  try {
    structuredClone(value);
    return value;
  } catch {
    return util.inspect(value, false, 2);
  }
};

const { assert } = Assertion.prototype;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (e) {
    if (e instanceof AssertionError) {
      const error = e as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      error.actual = sendable(error.actual);
      error.expected = sendable(error.expected);
    }
    throw e;
  }
} as typeof assert;
