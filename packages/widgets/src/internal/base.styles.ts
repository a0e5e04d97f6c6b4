import { css } from 'lit';
import * as t from './theme.styles.js';
import { themeStyles } from './theme.styles.js';

/** Styles every widget starts from: themes, text, buttons and the shared parts (forms add `fieldStyles`). */
export const baseStyles = [
  themeStyles,
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
      outline: ${t.focusWidth} solid ${t.colorFocus};
      outline-offset: 2px;
    }
    button {
      min-height: ${t.targetSize};
      min-width: ${t.targetSize};
      padding: 0.25em 1em;
      border: ${t.borderWidth} solid ${t.colorAccent};
      border-radius: ${t.radius};
      background: ${t.colorSurface};
      color: ${t.colorAccent};
      font: inherit;
      cursor: pointer;
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
