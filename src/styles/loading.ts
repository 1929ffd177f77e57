import { css } from 'lit';

/**
 * The loading view with fallback content: the skeleton, hidden, and the fallback in the same
 * grid cell, so that the box is as tall as the skeleton (the widget's size when ready, reserved)
 * or the fallback, whichever is taller, and the fallback stays readable.
 */
export const loadingStyles = css`
  .pcw-loading {
    display: grid;
  }
  .pcw-loading > * {
    grid-area: 1 / 1;
    min-width: 0;
  }
  .pcw-reserve,
  .pcw-reserve * {
    visibility: hidden;
    animation: none !important;
  }
`;
