import { css } from 'lit';

/** What forms add to the base styles: the controls rendered by fields.ts, the error summary, primary buttons and links. */
export const fieldStyles = css`
  button.primary {
    border-color: var(--credit-color-primary);
    background: var(--credit-color-primary);
    color: var(--credit-color-on-primary);
    font-weight: 600;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.8;
  }
  a {
    color: var(--credit-color-accent);
    text-decoration: underline;
  }
  [part~='help-text'] {
    color: var(--credit-color-text-muted);
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: var(--credit-space);
  }
  .field.invalid {
    border-inline-start: 4px solid var(--credit-color-danger);
    padding-inline-start: var(--credit-space);
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-weight: normal;
    color: var(--credit-color-text-muted);
  }
  input:not([type='checkbox']),
  select {
    min-height: var(--credit-target-size);
    width: 100%;
    max-width: 32em;
    padding: 0.25em 0.5em;
    border: var(--credit-border-width) solid var(--credit-color-border);
    border-radius: var(--credit-radius);
    background: var(--credit-color-surface);
    color: var(--credit-color-text);
    font: inherit;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--credit-color-danger);
  }
  input[readonly] {
    background: var(--credit-color-surface-alt);
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
    width: max(1.25em, calc(var(--credit-target-size) * 0.55));
    height: max(1.25em, calc(var(--credit-target-size) * 0.55));
    margin: 0.15em 0 0;
    accent-color: var(--credit-color-primary);
  }
  .checkbox label {
    font-weight: normal;
    min-height: var(--credit-target-size);
    display: flex;
    align-items: center;
  }
  .error-summary {
    border: 4px solid var(--credit-color-danger);
    padding: var(--credit-space);
    margin-block: var(--credit-space);
    background: var(--credit-color-surface);
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
    color: var(--credit-color-danger);
    font-weight: 600;
  }
`;
