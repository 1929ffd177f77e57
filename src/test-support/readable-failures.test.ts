import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

/*
 * The runner sends a file's results through `structuredClone`; an assertion failure holding a
 * value it cannot clone used to stall the whole file for 300 s with no word of the failure (the
 * demo-loading test, `customElements.get(…)` of another window, under load). Every failure's
 * values must be sendable and read well (readable-failures.ts, loaded before every test file).
 */

/** The AssertionError that `assertion` throws. */
function failureOf(assertion: () => void): Chai.AssertionError & { actual?: unknown; expected?: unknown } {
  try {
    assertion();
  } catch (e) {
    return e as Chai.AssertionError & { actual?: unknown; expected?: unknown };
  }
  throw new Error('the assertion did not fail');
}

const sentAs = (error: { actual?: unknown; expected?: unknown }) => structuredClone({ actual: error.actual, expected: error.expected });

describe('failed assertions (readable-failures.ts)', () => {
  it('sends a class or a function as its name', () => {
    class CooperationAreas extends HTMLElement {}
    expect(sentAs(failureOf(() => expect(CooperationAreas).to.equal(undefined)))).to.deep.equal({
      actual: '[class CooperationAreas]',
      expected: undefined,
    });
    const onLoad = () => 1;
    expect(sentAs(failureOf(() => expect(1).to.equal(onLoad))).expected).to.equal('[function onLoad]');
  });

  it('sends a node, also one of another window, as its tag and attributes', async () => {
    const button = document.createElement('button');
    button.setAttribute('part', 'expand-all');
    expect(sentAs(failureOf(() => expect(button).to.equal(null))).actual).to.equal('<button part="expand-all">');
    const frame = await openFrame('/demo/data/sample-news.xml');
    try {
      const root = frame.contentDocument!.documentElement;
      expect(sentAs(failureOf(() => expect(root).to.equal(null))).actual).to.match(/^<rss/);
    } finally {
      frame.remove();
    }
  });

  it('sends a value holding something that cannot be cloned as its description', () => {
    const values = [1, () => 2, { window }];
    const sent = sentAs(failureOf(() => expect(values).to.deep.equal([1])));
    expect(sent.actual).to.be.a('string').and.include('[ 1');
    expect(sent.expected).to.deep.equal([1]);
  });

  it('leaves values that can be sent as they are', () => {
    const sent = sentAs(failureOf(() => expect({ a: [1, 'x'] }).to.deep.equal({ a: [2] })));
    expect(sent).to.deep.equal({ actual: { a: [1, 'x'] }, expected: { a: [2] } });
  });
});
