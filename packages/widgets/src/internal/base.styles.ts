import { css } from 'lit';
import { themeTokens } from './theme.styles.js';

/** Styles every widget starts from: tokens, text, buttons and the shared parts (forms add `fieldStyles`). */
export const baseStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      color: var(--credit-color-text);
      font-family: var(--credit-font-family);
      font-size: var(--credit-font-size);
      line-height: var(--credit-line-height);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
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
    :focus-visible {
      outline: var(--credit-focus-width) solid var(--credit-color-focus);
      outline-offset: 2px;
    }
    button {
      min-height: var(--credit-target-size);
      min-width: var(--credit-target-size);
      padding: 0.25em 1em;
      border: var(--credit-border-width) solid var(--credit-color-accent);
      border-radius: var(--credit-radius);
      background: var(--credit-color-surface);
      color: var(--credit-color-accent);
      font: inherit;
      cursor: pointer;
    }
    [part~='error'],
    .error {
      color: var(--credit-color-danger);
      font-weight: 600;
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--credit-space);
      margin-top: var(--credit-space);
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        animation: none !important;
        transition: none !important;
      }
    }
  `,
];
