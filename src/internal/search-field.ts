import { html, type TemplateResult } from 'lit';

/**
 * The search field, labelled (parts `search`, `search-label`, `search-input`; styles in
 * src/styles/search.ts): one for `<cooperation-areas>` and `<city-news-feed>`.
 */
export function searchField(
  label: string,
  value: string,
  onInput: (value: string) => void,
  onKeydown: (e: KeyboardEvent) => void,
): TemplateResult {
  return html`<div part="search" class="search">
    <label part="search-label" for="search">${label}</label>
    <input
      part="search-input"
      id="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${value}
      @input=${(e: InputEvent) => onInput((e.target as HTMLInputElement).value)}
      @keydown=${onKeydown}
    />
  </div>`;
}
