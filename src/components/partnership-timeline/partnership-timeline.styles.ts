import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pcw-partnership-timeline-gap, 0.75rem);
    --_entry-width: var(--pcw-partnership-timeline-entry-width, 16rem);
    --_year-size: var(--pcw-partnership-timeline-year-size, 1.25rem);
    --_title-size: var(--pcw-partnership-timeline-title-size, 1rem);
    --_dot: 0.75rem;
    /* The entries' indent from the axis: 1.25rem, less on a phone with large text (as --_space). */
    --_indent: min(1.25rem, 6.25vw);
  }

  /* On its own surface, so that it reads on any page in any theme. */
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .calendar-all,
  .calendar {
    align-self: flex-start;
    font-size: 0.875em;
    text-underline-offset: 0.15em;
  }

  .calendar-all::before,
  .calendar::before {
    content: '↓' / '';
    margin-inline-end: 0.3em;
  }

  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  p {
    margin: 0;
  }

  .year-heading {
    margin: 0 0 0.5rem;
    font-size: var(--_year-size);
    line-height: 1.3;
  }

  .years {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }

  /* The axis: a line along the entries, a dot at each. */
  .entries {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--_border);
  }

  .entry {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    /* 0.75rem at the sides, less on a phone with large text (as --_indent). */
    padding: 0.6rem min(0.75rem, 3.75vw);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    scroll-margin: var(--_space);
  }

  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * var(--_indent) - 1px - var(--_dot) / 2);
    top: 0.9rem;
    width: var(--_dot);
    height: var(--_dot);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }

  .entry.upcoming::before {
    background: var(--_accent);
  }

  .entry[aria-current='true'] {
    border: 2px solid var(--_accent);
    background: var(--_subtle);
    box-shadow: 0 0 0 2px var(--_surface);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.6rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .date {
    font-weight: 600;
    color: var(--_text);
  }

  .kind,
  .badge {
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
  }

  .badge {
    color: var(--_accent);
  }

  .entry-title {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.35;
    overflow-wrap: break-word;
  }

  .entry-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }

  .entry-button:hover {
    text-decoration: underline;
  }

  .span {
    display: block;
    max-width: 100%;
    color: var(--_accent);
    fill: currentColor;
  }

  .place,
  .description,
  .related {
    font-size: 0.9375em;
  }

  .place {
    color: var(--_muted);
  }

  .related li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }

  /* Today: a rule across the axis with its label and date. */
  .today {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_accent);
    font-weight: 600;
    font-size: 0.875em;
  }

  .today::before,
  .today::after {
    content: '';
    flex: 1 1 0;
    border-top: 2px dashed currentColor;
  }

  .today::before {
    flex: 0 0 1rem;
  }

  /* Horizontal: the years side by side on a scrollable axis; the list stays the structure. */
  .horizontal .axis {
    overflow-x: auto;
    overscroll-behavior-x: contain;
    padding: 0.25rem 0.25rem var(--_space);
    border-radius: var(--_radius);
  }

  .horizontal .years,
  .horizontal .entries {
    flex-direction: row;
    align-items: stretch;
  }

  .horizontal .years {
    width: max-content;
  }

  .horizontal .year {
    display: flex;
    flex-direction: column;
  }

  .horizontal .entries {
    flex: 1 1 auto;
    padding: 1.25rem 0 0;
    border-inline-start: 0;
    border-top: 2px solid var(--_border);
  }

  .horizontal .entry {
    width: min-content;
    min-width: var(--_entry-width);
  }

  .horizontal .entry::before {
    inset-inline-start: 0.75rem;
    top: calc(-1.25rem - 1px - var(--_dot) / 2);
  }

  .horizontal .span {
    max-width: none;
  }

  .horizontal .today {
    flex-direction: column;
    justify-content: flex-start;
    padding-top: 0.25rem;
    writing-mode: horizontal-tb;
  }

  .horizontal .today::before {
    flex: 0 0 1rem;
    border-top: 0;
    border-inline-start: 2px dashed currentColor;
  }

  .horizontal .today::after {
    border-top: 0;
    border-inline-start: 2px dashed currentColor;
  }

  .vertical .span {
    display: none;
  }

  /* The skeleton: a year heading's line and one box per entry. */
  .year-line {
    width: 4rem;
    height: var(--_year-size);
  }

  .entry-line {
    height: 4.5rem;
    border-radius: var(--_radius);
  }

  @media print {
    .calendar-all,
    .calendar {
      display: none;
    }
    .horizontal .axis {
      overflow: visible;
    }
    .horizontal .years,
    .horizontal .entries {
      flex-direction: column;
      width: auto;
    }
    .entry {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .entry,
    .entry[aria-current='true'] {
      border-color: CanvasText;
    }
    .entry[aria-current='true'] {
      outline: 2px solid Highlight;
    }
    .entry::before,
    .today {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
