import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const objectionFormStyles = css`
  [part~='base'] {
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1.15em;
    margin: 1em 0 0.5em;
  }
  h4 {
    font-size: 1.05em;
    margin: 0 0 0.25em;
  }
  fieldset.records,
  fieldset.promise {
    border: none;
    padding: 0;
    margin: ${t.space} 0 0;
    min-inline-size: 0;
  }
  fieldset.records.invalid {
    border-inline-start: 4px solid ${t.colorDanger};
    padding-inline-start: ${t.space};
  }
  legend {
    font-size: 1.1em;
    font-weight: 700;
    padding: 0;
  }
  .record {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
    margin-block: ${t.space};
    padding: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
  }
  .record.chosen {
    border: 2px solid ${t.colorAccent};
    background: ${t.tintInfo};
  }
  .record input {
    width: max(1.25em, calc(${t.targetSize} * 0.55));
    height: max(1.25em, calc(${t.targetSize} * 0.55));
    margin: 0;
    accent-color: ${t.colorPrimary};
  }
  .record > :not(input) {
    grid-column: 2;
  }
  .record.has-objection {
    display: block;
    background: ${t.colorSurfaceAlt};
  }
  .record-title {
    font-weight: 600;
    min-height: ${t.targetSize};
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .record.has-objection .record-title {
    min-height: 0;
  }
  .open-objection {
    margin: 0.5em 0 0;
    color: ${t.colorInfo};
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    padding: 0 0.4em;
    border: ${t.borderWidth} solid currentColor;
    border-radius: ${t.radius};
    font-size: 0.9em;
    font-weight: 600;
  }
  .promise-text {
    padding: ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-inline-start: 4px solid ${t.colorPrimary};
    background: ${t.colorSurfaceAlt};
    margin: 0.5em 0;
  }
  .prose {
    white-space: pre-line;
  }
  .success {
    padding: ${t.space};
    border: 2px solid ${t.colorSuccess};
    background: ${t.tintSuccess};
  }
  .success p {
    margin: 0.25em 0 0;
  }
  .suspended,
  .outcome {
    margin-block: ${t.space};
    padding: ${t.space};
    border: 2px solid ${t.colorWarning};
    background: ${t.tintWarning};
  }
  .suspended p,
  .outcome p {
    margin: 0.25em 0;
  }
  .measures,
  .changes {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .suspended-mark {
    color: ${t.colorWarning};
  }
  .outcome.upheld {
    border-color: ${t.colorSuccess};
    background: ${t.tintSuccess};
  }
  .outcome.refused {
    border-color: ${t.colorDanger};
    background: ${t.tintDanger};
  }
  .changes-title,
  .measures-title {
    font-weight: 600;
  }
  .list {
    margin-top: calc(${t.space} * 2);
  }
  :focus {
    scroll-margin: ${t.space};
  }
  h3[tabindex='-1']:focus {
    outline: none;
  }
`;
