import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

/** Questions, answers and change links in rows; on narrow screens the question above its answer. */
export const answerSummaryStyles = css`
  .answers {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(6em, 14em) minmax(0, 1fr) auto;
    gap: 0.25em ${t.space};
    padding-block: 0.5em;
    border-bottom: ${t.borderWidth} solid;
    border-bottom-color: ${t.colorBorder};
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .none {
    color: ${t.colorTextMuted};
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    dt {
      grid-column: 1 / -1;
    }
  }
`;
