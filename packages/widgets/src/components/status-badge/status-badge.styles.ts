import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([variant='full']) {
    display: block;
  }
  [part~='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    max-width: 100%;
  }
  .full[part~='base'] {
    display: block;
    padding: var(--credit-space);
    border: var(--credit-border-width) solid var(--credit-color-border);
    border-radius: var(--credit-radius);
    background: var(--credit-color-surface);
  }
  .chip {
    display: inline-block;
    padding: 0 0.5em;
    border: var(--credit-border-width) solid currentColor;
    border-radius: var(--credit-radius);
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='grade'] {
    border-inline-start-width: 4px;
  }
  .tone-success {
    color: var(--credit-color-success);
    background: var(--credit-tint-success);
  }
  .tone-info {
    color: var(--credit-color-info);
    background: var(--credit-tint-info);
  }
  .tone-warning {
    color: var(--credit-color-warning);
    background: var(--credit-tint-warning);
  }
  .tone-danger {
    color: var(--credit-color-danger);
    background: var(--credit-tint-danger);
  }
  .marks {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .full .marks {
    display: flex;
    margin-block: 0.5em;
  }
  .subject {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .code {
    font-weight: normal;
    color: var(--credit-color-text-muted);
    margin-inline-start: 0.5em;
  }
  .muted,
  .description {
    color: var(--credit-color-text-muted);
  }
  .full p {
    margin: 0.25em 0;
  }
  .compact .factors-toggle {
    min-height: var(--credit-target-size);
    padding: 0 0.5em;
  }
  [part~='factors'] {
    flex-basis: 100%;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 36em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: var(--credit-border-width) solid var(--credit-color-border);
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .skeleton {
    display: inline-block;
    width: 8em;
    height: 1.5em;
    border-radius: var(--credit-radius);
    background: linear-gradient(90deg, var(--credit-color-surface-alt) 25%, var(--credit-color-border) 50%, var(--credit-color-surface-alt) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
    opacity: 0.6;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
  }
`;
