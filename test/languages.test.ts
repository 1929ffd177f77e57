import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  areasStrings,
  commonStrings,
  loadLanguage,
  mapStrings,
  newsCardStrings,
  registerLanguage,
  translate,
  type UiStrings,
} from '../src/index.js';
import type { CityNewsCard, CooperationAreas, PartnerCityMap } from '../src/index.js';
import { part, parts, SEED_URL, seed, textOf } from '../src/test-support/helpers.js';

/*
 * UI languages beyond en/sl/ru: the built-in German, Croatian, Ukrainian and Italian (lazy
 * chunks) and languages a page registers. (Which chunks a page requests: languages-lazy.test.ts.)
 */

const WAIT = { timeout: 10000 };

/** Waits until `read()` gives `expected` (the widget re-renders when its language's chunk comes). */
const shows = async (read: () => unknown, expected: unknown, what: string) => {
  await waitUntil(
    () => JSON.stringify(read()) === JSON.stringify(expected),
    `${what}: ${JSON.stringify(read())} instead of ${JSON.stringify(expected)}`,
    WAIT,
  );
};

/** Areas whose item counts are `counts` (one area per count). */
const areas = (...counts: number[]) =>
  counts.map((n, i) => ({ id: `a${i}`, title: `Area ${i}`, items: Array.from({ length: n }, (_, k) => `Item ${k}`) }));
const counts = (el: CooperationAreas) => parts(el, 'count').map(textOf);

const network = {
  cities: [
    { id: 'ljubljana', name: 'Ljubljana', lat: 46.05, lon: 14.51, country: 'SI', role: 'home' },
    { id: 'zagreb', name: 'Zagreb', lat: 45.81, lon: 15.98, country: 'HR', since: '2001' },
    { id: 'parma', name: 'Parma', lat: 44.8, lon: 10.33, country: 'IT' },
  ],
};

/** A made-up French table (registered by the tests, not shipped). */
const fr: UiStrings = {
  common: {
    loading: 'Chargement…',
    loadFailed: 'Les données n’ont pas pu être chargées.',
    invalidData: 'Les données n’ont pas pu être affichées.',
    retry: 'Réessayer',
    details: 'Détails',
    warnings: (n) => (n < 2 ? `${n} problème dans les données` : `${n} problèmes dans les données`),
  },
  newsCard: {
    readMore: 'Lire la suite',
    showLess: 'Afficher moins',
    moreParagraphs: (n) => (n < 2 ? `${n} autre paragraphe` : `${n} autres paragraphes`),
    tags: 'Mots-clés',
    empty: 'Aucune annonce à afficher.',
  },
  areas: {
    label: 'Domaines de coopération',
    items: (n) => (n < 2 ? `${n} élément` : `${n} éléments`),
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    search: 'Rechercher dans les domaines',
    results: (n) => (n < 2 ? `${n} résultat` : `${n} résultats`),
    noMatch: (q) => `Aucun domaine ni élément ne correspond à « ${q} ».`,
    empty: 'Aucun domaine de coopération à afficher.',
  },
  feed: {
    label: 'Actualités',
    search: 'Rechercher dans les actualités',
    tags: 'Filtrer par mot-clé',
    results: (n) => (n < 2 ? `${n} annonce` : `${n} annonces`),
    noMatch: 'Aucune annonce ne correspond à la recherche ou au mot-clé.',
    clear: 'Effacer les filtres',
    more: 'Afficher plus',
    moreShown: (added, shown, total) => `${added} annonce(s) de plus, ${shown} sur ${total}.`,
    empty: 'Aucune annonce à afficher.',
  },
  map: {
    summary: (list) => `Carte des villes partenaires (${list.length}) : ${list.join(', ')}`,
    help: 'Carte des villes partenaires.',
    showList: 'Afficher sous forme de liste',
    hideList: 'Masquer la liste',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoomReset: 'Réinitialiser la vue',
    wheelHint: (key) => `Utilisez ${key} + molette pour zoomer`,
    city: 'Ville',
    country: 'Pays',
    since: 'Partenaire depuis',
    partnerSince: (date) => `Partenaire depuis ${date}`,
    link: 'Lien',
    website: 'Site web',
    home: 'ville d’origine',
    empty: 'Aucune ville à afficher.',
    shapesFailed: 'Les contours des pays n’ont pas pu être chargés.',
  },
  timeline: {
    label: 'Chronologie du jumelage',
    scrollHint: 'Faire défiler avec les flèches',
    agreement: 'Accord',
    event: 'Événement',
    news: 'Actualité',
    today: 'Aujourd’hui',
    upcoming: 'À venir',
    addToCalendar: 'Ajouter au calendrier',
    allUpcoming: 'Ajouter tous les événements à venir',
    related: 'Le même jour',
    place: 'Lieu',
    empty: 'Aucun accord ni événement à afficher.',
  },
};

