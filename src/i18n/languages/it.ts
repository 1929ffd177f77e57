/**
 * Italian UI strings: a lazy chunk, loaded when a widget's language is `it` or `it-*`. Imports
 * nothing at run time (see de.ts).
 */
import type { UiStrings } from '../strings.js';

const rules = new Intl.PluralRules('it');
// (Italian's "many" is for millions: "di" forms; those read as "other" here.)
const plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  forms[rules.select(n)] ?? forms.other;
const names = (list: readonly string[]) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} e altre ${list.length - 10}` : list.join(', ');

export default {
  common: {
    loading: 'Caricamento…',
    loadFailed: 'Impossibile caricare i dati.',
    invalidData: 'Impossibile mostrare i dati.',
    retry: 'Riprova',
    details: 'Dettagli',
    download: 'Scarica i dati',
    warnings: (n) => plural(n, { one: `${n} problema nei dati`, other: `${n} problemi nei dati` }),
  },
  newsCard: {
    readMore: 'Continua a leggere',
    showLess: 'Mostra meno',
    moreParagraphs: (n) => plural(n, { one: `${n} altro paragrafo`, other: `altri ${n} paragrafi` }),
    tags: 'Tag',
    empty: 'Nessun avviso da mostrare.',
  },
  areas: {
    label: 'Ambiti di cooperazione',
    items: (n) => plural(n, { one: `${n} voce`, other: `${n} voci` }),
    expandAll: 'Espandi tutto',
    collapseAll: 'Comprimi tutto',
    search: 'Cerca negli ambiti',
    results: (n) => plural(n, { one: `${n} risultato`, other: `${n} risultati` }),
    noMatch: (q) => `Nessun ambito o voce corrisponde a «${q}».`,
    empty: 'Nessun ambito di cooperazione da mostrare.',
  },
  feed: {
    label: 'Notizie',
    search: 'Cerca nelle notizie',
    tags: 'Filtra per etichetta',
    results: (n) => plural(n, { one: `${n} notizia`, other: `${n} notizie` }),
    noMatch: 'Nessuna notizia corrisponde alla ricerca o all’etichetta.',
    clear: 'Azzera i filtri',
    more: 'Carica altre',
    moreShown: (added, shown, total) =>
      plural(added, { one: `Mostrata ${added} altra notizia`, other: `Mostrate altre ${added} notizie` }) + `, ${shown} di ${total}.`,
    empty: 'Non ci sono notizie da mostrare.',
  },
  map: {
    summary: (list) => `Mappa di ${plural(list.length, { one: '1 città partner', other: `${list.length} città partner` })}: ${names(list)}`,
    help: 'Mappa delle città partner. I tasti freccia passano da una città all’altra, Home va alla città di origine, Invio seleziona, + e − ingrandiscono e riducono, 0 ripristina la vista, Tab raggiunge il sito della città, ? mostra tutti i tasti.',
    showList: 'Mostra come elenco',
    hideList: 'Nascondi elenco',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    zoomReset: 'Ripristina la vista',
    wheelHint: (key) => `Usa ${key} + rotellina per ingrandire la mappa`,
    city: 'Città',
    country: 'Paese',
    since: 'Partner dal',
    // "dal 2000", "da maggio 2020"
    partnerSince: (date) => `Partner ${/^\d+$/.test(date) ? 'dal' : 'da'} ${date}`,
    link: 'Link',
    website: 'Sito web',
    home: 'città di origine',
    empty: 'Nessuna città da mostrare.',
    shapesFailed: 'Impossibile caricare i confini dei paesi; le città sono mostrate senza.',
    keysHint: 'Frecce: città · Invio: seleziona · Tab: sito web · ?: tutti i tasti',
    keys: 'Tastiera',
    keyList: [
      '← ↑ → ↓: alla città più vicina in quella direzione',
      'Home: la città di origine',
      'Invio: seleziona la città (in un gruppo: ingrandisce per separarle)',
      'Tab: nel riquadro della città (il link al sito web)',
      'Esc: chiude il riquadro',
      '+ −: ingrandisce, riduce',
      '0: ripristina la vista',
      '?: mostra o nasconde questo elenco',
    ].join('\n'),
    inCluster: (n) => `una di ${n} città in questo punto; Invio ingrandisce`,
  },
  timeline: {
    label: 'Cronologia del gemellaggio',
    scrollHint: 'Scorri con i tasti freccia',
    agreement: 'Accordo',
    event: 'Evento',
    news: 'Notizia',
    today: 'Oggi',
    upcoming: 'In arrivo',
    addToCalendar: 'Aggiungi al calendario',
    allUpcoming: 'Aggiungi tutti gli eventi in arrivo',
    related: 'Nello stesso giorno',
    place: 'Luogo',
    empty: 'Non ci sono accordi o eventi da mostrare.',
  },
} satisfies UiStrings;
