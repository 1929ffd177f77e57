import { pick } from '../../i18n/format.js';
import type { Area, AreaItem, LocalizedText } from '../../model/types.js';
import { matches, prepare, type Folded, type Range } from '../../internal/search.js';

/** A text in the widget's language, folded for search only when a search needs it. */
export class SearchText {
  private prepared?: Folded;

  /** `lang`: the language the text is in (`und` when unknown). */
  constructor(
    readonly text: string,
    readonly lang: string,
  ) {}

  get folded(): Folded {
    return (this.prepared ??= prepare(this.text));
  }
}

export interface IndexedItem {
  readonly item: AreaItem;
  readonly title: SearchText;
  readonly description?: SearchText;
}

export interface IndexedArea {
  readonly area: Area;
  /** Its place in the data: the DOM ids use it (an area id may be any text, spaces included). */
  readonly n: number;
  readonly title: SearchText;
  readonly items: readonly IndexedItem[];
}

export interface MatchedItem extends IndexedItem {
  readonly ranges: readonly Range[];
  readonly descriptionRanges: readonly Range[];
}

/**
 * An area as shown: with the search's matches, and only the matching items when its title
 * does not match. `items` is absent without a search: all of them, nothing marked.
 */
export interface ShownArea {
  readonly entry: IndexedArea;
  readonly titleRanges: readonly Range[];
  readonly items?: readonly MatchedItem[];
}

export const NO_RANGES: readonly Range[] = [];

/** The areas' texts in the widget's language `lang` (else the data's own, `dataLang`), ready to search. */
export function indexAreas(areas: readonly Area[], lang: string, dataLang?: string): IndexedArea[] {
  const text = (value: LocalizedText) => {
    const picked = pick(value, lang, dataLang);
    return new SearchText(picked.text, picked.lang);
  };
  return areas.map((area, n) => ({
    area,
    n,
    title: text(area.title),
    items: area.items.map((item) => ({
      item,
      title: text(item.title),
      description: item.description ? text(item.description) : undefined,
    })),
  }));
}

/** The areas that match the query `q` (trimmed; all of them, nothing marked, when it is empty). */
export function searchAreas(index: readonly IndexedArea[], q: string): ShownArea[] {
  const shown: ShownArea[] = [];
  for (const entry of index) {
    if (!q) {
      shown.push({ entry, titleRanges: NO_RANGES });
      continue;
    }
    const titleRanges = matches(entry.title.folded, q);
    const items: MatchedItem[] = [];
    for (const i of entry.items) {
      const ranges = matches(i.title.folded, q);
      const descriptionRanges = i.description ? matches(i.description.folded, q) : NO_RANGES;
      if (titleRanges.length || ranges.length || descriptionRanges.length) items.push({ ...i, ranges, descriptionRanges });
    }
    if (titleRanges.length || items.length) shown.push({ entry, titleRanges, items });
  }
  return shown;
}

/** How many results a search found: each matching area title, each matching item. */
export function countResults(shown: readonly ShownArea[]): number {
  return shown.reduce(
    (n, s) => n + (s.titleRanges.length ? 1 : 0) + (s.items ?? []).filter((i) => i.ranges.length || i.descriptionRanges.length).length,
    0,
  );
}
