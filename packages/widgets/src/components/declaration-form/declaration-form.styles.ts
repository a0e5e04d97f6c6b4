import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const declarationFormStyles = css`
  [part~='base'] {
    max-width: 48rem;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0 0 0.25em;
    color: ${t.colorPrimary};
  }
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
  .notice {
    padding: 0.5em ${t.space};
    border-inline-start: 4px solid ${t.colorInfo};
    background: ${t.tintInfo};
  }
  .notice.warning {
    border-color: ${t.colorWarning};
    background: ${t.tintWarning};
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .alert {
    padding: 0.5em ${t.space};
    border: 2px solid ${t.colorDanger};
    border-radius: ${t.radius};
    background: ${t.tintDanger};
  }
  .alert h2,
  .alert h3 {
    margin-top: 0;
    color: ${t.colorDanger};
  }
  .error-summary {
    padding: ${t.space};
    border: 3px solid ${t.colorDanger};
    border-radius: ${t.radius};
    margin-block: ${t.space};
  }
  .error-summary h2 {
    color: ${t.colorDanger};
    font-size: 1.15em;
  }
  .evidence-help {
    margin-top: 0;
  }
  .status {
    margin-block: ${t.space};
    padding: ${t.space};
    border: ${t.borderWidth} solid ${t.colorBorder};
    border-top: 4px solid ${t.colorAccent};
    border-radius: ${t.radius};
  }
  .status h3 {
    margin-top: 0;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0 0 ${t.space};
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .state.verified {
    color: ${t.colorSuccess};
    font-weight: 700;
  }
  .state.rejected {
    color: ${t.colorDanger};
    font-weight: 700;
  }
  .state.pending {
    color: ${t.colorInfo};
    font-weight: 700;
  }
  credit-submission-list {
    margin-top: calc(${t.space} * 2);
  }
`;
