import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CityNewsCard, CooperationAreas } from '../src/index.js';
import { part, parts, seed, textOf } from '../src/test-support/helpers.js';

/*
 * The first Intl.DateTimeFormat or NumberFormat of a page costs ~25 ms of ICU start-up (issue
 * #15): a card and an areas widget in English, Slovene or Russian render without creating any
 * Intl object (dates and plurals are written by hand for those languages; format.test.ts checks
 * that the text is Intl's). Every Intl constructor and every locale-sensitive method is counted
 * from before the library's modules load (this file runs in a page of its own).
 */

const created: string[] = [];
const INTL = ['DateTimeFormat', 'PluralRules', 'NumberFormat', 'DisplayNames', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'Segmenter'];
for (const name of INTL) {
  const original = Reflect.get(Intl, name) as (new (...args: unknown[]) => object) | undefined;
  if (!original) continue;
  const counted = new Proxy(original, {
    construct: (target, args, newTarget) => (created.push(`Intl.${name}(${String(args[0])})`), Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => (created.push(`Intl.${name}(${String(args[0])})`), Reflect.apply(target, self, args)),
  });
  Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true });
}
for (const [proto, names] of [
  [Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  [Number.prototype, ['toLocaleString']],
  [String.prototype, ['localeCompare']],
] as const) {
  for (const name of names) {
    const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      value(this: unknown, ...args: unknown[]) {
        created.push(name);
        return original.apply(this, args);
      },
      configurable: true,
      writable: true,
    });
  }
}

const library = import('../src/index.js');

type Case = [lang: string, date: string, moreParagraphs: RegExp, firstCount: string];
const CASES: Case[] = [
  ['sl', 'sreda, 11. 9. 2019', /^Preberi več \(še \d+ odstav/, '6 postavk'],
  ['en', 'Wednesday, 9/11/2019', /^Read more \(\d+ more paragraphs?\)/, '6 items'],
  ['ru', 'среда, 11.09.2019', /^Читать далее \(ещё \d+ абзац/, '6 пунктов'],
];

describe('first render without Intl (en, sl, ru)', () => {
  it('loading the library creates no Intl object', async () => {
    await library;
    expect(created).to.deep.equal([]);
  });

  for (const [lang, date, more, count] of CASES) {
    it(`${lang}: a card and an areas widget create no Intl object`, async () => {
      await library;
      const data = await seed();
      created.length = 0;
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><city-news-card preview-paragraphs="1" .data=${data}></city-news-card><cooperation-areas .data=${data}></cooperation-areas></div>`,
      );
      const [card, areas] = [...wrap.children] as [CityNewsCard, CooperationAreas];
      await waitUntil(() => card.state === 'ready' && areas.state === 'ready' && part(areas, 'count'), 'a widget did not render', {
        timeout: 10000,
      });
      expect(textOf(part(card, 'date'))).to.equal(date);
      expect(textOf(part(card, 'read-more'))).to.match(more);
      expect(parts(areas, 'count').map(textOf)[0]).to.equal(count);
      expect(created).to.deep.equal([]);
    });
  }

  it('a date-time in the long style too', async () => {
    await library;
    created.length = 0;
    const card = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" date-style="long" .data=${{ title: 'T', published: '2019-09-11T21:05:00' }}></city-news-card>`,
    );
    await waitUntil(() => card.state === 'ready' && part(card, 'date'), 'no date', { timeout: 10000 });
    expect(textOf(part(card, 'date'))).to.equal('Wednesday, September 11, 2019 at 9:05 PM');
    expect(created).to.deep.equal([]);
  });

  it('other languages still use Intl (the count shows it)', async () => {
    await library;
    created.length = 0;
    const card = await fixture<CityNewsCard>(
      html`<city-news-card lang="en-GB" .data=${{ title: 'T', published: '2019-09-11' }}></city-news-card>`,
    );
    await waitUntil(() => card.state === 'ready' && part(card, 'date'), 'no date', { timeout: 10000 });
    expect(textOf(part(card, 'date'))).to.equal('Wednesday, 11/09/2019');
    expect(created).to.deep.equal(['Intl.DateTimeFormat(en-GB)']);
  });
});
