import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { openListRows } from '../src/test-support/partner-city-map.fixtures.js';
import type { CityNewsCard, CooperationAreas, PartnerCityMap } from '../src/index.js';

/*
 * Texts of the data shown in a language other than the widget's (a Slovene lead in an English
 * card, because there is no English one) carry that language in a `lang` attribute, so that
 * screen readers pronounce them right (WCAG 3.1.2). Texts in the widget's language, and plain
 * strings of data without a `lang`, carry none.
 */

const langs = (root: ShadowRoot) =>
  [...root.querySelectorAll('[lang]')].map(
    (e) => `${e.getAttribute('part') ?? e.localName}:${e.getAttribute('lang')}:${e.textContent!.trim()}`,
  );

const announcement = {
  lang: 'sl',
  title: { sl: 'Nadaljujemo sodelovanje', en: 'Continuing cooperation' },
  lead: 'Kratek povzetek.',
  body: ['Prvi odstavek.'],
  tags: ['moskva'],
  image: { src: '/demo/data/ljubljana-moskva.svg', alt: 'Zemljevid' },
};

describe('language of the texts shown', () => {
  it('<city-news-card>: texts in another language than the card carry it', async () => {
    const en = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${announcement}></city-news-card>`);
    expect(langs(en.shadowRoot!)).to.deep.equal(['image:sl:', 'lead:sl:Kratek povzetek.', 'paragraph:sl:Prvi odstavek.', 'span:sl:moskva']);
    const sl = await fixture<CityNewsCard>(html`<city-news-card lang="sl-SI" .data=${announcement}></city-news-card>`);
    expect(langs(sl.shadowRoot!)).to.deep.equal([]);
    // English only in the title: the Russian card marks the English title.
    const ru = await fixture<CityNewsCard>(
      html`<city-news-card lang="ru" .data=${{ title: { en: 'Continuing cooperation' } }}></city-news-card>`,
    );
    expect(langs(ru.shadowRoot!)).to.deep.equal(['span:en:Continuing cooperation']);
    // Data without a language: nothing to say.
    const und = await fixture<CityNewsCard>(
      html`<city-news-card lang="en" .data=${{ title: 'Naslov', lead: 'Povzetek' }}></city-news-card>`,
    );
    expect(langs(und.shadowRoot!)).to.deep.equal([]);
  });

  it('<cooperation-areas>: items and titles in another language carry it, highlighted or not', async () => {
    const data = { lang: 'sl', areas: [{ title: { sl: 'Kultura', en: 'Culture' }, items: ['gledališki tedni'] }] };
    const el = await fixture<CooperationAreas>(
      html`<cooperation-areas lang="en" layout="list" searchable .data=${data}></cooperation-areas>`,
    );
    expect(langs(el.shadowRoot!)).to.deep.equal(['span:sl:gledališki tedni']);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'tedni';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[lang="sl"] mark')!.textContent).to.equal('tedni');
  });

  it('<partner-city-map>: city names in another language carry it in the tooltip and the list', async () => {
    const data = {
      lang: 'sl',
      cities: [
        { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
        { id: 'mo', name: { sl: 'Moskva', en: 'Moscow' }, lat: 55.75, lon: 37.62 },
      ],
    };
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${data}></partner-city-map>`);
    // The list's rows (opened, as a reader does).
    await openListRows(el);
    const list = [...el.shadowRoot!.querySelectorAll('[part~="list"] tbody th')].map(
      (th) => th.querySelector('[lang]')?.getAttribute('lang') ?? 'en',
    );
    expect(list).to.deep.equal(['sl', 'en']);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="map"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"] strong [lang="sl"]')!.textContent).to.equal('Ljubljana');
  });
});
