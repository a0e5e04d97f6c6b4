import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const statusTrackerStyles = css`
  .tracker {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stage {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${t.space};
    padding-bottom: ${t.space};
    position: relative;
  }
  .marker {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border: 2px solid ${t.colorBorder};
    border-radius: 50%;
    background: ${t.colorSurface};
    font-weight: 700;
    line-height: 1;
  }
  .done .marker {
    border-color: ${t.colorSuccess};
    color: ${t.colorSuccess};
  }
  .current .marker {
    border-color: ${t.colorAccent};
    border-width: 0.45em;
  }
  .failed .marker {
    border-color: ${t.colorDanger};
    color: ${t.colorDanger};
  }
  .body {
    min-width: 0;
  }
  .label {
    font-weight: 600;
    margin-inline-end: 0.5em;
  }
  .state {
    color: ${t.colorTextMuted};
  }
  .current .state {
    color: ${t.colorAccent};
    font-weight: 600;
  }
  .failed .state,
  .overdue {
    color: ${t.colorDanger};
    font-weight: 600;
  }
  [part~='help-text'] {
    color: ${t.colorTextMuted};
    overflow-wrap: anywhere;
  }
  .note {
    color: ${t.colorText};
  }
`;
