import { css } from 'lit';
import { downloadStyles } from '../../styles/download.js';

const card = css`
  :host {
    /* --pcw-city-news-card-*; the --pcw-news-card-* names are aliases until 0.3. */
    /* 1.25rem; less on a phone with large text (as --_space). */
    --_padding: var(--pcw-city-news-card-padding, var(--pcw-news-card-padding, min(1.25rem, 6.25vw)));
    --_gap: var(--pcw-city-news-card-gap, var(--pcw-news-card-gap, 0.75rem));
    --_title-size: var(--pcw-city-news-card-title-size, var(--pcw-news-card-title-size, 1.5rem));
    --_lead-size: var(--pcw-city-news-card-lead-size, 1.125em);
    --_image-ratio: var(--pcw-city-news-card-image-ratio, var(--pcw-news-card-image-ratio, 16 / 9));
  }

  picture {
    display: block;
  }

  .card {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
    background: var(--_subtle);
  }

  /* Long words break rather than overflow, at any width and text size (the lead, the date). */
  .content {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_padding);
    overflow-wrap: break-word;
  }

  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* The type scale: date 0.875, body 1, lead 1.125 (regular weight), title 1.5 (bold). */
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  /* The heading is the card's link: no underline at rest (it is a heading standing alone, not a
     link inside running text), the accent colour and an underline on hover and focus. */
  .link {
    color: inherit;
    text-decoration: none;
    text-underline-offset: 0.15em;
  }

  .link:hover,
  .link:focus-visible {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.06em);
  }

  .lead {
    margin: 0;
    font-size: var(--_lead-size);
    font-weight: 400;
    line-height: 1.45;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    overflow-wrap: anywhere;
  }

  .body > * {
    margin: 0;
  }

  .read-more {
    align-self: flex-start;
    text-align: start;
    padding: 0.3rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A box of its own, so that the button's underline does not run through it. */
  .count {
    display: inline-block;
    color: var(--_muted);
    text-decoration: none;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
    padding: 0.2rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.875em;
  }

  .tag::before {
    content: '#';
    color: var(--_muted);
  }

  a.tag {
    color: var(--_accent);
    text-decoration: none;
  }

  a.tag:hover {
    border-color: var(--_accent);
    text-decoration: underline;
  }

  /* The skeleton: the image's box, then lines as tall as the card's (see renderSkeleton). */
  .skeleton.sk-image {
    height: auto;
    margin: 0;
    border-radius: 0;
    aspect-ratio: var(--_image-ratio);
  }

  .line {
    display: block;
    position: relative;
  }

  .line > .skeleton {
    position: absolute;
    inset-inline-start: 0;
    top: calc(50% - 0.5em);
    width: 100%;
    margin: 0;
  }

  .line.sk-date {
    font-size: 0.875em;
  }

  .line.sk-date > .skeleton {
    width: 30%;
  }

  .line.sk-title {
    font-size: var(--_title-size);
    line-height: 1.25;
  }

  .line.sk-title > .skeleton {
    width: 80%;
  }

  .line.lead {
    font-size: var(--_lead-size);
    line-height: 1.45;
  }

  /* Print the whole announcement (the body is rendered in full while printing), no controls. */
  @media print {
    .read-more,
    .download {
      display: none;
    }
  }


  @media (forced-colors: active) {
    .card,
    .tag {
      border-color: CanvasText;
    }
  }
`;

/** The card's styles: the download link's shared rules first, then the card's own. */
export const styles = [downloadStyles, card];
