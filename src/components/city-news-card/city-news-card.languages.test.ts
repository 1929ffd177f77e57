import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, part, textOf, titleOf } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: its language (own, inherited, across shadow roots) and how dates are written.

captureWarningsPerTest();

describe('<city-news-card>', () => {
  describe('languages and dates', () => {
    it('switches title and date format with lang (sl, en, ru)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${sample}></city-news-card>`);
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      el.lang = 'en';
      await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', undefined, { timeout: 10000 });
      expect(textOf(part(el, 'date'))).to.equal('Wednesday, 9/11/2019');
      el.lang = 'ru';
      await waitUntil(() => titleOf(el) === 'Продолжаем хорошее сотрудничество с Москвой', undefined, { timeout: 10000 });
      expect(textOf(part(el, 'date'))).to.equal('среда, 11.09.2019');
      expect(textOf(part(el, 'read-more'))).to.equal('Читать далее (ещё 2 абзаца)');
    });

    it('writes the long date form with date-style="long"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" date-style="long" .data=${sample}></city-news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. september 2019');
    });

    it('shows partial dates at their precision', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="ru" .data=${{ ...sample, published: '2020-05' }}></city-news-card>`,
      );
      expect(textOf(part(el, 'date'))).to.equal('май 2020 г.');
      el.data = { ...sample, published: 2000 };
      await elementUpdated(el);
      expect(textOf(part(el, 'date'))).to.equal('2000');
    });

    it('takes the language from an ancestor, then the document, and follows changes of <html lang>', async () => {
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'ru';
        const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
        expect(titleOf(el)).to.equal('Продолжаем хорошее сотрудничество с Москвой');
        document.documentElement.lang = 'en';
        await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', 'html lang change ignored', { timeout: 10000 });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl"><city-news-card .data=${sample}></city-news-card></div>`);
        const inner = wrapper.querySelector('city-news-card')!;
        await elementUpdated(inner);
        expect(titleOf(inner)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('follows lang changes inside other shadow roots (a card in a framework component)', async () => {
      // Two levels of someone else's shadow DOM: outer host > shadow > section[lang] > inner host > shadow > card.
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const outerRoot = outer.attachShadow({ mode: 'open' });
      outerRoot.innerHTML = '<section lang="sl"><div></div></section>';
      const innerRoot = outerRoot.querySelector('div')!.attachShadow({ mode: 'open' });
      innerRoot.innerHTML = '<p lang="sl"><city-news-card></city-news-card></p>';
      const el = innerRoot.querySelector('city-news-card') as CityNewsCard;
      el.data = sample;
      await waitUntil(() => titleOf(el) === 'Nadaljujemo dobro sodelovanje z Moskvo', 'language of the shadow ancestor not used', {
        timeout: 10000,
      });
      innerRoot.querySelector('p')!.lang = 'en';
      await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', 'lang change in the inner shadow root ignored', {
        timeout: 10000,
      });
      innerRoot.querySelector('p')!.removeAttribute('lang');
      await waitUntil(() => titleOf(el) === 'Nadaljujemo dobro sodelovanje z Moskvo', 'lang removal in the inner shadow root ignored', {
        timeout: 10000,
      });
      outerRoot.querySelector('section')!.lang = 'ru';
      await waitUntil(() => titleOf(el) === 'Продолжаем хорошее сотрудничество с Москвой', 'lang change in the outer shadow root ignored', {
        timeout: 10000,
      });
    });

    it('falls back to the announcement language, then the first text given', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="de" .data=${{ lang: 'sl', title: { en: 'English', sl: 'Slovensko' } }}></city-news-card>`,
      );
      expect(titleOf(el)).to.equal('Slovensko');
      el.data = { title: { ru: 'Русский', en: 'English' } };
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Русский');
    });
  });
});
