import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { captureWarningsPerTest, TAGS, type Widget } from '../src/test-support/helpers.js';

/*
 * Objects given as the `data` property that throw when read (getters, Proxies): every widget
 * shows its error state and fires pcw-error; nothing is thrown out of the element.
 */

const boom = (what: string) => () => {
  throw new Error(`boom (${what})`);
};
const HOSTILE: [string, () => unknown][] = [
  [
    'throwing getters',
    () => Object.defineProperties({}, { lang: { get: boom('lang'), enumerable: true }, title: { get: boom('title'), enumerable: true } }),
  ],
  [
    'a Proxy that throws on every trap',
    () => new Proxy({}, { ownKeys: boom('ownKeys'), get: boom('get'), has: boom('has'), getOwnPropertyDescriptor: boom('descriptor') }),
  ],
  ['an array Proxy that throws on reads', () => new Proxy([], { get: boom('array get') })],
];

captureWarningsPerTest();

describe('hostile objects as data', () => {
  for (const tag of TAGS) {
    for (const [name, make] of HOSTILE) {
      it(`<${tag}> with ${name}: error state and pcw-error, no exception`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const el = document.createElement(tag) as Widget;
        el.data = make();
        const error = oneEvent(el, 'pcw-error');
        wrapper.append(el);
        // A rejected updateComplete is an exception out of the element's update.
        expect(
          await el.updateComplete.then(
            () => 'settled',
            (e) => `rejected: ${e}`,
          ),
        ).to.equal('settled');
        const { detail } = await error;
        expect(detail.kind).to.equal('invalid');
        // The feed reads each entry on its own: a throwing entry is named in its error.
        expect(detail.message).to.match(
          tag === 'city-news-feed' ? /could not be read\b.*Error: boom/ : /^The data could not be read: Error: boom/,
        );
        expect(el.state).to.equal('error');
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The data could not be shown.');
      });
    }
  }
});
