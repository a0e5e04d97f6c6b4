import { css } from 'lit';

export const commitmentFormStyles = css`
  [part~='base'] {
    max-width: 48rem;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    color: var(--credit-color-primary);
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }
  .template {
    max-height: var(--credit-template-max-height, 24rem);
    overflow: auto;
    padding: var(--credit-space);
    border: var(--credit-border-width) solid var(--credit-color-border);
    border-top: 4px solid var(--credit-color-primary);
    border-radius: var(--credit-radius);
    background: var(--credit-color-surface-alt);
  }
  .prose {
    white-space: pre-line;
    margin: 0;
  }
  dl {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: calc(var(--credit-space) * 2) 0 0;
  }
  legend {
    font-size: 1.2em;
    font-weight: 700;
    padding: 0;
  }
  .prefilled {
    margin: 0.25em 0 0;
  }
  .notice {
    padding: 0.5em var(--credit-space);
    border-inline-start: 4px solid var(--credit-color-info);
    background: var(--credit-tint-info);
  }
  .alert {
    padding: var(--credit-space);
    margin-block: var(--credit-space);
    border: 4px solid var(--credit-color-danger);
    background: var(--credit-color-surface);
  }
  .alert h2 {
    color: var(--credit-color-danger);
  }
  .alert p {
    margin: 0.25em 0;
  }
  .label {
    font-weight: 600;
  }
  canvas {
    display: block;
    width: 100%;
    max-width: 480px;
    aspect-ratio: 3 / 1;
    border: var(--credit-border-width) dashed var(--credit-color-border);
    border-radius: var(--credit-radius);
    background: #ffffff;
    touch-action: none;
    cursor: crosshair;
  }
  .typed-signature {
    margin: 0;
    font-family: 'STKaiti', 'KaiTi', 'Kaiti SC', cursive;
    font-size: 1.8em;
    min-height: 1.5em;
    border-bottom: var(--credit-border-width) solid var(--credit-color-border);
    max-width: 480px;
  }
  .receipt {
    padding: var(--credit-space);
    border: 2px solid var(--credit-color-success);
    border-radius: var(--credit-radius);
  }
  .receipt h2 {
    color: var(--credit-color-success);
  }
  .commitment-code {
    font-size: 1.2em;
    letter-spacing: 0.05em;
  }
  .ok {
    color: var(--credit-color-success);
  }
  .muted {
    color: var(--credit-color-text-muted);
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
