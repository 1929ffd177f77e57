import { css } from 'lit';

/** The labelled search field of `searchField` (src/internal/search-field.ts): `<cooperation-areas>` and `<city-news-feed>`. */
export const searchStyles = css`
  .search label {
    font-weight: 600;
  }

  .search input {
    width: min(24rem, 100%);
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
`;
