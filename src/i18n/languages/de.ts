/**
 * German UI strings: a lazy chunk, loaded when a widget's language is `de` or `de-*`. It imports
 * nothing (not even types at run time), so that the one-file bundle and the loader share one
 * file of it (see vite.config.ts, `SHARED_LAZY`).
 */
import type { UiStrings } from '../strings.js';

const rules = new Intl.PluralRules('de');
const plural = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  forms[rules.select(n)] ?? forms.other;
/** The first ten names and how many more. */
const names = (list: readonly string[]) =>
  list.length > 10 ? `${list.slice(0, 10).join(', ')} und ${list.length - 10} weitere` : list.join(', ');

export default {
  common: {
    loading: 'Wird geladen …',
    loadFailed: 'Die Daten konnten nicht geladen werden.',
    invalidData: 'Die Daten konnten nicht angezeigt werden.',
    retry: 'Erneut versuchen',
    details: 'Details',
    download: 'Daten herunterladen',
    warnings: (n) => plural(n, { one: `${n} Problem in den Daten`, other: `${n} Probleme in den Daten` }),
  },
  newsCard: {
    readMore: 'Weiterlesen',
    showLess: 'Weniger anzeigen',
    moreParagraphs: (n) => plural(n, { one: `${n} weiterer Absatz`, other: `${n} weitere Absätze` }),
    tags: 'Schlagwörter',
    empty: 'Es gibt keine Mitteilung zum Anzeigen.',
  },
  areas: {
    label: 'Bereiche der Zusammenarbeit',
    items: (n) => plural(n, { one: `${n} Eintrag`, other: `${n} Einträge` }),
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    search: 'Bereiche durchsuchen',
    results: (n) => `${n} Treffer`,
    noMatch: (q) => `Kein Bereich und kein Eintrag passt zu „${q}“.`,
    empty: 'Es gibt keine Bereiche der Zusammenarbeit zum Anzeigen.',
  },
  feed: {
    label: 'Neuigkeiten',
    search: 'Neuigkeiten durchsuchen',
    tags: 'Nach Schlagwort filtern',
    results: (n) => plural(n, { one: `${n} Meldung`, other: `${n} Meldungen` }),
    noMatch: 'Keine Meldung passt zur Suche oder zum Schlagwort.',
    clear: 'Filter zurücksetzen',
    more: 'Mehr laden',
    moreShown: (added, shown, total) =>
      plural(added, { one: `${added} weitere Meldung angezeigt`, other: `${added} weitere Meldungen angezeigt` }) +
      `, ${shown} von ${total}.`,
    empty: 'Es gibt keine Meldungen zum Anzeigen.',
  },
  map: {
    summary: (list) =>
      `Karte mit ${plural(list.length, { one: '1 Partnerstadt', other: `${list.length} Partnerstädten` })}: ${names(list)}`,
    help: 'Karte der Partnerstädte. Die Pfeiltasten wechseln zwischen den Städten, Pos1 springt zur Heimatstadt, Enter wählt aus, + und − zoomen, 0 setzt die Ansicht zurück, Tab erreicht die Website der Stadt, ? zeigt alle Tasten.',
    showList: 'Als Liste anzeigen',
    hideList: 'Liste ausblenden',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    zoomReset: 'Ansicht zurücksetzen',
    wheelHint: (key) => `Zum Zoomen der Karte ${key} gedrückt halten und scrollen`,
    city: 'Stadt',
    country: 'Land',
    since: 'Partnerschaft seit',
    partnerSince: (date) => `Partnerschaft seit ${date}`,
    link: 'Link',
    website: 'Website',
    home: 'Heimatstadt',
    empty: 'Es gibt keine Städte zum Anzeigen.',
    shapesFailed: 'Die Umrisse der Länder konnten nicht geladen werden; die Städte werden ohne sie gezeigt.',
    keysHint: 'Pfeiltasten: Städte · Enter: auswählen · Tab: Website · ?: alle Tasten',
    keys: 'Tastatur',
    keyList: [
      '← ↑ → ↓: zur nächsten Stadt in dieser Richtung',
      'Pos1: die Heimatstadt',
      'Enter: die Stadt auswählen (in einer Gruppe: hineinzoomen, um sie zu trennen)',
      'Tab: in die Infobox der Stadt (ihr Website-Link)',
      'Esc: die Infobox schließen',
      '+ −: vergrößern, verkleinern',
      '0: Ansicht zurücksetzen',
      '?: diese Liste zeigen oder ausblenden',
    ].join('\n'),
    inCluster: (n) => `eine von ${n} Städten an dieser Stelle; Enter vergrößert`,
  },
  timeline: {
    label: 'Zeitleiste der Partnerschaft',
    scrollHint: 'Mit den Pfeiltasten scrollen',
    agreement: 'Abkommen',
    event: 'Veranstaltung',
    news: 'Nachricht',
    today: 'Heute',
    upcoming: 'Bevorstehend',
    addToCalendar: 'Zum Kalender hinzufügen',
    allUpcoming: 'Alle bevorstehenden Veranstaltungen hinzufügen',
    related: 'Am selben Tag',
    place: 'Ort',
    empty: 'Es gibt keine Abkommen oder Veranstaltungen zum Anzeigen.',
  },
} satisfies UiStrings;
