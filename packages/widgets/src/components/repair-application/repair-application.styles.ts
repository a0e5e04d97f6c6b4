import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

/** The repair wizard; a record that cannot be repaired yet shows its apply button as unavailable, not as busy. */
export const repairApplicationStyles = css`
  [part~='base'] {
    max-width: 48rem;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 1em 0 0.5em;
    color: ${t.colorPrimary};
  }
  h3 {
    font-size: 1.1em;
    margin: 1em 0 0.35em;
  }
  h4 {
    margin: 0.75em 0 0.25em;
  }
  .step-of {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: ${t.colorTextMuted};
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    margin: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
    color: ${t.colorTextMuted};
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li.current {
    color: ${t.colorText};
    font-weight: 700;
  }
  .records,
  .conditions {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .record {
    padding: ${t.space};
    margin-block: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-top: 4px solid ${t.colorPrimary};
    border-radius: ${t.radius};
    overflow-wrap: anywhere;
  }
  .record button:disabled {
    border-color: ${t.colorBorder};
    background: ${t.colorSurfaceAlt};
    color: ${t.colorTextMuted};
    cursor: not-allowed;
    opacity: 1;
  }
  .record h3 {
    margin-top: 0;
  }
  .class-tag {
    display: inline-block;
    padding: 0 0.4em;
    margin-inline-end: 0.25em;
    border: ${t.borderWidth} solid currentColor;
    border-radius: ${t.radius};
    font-size: 0.85em;
  }
  .class-serious {
    color: ${t.colorDanger};
  }
  .facts dd {
    white-space: pre-line;
  }
  .record-status {
    font-weight: 600;
  }
  .ok,
  .holds .mark,
  .state-approved {
    color: ${t.colorSuccess};
  }
  .fails .mark,
  .state-rejected,
  .failed {
    color: ${t.colorDanger};
  }
  .muted {
    color: ${t.colorTextMuted};
  }
  .conditions li {
    display: flex;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .mark {
    font-weight: 700;
  }
  details.notice-doc {
    margin-top: 0.5em;
  }
  details.notice-doc summary {
    cursor: pointer;
    color: ${t.colorAccent};
    text-decoration: underline;
    min-height: ${t.targetSize};
    display: flex;
    align-items: center;
  }
  details.notice-doc[open] {
    padding-inline: ${t.space};
    padding-bottom: ${t.space};
    background: ${t.colorSurfaceAlt};
    border-radius: ${t.radius};
  }
  fieldset {
    border: none;
    padding: 0;
    margin: calc(${t.space} * 1.5) 0 0;
  }
  legend {
    font-size: 1.1em;
    font-weight: 700;
    padding: 0;
  }
  textarea {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
  }
  .commitment-text {
    padding: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-inline-start: 4px solid ${t.colorPrimary};
    background: ${t.colorSurfaceAlt};
    white-space: pre-line;
  }
  button.link {
    border: none;
    background: none;
    color: ${t.colorAccent};
    text-decoration: underline;
    padding-inline: 0.25em;
  }
`;
