import { css } from 'lit';
import * as t from './theme.styles.js';

/**
 * Styles every widget starts from: themes, text, buttons and the shared parts (forms add `fieldStyles`).
 * - `:host(:state(theme-pending))`: its theme's colours are still loading (theme-variants.styles.ts), shown
 *   once they have arrived.
 * - `a.button`: a link that does what a button does (opens a page), shown as one.
 *
 * Notes on rules live in comments outside the css literals: a comment inside one ships to every page.
 */
export const baseStyles = [
  css`
    :host {
      display: block;
      color: ${t.colorText};
      font-family: ${t.fontFamily};
      font-size: ${t.fontSize};
      line-height: ${t.lineHeight};
    }
    :host([hidden]) {
      display: none;
    }
    :host(:state(theme-pending)) {
      visibility: hidden;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    :focus-visible {
      outline: ${t.focusWidth} solid;
      outline-color: ${t.colorFocus};
      outline-offset: 2px;
    }
    button,
    a.button {
      min-height: ${t.targetSize};
      min-width: ${t.targetSize};
      padding: 0.25em 1em;
      border: ${t.borderWidth} solid;
      border-color: ${t.colorAccent};
      border-radius: ${t.radius};
      background: ${t.colorSurface};
      color: ${t.colorAccent};
      font: inherit;
      cursor: pointer;
    }
    a.button {
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
    [part~='error'],
    .error {
      color: ${t.colorDanger};
      font-weight: 600;
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${t.space};
      margin-top: ${t.space};
    }
  `,
];
