import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const submissionListStyles = css`
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .item {
    padding: 0.5em ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    min-width: 0;
  }
  .item.new {
    border-inline-start: 4px solid ${t.colorAccent};
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em ${t.space};
  }
  button.link {
    min-width: 0;
    padding: 0;
    border: none;
    background: none;
    color: ${t.colorAccent};
    text-align: start;
    text-decoration: underline;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status {
    padding: 0 0.5em;
    border-radius: ${t.radius};
    font-weight: 600;
    white-space: nowrap;
  }
  .status.good {
    background: ${t.tintSuccess};
    color: ${t.colorSuccess};
  }
  .status.bad {
    background: ${t.tintDanger};
    color: ${t.colorDanger};
  }
  .status.open {
    background: ${t.tintInfo};
    color: ${t.colorInfo};
  }
  .reason,
  [part~='help-text'] {
    overflow-wrap: anywhere;
  }
  .pager {
    align-items: center;
  }
  .alert {
    color: ${t.colorDanger};
  }
`;