// Type checks only (never called): a table with a part or a string missing, or a plural that
// is not a function, does not compile. `tsc --noEmit` fails if an error below disappears.
export function rejectedAtCompileTime() {
  // @ts-expect-error: the map's strings are missing
  registerLanguage('xx', { common: fr.common, newsCard: fr.newsCard, areas: fr.areas });
  const mapWithoutShowList: Omit<UiStrings['map'], 'showList'> = fr.map;
  // @ts-expect-error: map.showList is missing
  registerLanguage('xx', { ...fr, map: mapWithoutShowList });
  // @ts-expect-error: a plural is a function of the number
  registerLanguage('xx', { ...fr, areas: { ...fr.areas, items: 'items' } });
}

describe('UI languages', () => {
  describe('German on a lang="de" page part', () => {
    it('shows every widget in German once its chunk is loaded', async () => {
      const article = await seed();
      const root = await fixture<HTMLElement>(html`<div lang="de">
        <city-news-card .data=${article}></city-news-card>
        <cooperation-areas layout="list" .data=${areas(1, 3)}></cooperation-areas>
        <partner-city-map .data=${network}></partner-city-map>
      </div>`);
      const card = root.querySelector<CityNewsCard>('city-news-card')!;
      const list = root.querySelector<CooperationAreas>('cooperation-areas')!;
      const map = root.querySelector<PartnerCityMap>('partner-city-map')!;
      await shows(() => textOf(part(card, 'read-more')), 'Weiterlesen (2 weitere Absätze)', 'card');
      await shows(() => counts(list), ['1 Eintrag', '3 Einträge'], 'areas');
      await shows(() => textOf(part(map, 'list-toggle')), 'Als Liste anzeigen', 'map');
      expect(part(map, 'zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
      // The list's rows come when it is opened.
      part(map, 'list-toggle')!.click();
      await shows(() => map.shadowRoot!.querySelectorAll('tbody tr').length, 3, 'map list');
      expect(map.shadowRoot!.querySelector('caption')!.textContent).to.equal('Karte mit 3 Partnerstädten: Ljubljana, Zagreb, Parma');
      expect(textOf(map.shadowRoot!.querySelector('tbody th'))).to.equal('Ljubljana (Heimatstadt)');
      // The date is German through Intl, as before; the data's text stays in its own language.
      expect(textOf(part(card, 'date'))).to.match(/^Mittwoch, 11\.9\.2019$/);
    });

    it('is accessible in German (axe)', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="de" searchable .data=${areas(2, 5)}></cooperation-areas>`);
      await shows(() => textOf(part(el, 'search-label')), 'Bereiche durchsuchen', 'search label');
      await expect(el).to.be.accessible();
    });

    it('takes the base language for a regional tag, in any case (de-AT, DE-CH → de)', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <cooperation-areas lang="de-AT" layout="list" .data=${areas(2)}></cooperation-areas>
        <cooperation-areas lang="DE-CH" layout="list" .data=${areas(2)}></cooperation-areas>
      </div>`);
      for (const el of root.querySelectorAll<CooperationAreas>('cooperation-areas')) await shows(() => counts(el), ['2 Einträge'], el.lang);
    });

    it('re-renders in German when lang changes to de on a widget already shown', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${await seed()}></city-news-card>`);
      expect(textOf(part(el, 'read-more'))).to.equal('Preberi več (še 2 odstavka)');
      el.lang = 'de';
      await shows(() => textOf(part(el, 'read-more')), 'Weiterlesen (2 weitere Absätze)', 'card');
    });
  });

  describe('Croatian, Ukrainian, Italian', () => {
    it("counts the areas' items in Croatian: one, few, other (1, 2, 5, 21)", async () => {
      const el = await fixture<CooperationAreas>(
        html`<section lang="hr"><cooperation-areas layout="list" .data=${areas(1, 2, 5, 21)}></cooperation-areas></section>`,
      );
      const list = el.querySelector<CooperationAreas>('cooperation-areas')!;
      await shows(() => counts(list), ['1 stavka', '2 stavke', '5 stavki', '21 stavka'], 'hr items');
      expect(new Intl.PluralRules('hr').resolvedOptions().pluralCategories.sort()).to.deep.equal(['few', 'one', 'other']);
    });

    it('counts in Ukrainian: one, few, many (1, 2, 5, 21; 11, 0) and fractions', async () => {
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas lang="uk" layout="list" .data=${areas(1, 2, 5, 21, 11)}></cooperation-areas>`,
      );
      await shows(() => counts(el), ['1 пункт', '2 пункти', '5 пунктів', '21 пункт', '11 пунктів'], 'uk items');
      const t = translate(newsCardStrings, 'uk');
      expect([1, 2, 5, 21, 0, 1.5].map(t.moreParagraphs)).to.deep.equal([
        'ще 1 абзац',
        'ще 2 абзаци',
        'ще 5 абзаців',
        'ще 21 абзац',
        'ще 0 абзаців',
        'ще 1.5 абзацу',
      ]);
    });

    it('has every Croatian and Ukrainian plural right', async () => {
      await Promise.all([loadLanguage('hr'), loadLanguage('uk')]);
      const at = (f: (n: number) => string) => [1, 2, 5, 21].map(f);
      expect(at(translate(newsCardStrings, 'hr').moreParagraphs)).to.deep.equal([
        'još 1 odlomak',
        'još 2 odlomka',
        'još 5 odlomaka',
        'još 21 odlomak',
      ]);
      expect(at(translate(commonStrings, 'hr').warnings)).to.deep.equal([
        '1 pogreška u podacima',
        '2 pogreške u podacima',
        '5 pogrešaka u podacima',
        '21 pogreška u podacima',
      ]);
      expect(at(translate(areasStrings, 'hr').results)).to.deep.equal(['1 rezultat', '2 rezultata', '5 rezultata', '21 rezultat']);
      expect(at(translate(areasStrings, 'uk').results)).to.deep.equal(['1 результат', '2 результати', '5 результатів', '21 результат']);
      expect(at(translate(commonStrings, 'uk').warnings)).to.deep.equal([
        '1 проблема в даних',
        '2 проблеми в даних',
        '5 проблем у даних',
        '21 проблема в даних',
      ]);
    });

    it('shows the card and the map in Italian', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="it">
        <city-news-card .data=${await seed()}></city-news-card>
        <partner-city-map src=${SEED_URL}></partner-city-map>
      </div>`);
      const card = root.querySelector<CityNewsCard>('city-news-card')!;
      const map = root.querySelector<PartnerCityMap>('partner-city-map')!;
      await shows(() => textOf(part(card, 'read-more')), 'Continua a leggere (altri 2 paragrafi)', 'card');
      await shows(() => textOf(part(map, 'list-toggle')), 'Mostra come elenco', 'map');
    });

    it('has complete tables: every key of English, each a non-empty text', async () => {
      const tables = { common: commonStrings, newsCard: newsCardStrings, areas: areasStrings, map: mapStrings };
      for (const lang of ['de', 'hr', 'uk', 'it']) {
        await loadLanguage(lang);
        for (const [name, table] of Object.entries(tables)) {
          const en = table.en as unknown as Record<string, unknown>;
          const strings = translate(table as typeof commonStrings, lang) as unknown as Record<string, unknown>;
          expect(strings, `${lang}.${name}`).not.to.equal(en);
          expect(Object.keys(strings).sort(), `${lang}.${name}`).to.deep.equal(Object.keys(en).sort());
          for (const [key, value] of Object.entries(strings)) {
            const text =
              typeof value === 'function'
                ? (value as (x: unknown) => unknown)(key === 'summary' ? ['A', 'B'] : key.startsWith('wheel') ? 'Ctrl' : 3)
                : value;
            expect(text, `${lang}.${name}.${key}`).to.be.a('string').and.not.equal('');
          }
        }
      }
    });
  });

  describe('registerLanguage', () => {
    it('makes a lang="fr" widget French and re-renders one already shown', async () => {
      const shown = await fixture<CityNewsCard>(html`<city-news-card lang="fr-CA" .data=${await seed()}></city-news-card>`);
      expect(textOf(part(shown, 'read-more'))).to.equal('Read more (2 more paragraphs)');
      registerLanguage('fr', fr);
      await shows(() => textOf(part(shown, 'read-more')), 'Lire la suite (2 autres paragraphes)', 'card shown before');
      const added = await fixture<CooperationAreas>(
        html`<cooperation-areas lang="fr" layout="list" .data=${areas(1, 4)}></cooperation-areas>`,
      );
      await shows(() => counts(added), ['1 élément', '4 éléments'], 'areas added after');
    });

    it('takes the exact tag before the base language before English (de-AT → de → en)', async () => {
      registerLanguage('de-AT', { ...fr, areas: { ...fr.areas, items: (n) => `${n} Posten` } });
      const root = await fixture<HTMLElement>(html`<div>
        <cooperation-areas lang="de-at" layout="list" .data=${areas(2)}></cooperation-areas>
        <cooperation-areas lang="de-DE" layout="list" .data=${areas(2)}></cooperation-areas>
        <cooperation-areas lang="es" layout="list" .data=${areas(2)}></cooperation-areas>
      </div>`);
      const [at, de, es] = root.querySelectorAll<CooperationAreas>('cooperation-areas');
      await shows(() => counts(at), ['2 Posten'], 'de-AT, registered');
      await shows(() => counts(de), ['2 Einträge'], 'de-DE, the built-in de');
      await shows(() => counts(es), ['2 items'], 'es, English');
    });

    it('replaces a built-in language, re-rendering its widgets', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="it" layout="list" .data=${areas(3)}></cooperation-areas>`);
      await shows(() => counts(el), ['3 voci'], 'built-in Italian');
      registerLanguage('it', { ...fr, areas: { ...fr.areas, items: (n) => `${n} elementi` } });
      await shows(() => counts(el), ['3 elementi'], 'registered Italian');
    });

    it('refuses what is not a language tag', () => {
      for (const tag of ['', 'en_US', 'constructor', '__proto__', 'toString!', 'x'])
        expect(() => registerLanguage(tag, fr), tag).to.throw(RangeError);
    });
  });

  describe('hostile lang values', () => {
    const HOSTILE = [
      'en_US',
      'constructor',
      '__proto__',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '',
      ' ',
      '-',
      'de_DE',
      '💥',
    ];

    it('never throw and give English strings, not prototype properties', () => {
      for (const lang of HOSTILE) {
        expect(translate(commonStrings, lang), lang).to.equal(commonStrings.en);
        expect(translate(mapStrings, lang), lang).to.equal(mapStrings.en);
      }
      expect(loadLanguage('__proto__')).to.be.instanceOf(Promise);
    });

    it('render the widgets in English, except an underscore for a hyphen, which is read as meant', async () => {
      const german = await fixture<CityNewsCard>(
        html`<city-news-card lang="de_DE" .data=${{ title: 'T', body: ['1', '2', '3', '4'] }}></city-news-card>`,
      );
      await waitUntil(() => textOf(part(german, 'read-more')) === 'Weiterlesen (2 weitere Absätze)', 'de_DE is not read as de-DE', {
        timeout: 10000,
      });
      for (const lang of HOSTILE.filter((l) => !/^[a-z]{2}_[A-Z]{2}$/.test(l))) {
        const el = await fixture<CityNewsCard>(
          html`<city-news-card lang=${lang} .data=${{ title: 'T', body: ['1', '2', '3', '4'] }}></city-news-card>`,
        );
        await elementUpdated(el);
        expect(textOf(part(el, 'read-more')), lang).to.equal('Read more (2 more paragraphs)');
      }
    });
  });
});
