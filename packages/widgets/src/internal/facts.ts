import { html, type TemplateResult } from 'lit';

/**
 * One fact of a `<dl class="facts">` (styled by `formStyles`): a label and its value (text or a template, never
 * HTML). Its own module, so that a widget's entry can show facts without the form fields.
 */
export const fact = (label: string, value: unknown): TemplateResult =>
  html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
