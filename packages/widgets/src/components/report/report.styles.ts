import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

/** The report on screen; in print, the same content on paper: no buttons, black on white, sections kept whole where they fit. */
export const creditReportStyles = css`
  .report {
    display: grid;
    gap: ${t.space};
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.1em;
    border-bottom-width: ${t.borderWidth};
    border-bottom-style: solid;
    border-bottom-color: ${t.colorBorder};
    padding-bottom: 0.25em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em ${t.space};
    margin: 0;
  }
  dt {
    color: ${t.colorTextMuted};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-left: 1.2em;
  }
  li + li {
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.25em 0.5em;
    border-bottom-width: ${t.borderWidth};
    border-bottom-style: solid;
    border-bottom-color: ${t.colorSurfaceAlt};
  }
  .grade {
    font-size: 1.6em;
    font-weight: 700;
    color: ${t.colorPrimary};
  }
  .mark {
    display: inline-block;
    margin-left: 0.5em;
    padding: 0 0.4em;
    border-radius: ${t.radius};
    background: ${t.tintWarning};
    color: ${t.colorWarning};
    font-size: 0.9em;
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  [role='alert'] {
    color: ${t.colorDanger};
  }
  @media print {
    [part~='actions'],
    [role='status']:empty {
      display: none;
    }
    .report {
      color: #000;
      background: #fff;
    }
    section {
      break-inside: avoid;
    }
    .grade {
      color: #000;
    }
  }
`;
