import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const commitmentFormStyles = css`
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }
  .template {
    max-height: var(--credit-template-max-height, 24rem);
    overflow: auto;
    padding: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-top: 4px solid ${t.colorPrimary};
    border-radius: ${t.radius};
    background: ${t.colorSurfaceAlt};
  }
  .prose {
    white-space: pre-line;
    margin: 0;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: calc(${t.space} * 2) 0 0;
  }
  legend {
    font-size: 1.2em;
    font-weight: 700;
    padding: 0;
  }
  .prefilled {
    margin: 0.25em 0 0;
  }
  .receipt {
    padding: ${t.space};
    border: 2px solid ${t.colorSuccess};
    border-radius: ${t.radius};
  }
  .receipt h2 {
    color: ${t.colorSuccess};
  }
  .commitment-code {
    font-size: 1.2em;
    letter-spacing: 0.05em;
  }
  .ok {
    color: ${t.colorSuccess};
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    [part~='actions'],
    .no-print,
    .notice {
      display: none !important;
    }
    .template {
      max-height: none;
      overflow: visible;
      background: none;
    }
    .receipt {
      border-color: #000;
    }
  }
`;
