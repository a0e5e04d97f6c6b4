import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const creditReportVerifyStyles = css`
  form {
    display: grid;
    gap: ${t.space};
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space};
    align-items: end;
  }
  label {
    display: block;
    font-weight: 600;
  }
  #number {
    min-height: ${t.targetSize};
    padding: 0 0.5em;
    border-width: ${t.borderWidth};
    border-style: solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    font: inherit;
    letter-spacing: 0.05em;
    width: 22em;
    max-width: 100%;
  }
  button {
    min-height: ${t.targetSize};
    padding: 0 1em;
    border-width: ${t.borderWidth};
    border-style: solid;
    border-color: ${t.colorPrimary};
    border-radius: ${t.radius};
    background: ${t.colorPrimary};
    color: ${t.colorOnPrimary};
    font: inherit;
    cursor: pointer;
  }
  input:focus-visible,
  button:focus-visible {
    outline-width: ${t.focusWidth};
    outline-style: solid;
    outline-color: ${t.colorFocus};
    outline-offset: 2px;
  }
  [part~='help-text'] {
    color: ${t.colorTextMuted};
    margin: 0.25em 0 0;
  }
  .error {
    color: ${t.colorDanger};
  }
  [part~='result'] {
    padding: ${t.space};
    border-left-width: 0.4em;
    border-left-style: solid;
    border-left-color: ${t.colorBorder};
    border-radius: ${t.radius};
  }
  [part~='result'] h3 {
    margin: 0 0 0.25em;
  }
  .current {
    border-color: ${t.colorSuccess};
    background: ${t.tintSuccess};
  }
  .superseded,
  .expired {
    border-color: ${t.colorWarning};
    background: ${t.tintWarning};
  }
  .forged {
    border-color: ${t.colorDanger};
    background: ${t.tintDanger};
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em ${t.space};
    margin: 0.5em 0 0;
  }
  dd {
    margin: 0;
  }
`;
