/**
 * Croatian UI strings: a lazy chunk, loaded when a widget's language is `hr` or `hr-*`. Plurals
 * have three forms (one: 1, 21; few: 2–4, 22; other: 5–20, 0). Imports nothing at run time
 * (see de.ts).
 */
import type { UiStrings } from '../strings.js';

const rules = new Intl.PluralRules('hr');
const plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  forms[rules.select(n)] ?? forms.other;
const names = (list: readonly string[]) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} i još ${list.length - 10}` : list.join(', ');

export default {
  common: {
    loading: 'Učitavanje…',
    loadFailed: 'Podaci se nisu mogli učitati.',
    invalidData: 'Podaci se nisu mogli prikazati.',
    retry: 'Pokušaj ponovno',
    details: 'Pojedinosti',
    download: 'Preuzmi podatke',
    warnings: (n) => plural(n, { one: `${n} pogreška u podacima`, few: `${n} pogreške u podacima`, other: `${n} pogrešaka u podacima` }),
  },
  newsCard: {
    readMore: 'Pročitaj više',
    showLess: 'Prikaži manje',
    moreParagraphs: (n) => plural(n, { one: `još ${n} odlomak`, few: `još ${n} odlomka`, other: `još ${n} odlomaka` }),
    tags: 'Oznake',
    empty: 'Nema obavijesti za prikaz.',
  },
  areas: {
    label: 'Područja suradnje',
    items: (n) => plural(n, { one: `${n} stavka`, few: `${n} stavke`, other: `${n} stavki` }),
    expandAll: 'Proširi sve',
    collapseAll: 'Sažmi sve',
    search: 'Pretraži područja',
    results: (n) => plural(n, { one: `${n} rezultat`, other: `${n} rezultata` }),
    noMatch: (q) => `Nijedno područje ni stavka ne odgovara upitu „${q}“.`,
    empty: 'Nema područja suradnje za prikaz.',
  },
  feed: {
    label: 'Vijesti',
    search: 'Pretraži vijesti',
    tags: 'Filtriraj po oznaci',
    results: (n) => plural(n, { one: `${n} vijest`, few: `${n} vijesti`, other: `${n} vijesti` }),
    noMatch: 'Nijedna vijest ne odgovara pretrazi ili oznaci.',
    clear: 'Poništi filtre',
    more: 'Učitaj još',
    moreShown: (added, shown, total) =>
      plural(added, {
        one: `Prikazana je još ${added} vijest`,
        few: `Prikazane su još ${added} vijesti`,
        other: `Prikazano je još ${added} vijesti`,
      }) + `, ${shown} od ${total}.`,
    empty: 'Nema vijesti za prikaz.',
  },
  map: {
    summary: (list) => `Karta partnerskih gradova (${list.length}): ${names(list)}`,
    help: 'Karta partnerskih gradova. Strelicama se krećete između gradova, Home vodi na matični grad, Enter odabire, + i − povećavaju i smanjuju, 0 vraća početni prikaz, Tab vodi na mrežnu stranicu grada, ? prikazuje sve tipke.',
    showList: 'Prikaži kao popis',
    hideList: 'Sakrij popis',
    zoomIn: 'Povećaj',
    zoomOut: 'Smanji',
    zoomReset: 'Vrati početni prikaz',
    wheelHint: (key) => `Za povećanje karte držite ${key} i pomičite kotačić`,
    city: 'Grad',
    country: 'Država',
    since: 'Početak partnerstva',
    // Nominative after a colon (Intl writes "svibanj 2020."); a year alone takes its dot.
    partnerSince: (date) => `Početak partnerstva: ${date}${/^\d+$/.test(date) ? '.' : ''}`,
    link: 'Poveznica',
    website: 'Mrežna stranica',
    home: 'matični grad',
    empty: 'Nema gradova za prikaz.',
    shapesFailed: 'Obrisi država nisu se mogli učitati; gradovi su prikazani bez njih.',
    keysHint: 'Strelice: gradovi · Enter: odabir · Tab: mrežna stranica · ?: sve tipke',
    keys: 'Tipkovnica',
    keyList: [
      '← ↑ → ↓: na najbliži grad u tom smjeru',
      'Home: matični grad',
      'Enter: odaberi grad (u skupini: povećaj da se razdvoje)',
      'Tab: u oblačić grada (poveznica na mrežnu stranicu)',
      'Escape: zatvori oblačić',
      '+ −: povećaj, smanji',
      '0: početni prikaz',
      '?: prikaži ili sakrij ovaj popis',
    ].join('\n'),
    inCluster: (n) => `jedan od ${n} gradova na ovom mjestu; Enter povećava`,
  },
  timeline: {
    label: 'Vremenska crta partnerstva',
    scrollHint: 'Pomičite se strelicama',
    agreement: 'Sporazum',
    event: 'Događaj',
    news: 'Vijest',
    today: 'Danas',
    upcoming: 'Predstoji',
    addToCalendar: 'Dodaj u kalendar',
    allUpcoming: 'Dodaj sve predstojeće događaje',
    related: 'Istog dana',
    place: 'Mjesto',
    empty: 'Nema sporazuma ni događaja za prikaz.',
  },
} satisfies UiStrings;
