import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { noDom } from '../../internal/env.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { integer, oneOf } from '../../internal/converters.js';
import { parseArticle } from '../../model/parse-article.js';
import { resolveUrl, safeUrl } from '../../model/values.js';
import type { Article, Image } from '../../model/types.js';
import { formatDate, type DateStyle } from '../../i18n/format.js';
import { newsCardStrings } from '../../i18n/strings/news-card.js';
import { heading } from '../../internal/heading.js';
import { PcwDataElement } from '../../base/pcw-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { PrintController } from '../../internal/print.js';
import { DataLink } from '../../internal/data-link.js';
import { jsonScript } from '../../internal/trusted-types.js';
import { styles } from './city-news-card.styles.js';

/** Marks the card's JSON-LD script in its light DOM; the code that writes it loads only with `structured-data`. */
const LD_MARKER = 'data-pcw-structured-data';
const LD_SELECTOR = `script[${LD_MARKER}]`;

/**
 * One announcement of a city site: date, title, lead, body, image, tags and a link.
 *
 * Data comes from (highest precedence first) the `data` property, the `data` attribute (JSON),
 * a child `<script type="application/json">`, or `src` (a URL). Texts show in the widget's
 * language (`lang` of the element, an ancestor or the document), falling back to the
 * announcement's `lang`, then to the first language given.
 *
 * @summary One city announcement, from JSON, in the reader's language.
 *
 * @slot - Fallback content (e.g. the article as plain HTML), shown until the card has data to render, under the error message when the data cannot be shown, and to readers without JavaScript.
 * @slot error - Replaces the default error message (the retry button stays).
 * @slot empty - Replaces the default empty message.
 *
 * @csspart base - The `<article>` wrapper.
 * @csspart image - The image (the `<img>`; in a `<picture>` under `theme="auto"` when the data has a dark variant).
 * @csspart content - The text column.
 * @csspart date - The `<time>` of publication.
 * @csspart title - The heading.
 * @csspart link - The title's link, when the announcement has a `url`.
 * @csspart lead - The lead paragraph.
 * @csspart body - The body.
 * @csspart paragraph - Each body paragraph (plain-text bodies).
 * @csspart read-more - The "Read more" / "Show less" button.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag: a link with `tag-href`, else text.
 * @csspart download - The "Get the data" link (with `downloadable`).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-message - The error's headline.
 * @csspart error-details - The `<details>` with the technical message.
 * @csspart retry-button - The "Try again" button (only for `src`).
 * @csspart empty - The empty message.
 * @csspart warnings - The list of data problems (with `debug`).
 *
 * @cssprop [--pcw-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--pcw-color-text=#1d232a] - Text colour.
 * @cssprop [--pcw-color-text-muted=#4f5965] - Secondary text (date, details).
 * @cssprop [--pcw-color-surface=#ffffff] - Card background.
 * @cssprop [--pcw-color-surface-subtle=#f1f4f7] - Skeleton and tag background.
 * @cssprop [--pcw-color-border=#c9d1d9] - Borders.
 * @cssprop [--pcw-color-accent=#0b5cad] - Links and buttons.
 * @cssprop [--pcw-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--pcw-color-danger=#b42318] - Error border and headline.
 * @cssprop [--pcw-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--pcw-radius=0.5rem] - Corner radius.
 * @cssprop [--pcw-space=min(1rem, 6vw)] - Base spacing (1rem; less on a phone with large text).
 * @cssprop [--pcw-city-news-card-padding=min(1.25rem, 6.25vw)] - Padding inside the card (1.25rem; less on a phone with large text).
 * @cssprop [--pcw-city-news-card-gap=0.75rem] - Space between the card's pieces.
 * @cssprop [--pcw-city-news-card-title-size=1.5rem] - Font size of the title.
 * @cssprop [--pcw-city-news-card-lead-size=1.125em] - Font size of the lead.
 * @cssprop [--pcw-city-news-card-image-ratio=16 / 9] - Aspect ratio of the image.
 * @cssprop [--pcw-news-card-padding=min(1.25rem, 6.25vw)] - Deprecated alias of `--pcw-city-news-card-padding` (until 0.3).
 * @cssprop [--pcw-news-card-gap=0.75rem] - Deprecated alias of `--pcw-city-news-card-gap` (until 0.3).
 * @cssprop [--pcw-news-card-title-size=1.5rem] - Deprecated alias of `--pcw-city-news-card-title-size` (until 0.3).
 * @cssprop [--pcw-news-card-image-ratio=16 / 9] - Deprecated alias of `--pcw-city-news-card-image-ratio` (until 0.3).
 *
 * @attr {number} heading-level - Level of the title heading (1–6); the `headingLevel` property.
 * @attr {number} preview-paragraphs - How many body paragraphs show before "Read more"; the `previewParagraphs` property.
 * @attr {'numeric' | 'long'} date-style - How a full date is written; the `dateStyle` property.
 * @attr {boolean} structured-data - Adds schema.org `NewsArticle` JSON-LD; the `structuredData` property.
 * @attr {string} data - The announcement as JSON text; the `data` property takes the object (or the same text).
 * @attr {boolean} downloadable - Adds a "Get the data" link: the announcement's article as JSON; the `downloadable` property.
 *
 * @fires {CustomEvent<PcwLoadDetail<Article>>} pcw-load - The data was loaded and is shown. `detail`: `{ data, source, warnings }`.
 * @fires {CustomEvent<PcwErrorDetail>} pcw-error - The data could not be loaded or used. `detail`: `{ kind, message, path?, status?, url?, source }`.
 * @fires {CustomEvent<{ tag: string }>} pcw-tag-select - The reader followed a tag's link (with `tag-href`); cancelable: `preventDefault()` keeps the page where it is.
 * @fires {CustomEvent<{ expanded: boolean }>} pcw-toggle - The reader pressed "Read more" or "Show less".
 */
