import { css } from 'lit';
import { downloadStyles } from '../../styles/download.js';
import { searchStyles } from '../../styles/search.js';
import { darkTheme } from '../../styles/dark-theme.js';

const dark = darkTheme('--_mark: var(--pcw-color-mark, #7a5d00);');

const base = css`
  :host {
    /* --pcw-cooperation-areas-*; the --pcw-areas-* names are aliases until 0.3. */
    --_gap: var(--pcw-cooperation-areas-gap, var(--pcw-areas-gap, 0.75rem));
    --_column-min: var(--pcw-cooperation-areas-column-min, var(--pcw-areas-column-min, 18rem));
    --_title-size: var(--pcw-cooperation-areas-title-size, var(--pcw-areas-title-size, 1.125rem));
    --_mark: var(--pcw-color-mark, #ffe27a);
    --_duration: var(--pcw-duration, 200ms);
  }

  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  /* As wide as the view, as tall as a title's font size, out of the flow and of the hit testing:
     its size tells fitHeadings both. */
  .measure {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: var(--_title-size);
    visibility: hidden;
  }

  /* On its own surface, so that it reads on any page in any theme. */
  .search,
  .no-match {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .controls button {
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }

  .controls button:hover {
    border-color: var(--_accent);
  }

  .no-match {
    margin: 0;
  }

  .areas {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid .areas {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column-min)), 1fr));
    align-items: start;
  }

  .area {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    scroll-margin-top: var(--_space);
  }

  .area-heading {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.3;
  }

  /* Icon, label and chevron in one row; inside the label the count moves to a second line
     before the title breaks inside a word. The chevron never wraps: it keeps its column at any
     width and text size. */
  .list .area-heading,
  .grid .area-heading,
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    width: 100%;
    padding: 0.75rem var(--_space);
  }

  .label {
    display: flex;
    flex: 1 1 0;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.6rem;
    min-width: 0;
  }

  .toggle {
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }

  .toggle:hover {
    background: var(--_subtle);
  }

  .icon {
    flex: none;
    color: var(--_accent);
  }

  .title {
    flex: 1 1 10rem;
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .title::first-letter {
    text-transform: uppercase;
  }

  .count {
    /* In the narrowest label (240 px at 200 % text) the count wraps, even inside its word, rather
       than run under the chevron. */
    flex: 0 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }

  /* A narrow area (.narrow, set by fitHeadings: a phone with large text, a sidebar): the icon and
     the chevron take a row of their own and the title has the area's whole width below them, so
     that its words break only when wider than that. (Not a container query: an area that is a
     container no longer takes its width from its text where the page sizes the widget to its
     contents, a float or an inline block.) */
  .narrow :has(> .icon) {
    flex-wrap: wrap;
    row-gap: 0.25rem;
  }

  .narrow :has(> .icon) > .label {
    flex-basis: 100%;
    order: 1;
  }

  .narrow .chevron {
    margin-inline-start: auto;
  }

  .chevron {
    flex: none;
    width: 0.55rem;
    height: 0.55rem;
    margin-inline: 0.25rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg) translateY(-25%);
    transition: transform var(--_duration);
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg) translateY(-25%);
  }

  .panel {
    padding: 0 var(--_space) 0.75rem;
  }

  .panel[hidden] {
    display: none;
  }

  .description {
    display: block;
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }

  .items {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .items li {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }

  .items .description {
    margin: 0;
    font-size: 0.875em;
  }

  .placeholder {
    min-height: 12em;
  }

  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }

  /* The skeleton: boxes of the ready view's sizes (see renderSkeleton). */
  [part~='skeleton'] .search .line {
    font-weight: 600;
  }

  .input-box,
  .button-box {
    display: block;
    width: min(24rem, 100%);
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .button-box {
    width: 12rem;
    padding: 0.3rem 0.8rem;
  }

  .row {
    position: relative;
    display: block;
    font-size: var(--_title-size);
    line-height: max(1.3em, 24px);
  }

  .row > .skeleton {
    position: absolute;
    top: calc(50% - 0.5em);
    width: 60%;
    margin: 0;
  }


  /* Printed: every area open with all its items (rendered so while printing), no controls. */
  @media print {
    .search,
    .controls,
    .chevron,
    .download {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
    .area {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .area,
    .search input,
    .controls button {
      border-color: CanvasText;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

export const styles = [downloadStyles, searchStyles, base, dark];
