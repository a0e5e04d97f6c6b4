import { css } from 'lit';
import * as t from './theme.styles.js';

/**
 * What forms add to the base styles: the controls rendered by fields.ts, the error summary, primary buttons,
 * links and screen-reader texts (`.visually-hidden`: the form's error prefixes and its submission status).
 */
export const fieldStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button.primary {
    border-color: ${t.colorPrimary};
    background: ${t.colorPrimary};
    color: ${t.colorOnPrimary};
    font-weight: 600;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.8;
  }
  a {
    color: ${t.colorAccent};
    text-decoration: underline;
  }
  [part~='help-text'] {
    color: ${t.colorTextMuted};
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: ${t.space};
  }
  .field.invalid {
    border-inline-start: 4px solid ${t.colorDanger};
    padding-inline-start: ${t.space};
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-weight: normal;
    color: ${t.colorTextMuted};
  }
  input:not([type='checkbox'], [type='radio']),
  textarea,
  select {
    min-height: ${t.targetSize};
    width: 100%;
    max-width: 32em;
    padding: 0.25em 0.5em;
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    background: ${t.colorSurface};
    color: ${t.colorText};
    font: inherit;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid ${t.colorDanger};
  }
  input[readonly] {
    background: ${t.colorSurfaceAlt};
  }
  input.uppercase {
    text-transform: uppercase;
  }
  .checkbox {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  .checkbox [part~='error'],
  .checkbox [part~='help-text'] {
    grid-column: 1 / -1;
  }
  .checkbox input {
    width: max(1.25em, calc(${t.targetSize} * 0.55));
    height: max(1.25em, calc(${t.targetSize} * 0.55));
    margin: 0.15em 0 0;
    accent-color: ${t.colorPrimary};
  }
  .checkbox label {
    font-weight: normal;
    min-height: ${t.targetSize};
    display: flex;
    align-items: center;
  }
  .error-summary {
    border: 4px solid ${t.colorDanger};
    padding: ${t.space};
    margin-block: ${t.space};
    background: ${t.colorSurface};
  }
  .error-summary h2 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: ${t.colorDanger};
    font-weight: 600;
  }
  textarea {
    max-width: 100%;
    box-sizing: border-box;
    resize: vertical;
    line-height: inherit;
  }
  .counter.over {
    color: ${t.colorDanger};
    font-weight: 600;
  }
  fieldset.radios {
    border: none;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }
  fieldset.radios.invalid {
    padding-inline-start: ${t.space};
  }
  fieldset.radios legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .radio {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: center;
  }
  .radio input {
    width: max(1.25em, calc(${t.targetSize} * 0.55));
    height: max(1.25em, calc(${t.targetSize} * 0.55));
    margin: 0;
    accent-color: ${t.colorPrimary};
  }
  .radio label {
    font-weight: normal;
    min-height: ${t.targetSize};
    display: flex;
    align-items: center;
  }
  .radio [part~='help-text'] {
    grid-column: 2;
    margin-block-end: 0.5em;
  }
`;

/**
 * What the form widgets add: their box, title, the note of a restored draft, the alert of a failure, and
 * facts (facts.ts: labels and values in two columns aligned across rows, stacked on narrow screens).
 */
export const formStyles = css`
  [part~='base'] {
    max-width: 48rem;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    color: ${t.colorPrimary};
  }
  .notice {
    padding: 0.5em ${t.space};
    border-inline-start: 4px solid ${t.colorInfo};
    background: ${t.tintInfo};
  }
  .alert {
    padding: ${t.space};
    margin-block: ${t.space};
    border: 4px solid ${t.colorDanger};
    background: ${t.colorSurface};
  }
  .alert :is(h2, h3) {
    color: ${t.colorDanger};
    margin-top: 0;
  }
  .alert p {
    margin: 0.25em 0;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .facts dt {
    color: ${t.colorTextMuted};
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
