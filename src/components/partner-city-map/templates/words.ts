import type { TemplateResult } from 'lit';
import { formatDate } from '../../../i18n/format.js';
import type { MapStrings } from '../../../i18n/strings/map.js';
import type { City, LocalizedText } from '../../../model/types.js';

/** What the templates say, in the map's language: its strings and the data's texts. */
export interface Words {
  /** The map's strings, English where the language has none (strings added after it was registered). */
  readonly t: Required<MapStrings>;
  readonly lang: string;
  /** A text of the data, as text. */
  text(value: LocalizedText | undefined): string;
  /** A text of the data, as content (in a `<span lang>` when it is in another language). */
  content(value: LocalizedText | undefined): string | TemplateResult;
  /** A country's name. */
  country(code: string | undefined): string;
}

/** A city as one line (the live region's announcement): name, country, since, home. */
export function describe(city: City, words: Words): string {
  const { t } = words;
  return [
    words.text(city.name),
    words.country(city.country),
    city.since ? t.partnerSince(formatDate(city.since, words.lang)) : '',
    city.role === 'home' ? t.home : '',
  ]
    .filter(Boolean)
    .join(', ');
}
