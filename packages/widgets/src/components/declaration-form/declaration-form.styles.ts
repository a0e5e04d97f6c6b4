import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const declarationFormStyles = css`
  h3 {
    font-size: 1.15em;
    margin: 1em 0 0.25em;
  }
  fieldset.group {
    border: none;
    padding: 0;
    margin: calc(${t.space} * 2) 0 0;
    min-width: 0;
  }
  fieldset.group > legend {
    font-size: 1.15em;
    font-weight: 700;
    padding: 0;
  }
  .notice.warning {
    border-color: ${t.colorWarning};
    background: ${t.tintWarning};
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .evidence-help {
    margin-top: 0;
  }
  credit-submission-list {
    margin-top: calc(${t.space} * 2);
  }
`;
