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
  #number {
    letter-spacing: 0.05em;
    width: 22em;
  }
  [part~='help-text'] {
    margin: 0.25em 0 0;
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
