/**
 * The typed model of the "announcement" format (see `schema/announcement.schema.json`).
 * Every widget reads this model; raw JSON never reaches a template.
 */

/** A text in one or more languages: language tag → text. A plain string of the input is stored under the announcement's `lang` (or `und`). */
export type LocalizedText = Readonly<Record<string, string>>;

/** How precise a date of the input is. */
export type DatePrecision = 'year' | 'month' | 'day' | 'datetime';

/** A date at the precision it was given with (`2000`, `2020-05`, `2019-09-11`, `2019-09-11T10:00:00+02:00`). */
export interface PartialDate {
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** The hour of a date-time (0–23), as written (in `offset`'s zone, or floating without one). */
  readonly hour?: number;
  /** The minute of a date-time (0–59). */
  readonly minute?: number;
  /** The zone of a date-time as written: `Z` or `+02:00`; absent for a floating (local) time. */
  readonly offset?: string;
  /** The normalised ISO 8601 text, fit for `<time datetime>`. */
  readonly iso: string;
}

export interface Image {
  /** A safe URL (http, https or relative). */
  readonly src: string;
  /** The same picture for a dark theme (a night sky for a day sky): a safe URL, like `src`. */
  readonly srcDark?: string;
  /** Empty when the image is decorative. */
  readonly alt: LocalizedText;
  readonly width?: number;
  readonly height?: number;
}

export interface City {
  readonly id: string;
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string;
  readonly lat: number;
  readonly lon: number;
  readonly role: 'home' | 'partner';
  readonly since?: PartialDate;
  readonly url?: string;
  readonly description?: LocalizedText;
}

/** An agreement behind a partnership (a protocol, a programme for some years). */
export interface Agreement {
  readonly title: LocalizedText;
  readonly date?: PartialDate;
  /** Start of the period the agreement covers. */
  readonly from?: PartialDate;
  /** End of that period. */
  readonly to?: PartialDate;
  readonly place?: LocalizedText;
  readonly description?: LocalizedText;
  readonly url?: string;
}

export interface Partnership {
  readonly cities: readonly string[];
  readonly agreements: readonly Agreement[];
}

export interface AreaItem {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly url?: string;
}

export interface Area {
  /** Given, or derived from the title (`city-management`). */
  readonly id: string;
  readonly title: LocalizedText;
  readonly items: readonly AreaItem[];
  readonly description?: LocalizedText;
  readonly icon?: string;
}

/** An event of a partnership (a signing, a visit, the Days of Ljubljana in Moscow). Same fields as an agreement. */
export type PartnershipEvent = Agreement;

/** The article part of an announcement: what a news card shows. Only `title` is required. */
export interface Article {
  readonly id?: string;
  /** Language of the plain-string texts. */
  readonly lang?: string;
  readonly published?: PartialDate;
  readonly title: LocalizedText;
  readonly lead?: LocalizedText;
  /** Plain-text paragraphs. */
  readonly body: readonly LocalizedText[];
  /** Rich text; sanitised with DOMPurify before it is shown. */
  readonly bodyHtml?: LocalizedText;
  readonly url?: string;
  readonly image?: Image;
  readonly tags: readonly LocalizedText[];
}

/** One announcement of a city site: the article and the partnership it is about. */
export interface Announcement extends Article {
  readonly cities: readonly City[];
  /** The author's description of the map of the cities: `<partner-city-map>`'s accessible description. */
  readonly mapDescription?: LocalizedText;
  readonly partnership?: Partnership;
  readonly areas: readonly Area[];
  readonly events: readonly PartnershipEvent[];
}

/** A problem found in the input: where (`cities[2].lat`) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** The outcome of parsing: a model (with the warnings for what was left out) or an error. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly error: Issue; readonly warnings: readonly Issue[] };

/** Options of a parser. */
export interface ParseOptions {
  /** Relative URLs in the data are resolved against this URL (the `src` the data came from). */
  readonly base?: string;
}

/** A function that turns any JSON value into a model. It never throws. */
export type Parser<T> = (json: unknown, options?: ParseOptions) => Result<T>;

/** What went wrong: the network, the server's answer, or the data itself. */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'html' | 'not-json' | 'invalid';