export class CityNewsCard extends PcwDataElement<Article> {
  /** @internal */
  static override get properties(): PropertyDeclarations {
    return {
      sanitized: { state: true, attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level', converter: integer(1, 6, 2) },
      variant: { reflect: true, useDefault: true, converter: oneOf(['full', 'compact'], 'full') },
      expanded: { type: Boolean, reflect: true, useDefault: true },
      previewParagraphs: { type: Number, attribute: 'preview-paragraphs', converter: integer(0, 10000, 2) },
      dateStyle: { attribute: 'date-style', converter: oneOf(['numeric', 'long'], 'numeric') },
      tagHref: { attribute: 'tag-href' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      downloadable: { type: Boolean },
    };
  }

  static override styles = [...hostStyles, styles];

  /** @internal */
  static override parse = parseArticle;

  private sanitized?: { html: string; base?: string; nodes: Node[] };

  /** Level of the title heading (1–6), so the card fits the outline of the page. */
  headingLevel = 2;

  /** `compact` shows only the date, the title and the lead. */
  variant: 'full' | 'compact' = 'full';

  /** Whether the whole body is shown. The reader toggles it with "Read more" / "Show less". */
  expanded = false;

  /** How many body paragraphs show before "Read more"; a longer body is collapsed to them. */
  previewParagraphs = 2;

  /** How a full date is written: `numeric` ("sreda, 11. 9. 2019") or `long` ("sreda, 11. september 2019"). */
  dateStyle: DateStyle = 'numeric';

  /**
   * Makes each tag a link: a URL in which `{tag}` stands for the tag (URL-encoded), e.g.
   * `/iskanje?tag={tag}`. Without it (or when the result is not an http, https, mailto or
   * relative URL) the tags are plain text.
   */
  tagHref?: string;

  /** Adds schema.org `NewsArticle` JSON-LD for search engines (a `<script type="application/ld+json">` in the light DOM). */
  structuredData = false;

  /**
   * Adds a "Get the data" link: the announcement's article fields, as the card read them, as
   * JSON (`<id>.json`), built in the browser. The code that writes the file loads when the card
   * first has `downloadable` (pages without it never download it); until then the link shows
   * without an address, and `updateComplete` resolves once it has one.
   */
  downloadable = false;

  /** @internal */
  private readonly print = new PrintController(this);
  /** @internal */
  private readonly dataLink = new DataLink(this);

  /** The announcement shown (its article fields), once it is ready. */
  get announcement(): Article | undefined {
    return this.model;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.querySelector(LD_SELECTOR)?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.downloadable) this.dataLink.load();
    const bodyHtml = this.source.state === 'ready' ? this.text(this.announcement!.bodyHtml) : '';
    // Rich text needs a DOM to be cleaned; on the server the card renders without it.
    if (bodyHtml && !noDom && !this.isSanitized(bodyHtml)) this.sanitizeBody(bodyHtml);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    void this.updateStructuredData();
  }

  /** With `downloadable`, also waits for the "Get the data" link's address (its code loads apart). */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.dataLink.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  private async sanitizeBody(bodyHtml: string) {
    try {
      // DOMPurify loads only for cards with rich text.
      const { sanitize } = await import('../../internal/sanitize.js');
      // Relative links resolve against the data's URL, like the announcement's own `url`.
      const base = this.source.url;
      const nodes = sanitize(bodyHtml, (href) => resolveUrl(href, base));
      if (this.text(this.announcement?.bodyHtml) === bodyHtml && this.source.url === base) this.sanitized = { html: bodyHtml, base, nodes };
    } catch (e) {
      this.warn(`bodyHtml could not be shown (${String(e)})`);
    }
  }

  private isSanitized(bodyHtml: string): boolean {
    return this.sanitized?.html === bodyHtml && this.sanitized.base === this.source.url;
  }

  private toggle() {
    this.expanded = !this.expanded;
    this.emit('pcw-toggle', { expanded: this.expanded });
  }

  private selectTag(e: Event, tag: string) {
    if (!this.emit('pcw-tag-select', { tag }, true)) e.preventDefault();
  }

  private async updateStructuredData() {
    const wanted = () => this.structuredData && this.source.state === 'ready' && this.isConnected;
    try {
      if (wanted()) {
        const { writeStructuredData } = await import('./structured-data.js');
        // The card may have changed while the module loaded.
        if (wanted()) return writeStructuredData(this, LD_MARKER, this.announcement!, this.i18n.lang, (t) => this.text(t), jsonScript);
      }
      this.querySelector(LD_SELECTOR)?.remove();
    } catch (e) {
      this.warn(`structured data could not be written (${String(e)})`);
    }
  }

  /**
   * The loading placeholder, with the card's size as far as it is known before the data: in the
   * `full` variant the image's box (the announcements this card is made for have one; one
   * without gives that space back when its data comes), then a line each for the date, the title
   * and the lead, as tall as those lines of the card (each holds a no-break space in the same
   * font), so that a card with one-line title and lead takes exactly the space reserved.
   */
  protected renderSkeleton() {
    return html`<div part="base skeleton" class="card" aria-busy="true">
      ${this.variant === 'compact' ? nothing : html`<span class="skeleton sk-image"></span>`}
      <span class="content">
        <span class="visually-hidden">${this.i18n.common.loading}</span>
        <span class="line sk-date"><span class="skeleton"></span> </span>
        <span class="line sk-title"><span class="skeleton"></span> </span>
        <span class="line lead"><span class="skeleton"></span> </span>
      </span>
    </div>`;
  }

  private renderBody(a: Article): TemplateResult | typeof nothing {
    const richText = this.text(a.bodyHtml);
    const blocks: unknown[] = richText
      ? this.isSanitized(richText)
        ? this.sanitized!.nodes
        : []
      : a.body.map((p) => {
          const { text, lang } = this.localized(p);
          return html`<p part="paragraph" lang=${ifDefined(lang)}>${text}</p>`;
        });
    if (!blocks.length) return nothing;
    const preview = Math.max(0, this.previewParagraphs);
    // Printed in full (the button is not printed).
    const long = blocks.length > preview && !this.print.printing;
    const hidden = blocks.length - preview;
    const t = this.i18n.t(newsCardStrings);
    return html`
      <div part="body" id="body" class="body" lang=${ifDefined(richText ? this.localized(a.bodyHtml).lang : undefined)}>${long && !this.expanded ? blocks.slice(0, preview) : blocks}</div>
      ${
        long
          ? html`<button part="read-more" class="read-more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body" @click=${this.toggle}>
            ${this.expanded ? t.showLess : html`${t.readMore} <span class="count">(${t.moreParagraphs(hidden)})</span>`}
          </button>`
          : nothing
      }
    `;
  }

  protected renderReady(a: Article) {
    const compact = this.variant === 'compact';
    const title = this.content(a.title);
    const lead = this.localized(a.lead);
    const image = a.image;
    return html`<article part="base" class="card" aria-labelledby="title">
        ${image && !compact ? this.renderImage(image) : nothing}
        <div part="content" class="content">
          ${this.renderHead(a, title, lead)}
          ${compact ? nothing : this.renderBody(a)}
          ${
            a.tags.length && !compact
              ? html`<ul part="tags" class="tags" aria-label=${this.i18n.t(newsCardStrings).tags}>
                ${a.tags.map((tag) => {
                  const text = this.text(tag);
                  const href = this.tagHref ? safeUrl(this.tagHref.split('{tag}').join(encodeURIComponent(text))) : undefined;
                  return html`<li>
                    ${
                      href
                        ? html`<a part="tag" class="tag" href=${href} @click=${(e: Event) => this.selectTag(e, text)}>${this.content(tag)}</a>`
                        : html`<span part="tag" class="tag">${this.content(tag)}</span>`
                    }
                  </li>`;
                })}
              </ul>`
              : nothing
          }
          ${this.downloadable ? this.renderDownload(a) : nothing}
        </div>
      </article>`;
  }

  /**
   * The date, the title and the lead. The common shape (all three, the title a link, at level 2)
   * is one template: a page of a thousand cards creates one template instance per card here
   * instead of four (measured in `npm run bench`, section 3).
   */
  private renderHead(a: Article, title: unknown, lead: { text: string; lang?: string }): TemplateResult {
    const date = a.published && formatDate(a.published, this.i18n.lang, this.dateStyle);
    if (a.published && a.url && lead.text && this.headingLevel === 2)
      return html`<time part="date" class="date" datetime=${a.published.iso}>${date}</time>
        <h2 part="title" class="title" id="title"><a part="link" class="link" href=${a.url}>${title}</a></h2>
        <p part="lead" class="lead" lang=${ifDefined(lead.lang)}>${lead.text}</p>`;
    return html`${a.published ? html`<time part="date" class="date" datetime=${a.published.iso}>${date}</time>` : nothing}
      ${heading(this.headingLevel, 'title', a.url ? html`<a part="link" class="link" href=${a.url}>${title}</a>` : title, 'title')}
      ${lead.text ? html`<p part="lead" class="lead" lang=${ifDefined(lead.lang)}>${lead.text}</p>` : nothing}`;
  }

  /**
   * The image; with a dark variant, that one under `theme="dark"`, and under `theme="auto"` a
   * `<picture>` whose `<source>` the browser picks when the system is dark.
   */
  private renderImage(image: Image): TemplateResult {
    const alt = this.localized(image.alt);
    const dark = image.srcDark;
    const img = html`<img
      part="image"
      class="image"
      src=${dark && this.theme === 'dark' ? dark : image.src}
      alt=${alt.text}
      lang=${ifDefined(alt.text ? alt.lang : undefined)}
      loading="lazy"
      decoding="async"
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
    />`;
    // srcset splits at white space: a URL's spaces are escaped.
    return dark && this.theme === 'auto'
      ? html`<picture><source media="(prefers-color-scheme: dark)" srcset=${dark.replace(/\s/g, encodeURIComponent)} />${img}</picture>`
      : img;
  }

  /** The "Get the data" link: the article as the card read it, as JSON named after its id. */
  private renderDownload(a: Article): TemplateResult {
    const href = this.dataLink.url(a, (files) => files.articleJson(a));
    return html`<a part="download" class="download" href=${ifDefined(href)} download=${`${a.id || 'announcement'}.json`} type="application/json"
      >${this.i18n.common.download ?? 'Get the data'} (JSON)</a
    >`;
  }

  protected emptyMessage() {
    return this.i18n.t(newsCardStrings).empty;
  }
}
