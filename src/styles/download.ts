import { css } from 'lit';

/** The "Get the data" link of a `downloadable` widget (`part="download"`, class `download`). */
export const downloadStyles = css`
  .download {
    align-self: flex-start;
    font-size: 0.875em;
    text-underline-offset: 0.15em;
  }

  .download::before {
    content: '↓' / '';
    margin-inline-end: 0.3em;
  }
`;
