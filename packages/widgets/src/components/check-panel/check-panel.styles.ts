import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const checkPanelStyles = css`
  .panel {
    display: grid;
    gap: ${t.space};
  }
  .panel > h2 {
    margin: 0;
  }
  .staff {
    margin: 0;
  }
  .entry {
    display: grid;
    column-gap: ${t.space};
  }
  .matter .label {
    font-weight: 600;
  }
  .result {
    border-width: ${t.borderWidth};
    border-style: solid;
    border-color: ${t.colorBorder};
    border-inline-start-width: 6px;
    border-radius: ${t.radius};
    padding: ${t.space};
    background: ${t.colorSurface};
  }
  .finding-adverse {
    border-inline-start-color: ${t.colorDanger};
  }
  .finding-no-adverse-record,
  .finding-no-file,
  .closed {
    border-inline-start-color: ${t.colorSuccess};
  }
  .number,
  .code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    row-gap: 0.25rem;
    column-gap: ${t.space};
    margin-block-start: 0;
    margin-block-end: ${t.space};
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .measures {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .measure {
    border-width: ${t.borderWidth};
    border-style: solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    padding-block: 0.5rem;
    padding-inline: ${t.space};
  }
  .measure .tag,
  .measure .state {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border-width: ${t.borderWidth};
    border-style: solid;
    border-color: currentColor;
    border-radius: ${t.radius};
    font-size: 0.875em;
  }
  .measure.enforceable .state {
    color: ${t.colorDanger};
  }
  .measure.suspended {
    background: ${t.tintWarning};
  }
  .measure.suspended .state,
  .suspended,
  .why {
    color: ${t.colorWarning};
  }
  .source {
    color: ${t.colorTextMuted};
  }
  .feedback h3 {
    margin-block-end: 0;
  }
  .recent {
    border-block-start-width: ${t.borderWidth};
    border-block-start-style: solid;
    border-block-start-color: ${t.colorBorder};
    padding-block-start: ${t.space};
  }
  @media (max-width: 480px) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.25rem;
    }
  }
`;
