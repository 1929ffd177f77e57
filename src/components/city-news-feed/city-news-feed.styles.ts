import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pcw-city-news-feed-gap, 1rem);
    --_column-min: var(--pcw-city-news-feed-column-min, 18rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  /* On its own surface, so that it reads on any page in any theme. */
  .controls,
  .no-match {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .tag,
  .clear {
    min-height: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
  }

  .tag:hover,
  .clear:hover {
    border-color: var(--_accent);
  }

  .tag[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .tag-count {
    font-size: 0.875em;
  }

  .count {
    margin: 0;
    color: var(--_muted);
  }

  .no-match {
    align-items: flex-start;
  }

  .no-match p {
    margin: 0;
  }

  .items {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column-min)), 1fr));
    align-items: start;
  }

  .item {
    display: block;
    border-radius: var(--_radius);
  }

  .compact .items {
    gap: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .headline-row {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    padding: 0.6rem var(--_space);
    overflow-wrap: break-word;
  }

  .compact .item + .item {
    border-top: 1px solid var(--_border);
  }

  .item-date {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .headline {
    font-weight: 600;
  }

  .more {
    align-self: flex-start;
    padding: 0.45rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .card-box {
    display: block;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .skeleton.short {
    width: 30%;
  }

  /* Printed: the items shown, without the controls. */
  @media print {
    .controls,
    .more,
    .no-match button {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .search input,
    .tag,
    .clear,
    .more {
      border-color: ButtonText;
    }
    .tag[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
