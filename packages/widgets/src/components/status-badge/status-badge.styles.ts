import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

// The base is the containing block of the visually hidden texts (otherwise each is positioned against
// the page's); the skeleton is still: nothing to animate, restyle or repaint while a wall of badges loads.
export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    contain: layout style;
  }
  :host([variant='full']) {
    display: block;
  }
  [part~='base'] {
    position: relative;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    max-width: 100%;
  }
  :host([variant='full']) [part~='base'] {
    display: block;
    padding: ${t.space};
    border: ${t.borderWidth} solid ${t.colorBorder};
    border-radius: ${t.radius};
    background: ${t.colorSurface};
  }
  .chip {
    display: inline-block;
    padding: 0 0.5em;
    border: ${t.borderWidth} solid currentColor;
    border-radius: ${t.radius};
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='grade'] {
    border-inline-start-width: 4px;
  }
  .tone-success {
    color: ${t.colorSuccess};
    background: ${t.tintSuccess};
  }
  .tone-info {
    color: ${t.colorInfo};
    background: ${t.tintInfo};
  }
  .tone-warning {
    color: ${t.colorWarning};
    background: ${t.tintWarning};
  }
  .tone-danger {
    color: ${t.colorDanger};
    background: ${t.tintDanger};
  }
  [part~='marks'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([variant='full']) [part~='marks'] {
    display: flex;
    margin-block: 0.5em;
  }
  .subject {
    font-weight: 600;
  }
  .subject .muted {
    font-weight: normal;
    margin-inline-start: 0.5em;
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  p {
    margin: 0.25em 0;
  }
  button {
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
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: ${t.borderWidth} solid ${t.colorBorder};
    text-align: start;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tfoot {
    font-weight: 700;
  }
  .skeleton {
    display: inline-block;
    width: 8em;
    height: 1.5em;
    border-radius: ${t.radius};
    background: ${t.colorSurfaceAlt};
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
  }
`;
