import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

// The compact badge is laid out as one line of text: inline elements, no flex box, nothing positioned
// (a wall of a thousand badges measured half the layout time of the earlier inline-flex box with a
// positioned screen-reader text). `content-visibility: auto` was measured too and saved nothing there.
// The full card's and the factor table's rules come with their templates (status-badge.details.ts).
// - `:host(:state(loading))`: the host is its own skeleton, still (nothing to animate, restyle or repaint).
// - `.chip`: a long mark (in English, in elderly mode) wraps on a narrow screen, each line keeping its border.
// - `[part~='toggle']` reads as a link (a line of text in the compact badge); elderly mode keeps its large target.
// Notes stay out of the css literal: a comment inside it ships to every page.
export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  :host([variant='full']) {
    display: block;
  }
  :host(:state(loading)) {
    min-inline-size: 8em;
    min-block-size: 1.5em;
    border-radius: ${t.radius};
    background: ${t.colorSurfaceAlt};
  }
  .chip {
    padding: 0 0.5em;
    border: ${t.borderWidth} solid currentColor;
    border-radius: ${t.radius};
    font-weight: 600;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
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
  [part~='marks'],
  [part~='marks'] li {
    display: inline;
    margin: 0;
    padding: 0;
  }
  [part~='marks'] li {
    padding: 0 0.5em;
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  [part~='toggle'] {
    min-width: 0;
    min-height: 0;
    padding: 0 0.25em;
    border-color: transparent;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  :host(:state(elderly)) [part~='toggle'] {
    min-height: ${t.targetSize};
  }
  @media (forced-colors: active) {
    .chip,
    :host(:state(loading)) {
      border: 1px solid CanvasText;
    }
  }
`;
