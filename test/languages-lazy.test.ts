import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CityNewsCard, CooperationAreas } from '../src/index.js';
import { part, textOf } from '../src/test-support/helpers.js';

/*
 * The built-in languages beyond en/sl/ru are lazy chunks: a page requests one only when a widget
 * is in that language. (A file of its own: the page's resource timings start empty. The tests
 * run in order.)
 */

/** The language chunks this page has requested (src/i18n/languages/<tag>.ts from the test server). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => /\/i18n\/languages\/([\w-]+)\.(?:ts|js)/.exec(r.name)?.[1])
    .filter(Boolean);

const card = (lang: string) => html`<city-news-card lang=${lang} .data=${{ title: 'T', body: ['1', '2', '3'] }}></city-news-card>`;
const readMore = (el: CityNewsCard) => textOf(part(el, 'read-more'));

describe('language chunks', () => {
  it('are not requested by widgets in English, Slovene, Russian, other languages or invalid tags', async () => {
    for (const lang of ['en', 'en-GB', 'sl', 'sl-SI', 'ru', 'fr', 'es-419', 'en_US', 'constructor', '__proto__', '']) {
      const el = await fixture<CityNewsCard>(card(lang));
      expect(readMore(el), lang).to.match(/^(Read more|Preberi več|Читать далее) /);
    }
    expect(requested()).to.deep.equal([]);
  });

  it('requests the German chunk, once, for German widgets only', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="de-CH">${card('')}${card('de')}</div>`);
    const els = [...root.querySelectorAll<CityNewsCard>('city-news-card')];
    for (const el of els)
      await waitUntil(() => readMore(el) === 'Weiterlesen (1 weiterer Absatz)', `not German: ${readMore(el)}`, { timeout: 10000 });
    expect(requested()).to.deep.equal(['de']);
  });

  it('requests the Croatian chunk when a widget changes to Croatian', async () => {
    const el = await fixture<CooperationAreas>(
      html`<cooperation-areas lang="en" layout="list" .data=${[{ title: 'A', items: ['x', 'y'] }]}></cooperation-areas>`,
    );
    const count = () => textOf(el.shadowRoot!.querySelector('[part~="count"]'));
    expect(count()).to.equal('2 items');
    expect(requested()).to.deep.equal(['de']);
    el.lang = 'hr-HR';
    await waitUntil(() => count() === '2 stavke', `not Croatian: ${count()}`, { timeout: 10000 });
    expect(requested()).to.deep.equal(['de', 'hr']);
  });
});
