import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldMessages } from './i18n/zh-CN.js';

interface FieldBase {
  id: string;
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  messages: FieldMessages;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  required?: boolean;
  type?: 'text' | 'tel' | 'date';
  /** The values the widgets use (the browser's autofill tokens). */
  autocomplete?: 'name' | 'organization' | 'tel' | 'email' | 'off';
  inputmode?: 'text' | 'tel' | 'numeric' | 'decimal';
  maxlength?: number;
  /** Shown in upper case as typed (codes). */
  uppercase?: boolean;
  onInput: (value: string) => void;
}

export interface CheckboxOptions extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export interface SelectOptions extends FieldBase {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** `aria-describedby` for a control: its help text, then its error. */
const describedBy = (f: FieldBase) =>
  [f.help ? `${f.id}-help` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

const helpText = (f: FieldBase) => (f.help ? html`<div part="help-text" id="${f.id}-help">${f.help}</div>` : nothing);

// The error names itself as an error in words, so its meaning never rests on its colour.
const errorText = (f: FieldBase) =>
  f.error
    ? html`<div part="error" id="${f.id}-error">
        <span class="visually-hidden">${f.messages.errorPrefix}</span><span aria-hidden="true">⚠ </span>${f.error}
      </div>`
    : nothing;

/** A labelled text input with help text and an inline error (GOV.UK order: label, help, error, input). */
export function textField(f: TextFieldOptions): TemplateResult {
  return html`<div class="field ${f.error ? 'invalid' : ''}" part="field">
    <label part="label" for=${f.id}
      >${f.label}${f.required ? nothing : html` <span class="hint">${f.messages.optional}</span>`}</label
    >
    ${helpText(f)} ${errorText(f)}
    <input
      part="input"
      id=${f.id}
      name=${f.id}
      type=${f.type ?? 'text'}
      .value=${live(f.value)}
      autocomplete=${ifDefined(f.autocomplete)}
      inputmode=${ifDefined(f.inputmode)}
      maxlength=${ifDefined(f.maxlength)}
      spellcheck="false"
      class=${f.uppercase ? 'uppercase' : ''}
      aria-required=${f.required ? 'true' : 'false'}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @input=${(e: InputEvent) => f.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** A labelled select. */
export function selectField(f: SelectOptions): TemplateResult {
  return html`<div class="field ${f.error ? 'invalid' : ''}" part="field">
    <label part="label" for=${f.id}>${f.label}</label>
    ${helpText(f)} ${errorText(f)}
    <select
      part="input"
      id=${f.id}
      name=${f.id}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
    >
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** A checkbox with its label beside it and its error above. */
export function checkboxField(f: CheckboxOptions): TemplateResult {
  return html`<div class="field checkbox ${f.error ? 'invalid' : ''}" part="field">
    ${errorText(f)}
    <input
      part="input"
      type="checkbox"
      id=${f.id}
      name=${f.id}
      .checked=${live(f.checked)}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @change=${(e: Event) => f.onChange((e.target as HTMLInputElement).checked)}
    />
    <label part="label" for=${f.id}>${f.label}</label>
    ${helpText(f)}
  </div>`;
}

export interface TextareaOptions extends FieldBase {
  value: string;
  required?: boolean;
  rows?: number;
  /** The most characters allowed: a counter is shown (typing past it is allowed and reported, not cut off). */
  max?: number;
  /** The counter's words for `n` of `max` characters. */
  counter?: (n: number, max: number) => string;
  /** How characters are counted; the string's length by default. */
  length?: (value: string) => number;
  onInput: (value: string) => void;
}

/**
 * A labelled text area with an optional character counter (the GOV.UK character count): the counter is
 * part of the control's description and is announced politely once fewer than a tenth of the
 * characters remain, so a screen-reader user hears it when it matters, not at every key.
 */
export function textareaField(f: TextareaOptions): TemplateResult {
  const n = f.length ? f.length(f.value) : f.value.length;
  const { max, counter } = f;
  const counted = max !== undefined && counter !== undefined;
  const near = counted && n >= max * 0.9;
  const ids = [describedBy(f), counted ? `${f.id}-count` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${f.error ? 'invalid' : ''}" part="field">
    <label part="label" for=${f.id}
      >${f.label}${f.required ? nothing : html` <span class="hint">${f.messages.optional}</span>`}</label
    >
    ${helpText(f)} ${errorText(f)}
    <textarea
      part="input"
      id=${f.id}
      name=${f.id}
      rows=${f.rows ?? 5}
      .value=${live(f.value)}
      aria-required=${f.required ? 'true' : 'false'}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(ids || undefined)}
      @input=${(e: InputEvent) => f.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${
      counted
        ? html`<div
            part="help-text"
            id="${f.id}-count"
            class="counter ${n > max ? 'over' : ''}"
            aria-live=${near ? 'polite' : 'off'}
          >
            ${counter(n, max)}
          </div>`
        : nothing
    }
  </div>`;
}

export interface RadioGroupOptions extends FieldBase {
  value: string;
  /** Each choice with an optional line explaining it. */
  options: readonly { value: string; label: string; help?: string }[];
  onChange: (value: string) => void;
}

/**
 * A group of radio buttons in a fieldset whose legend is the question; each choice may carry a line
 * of explanation, read with it. The radios are named after the group (`name=id`) and identified
 * `${id}-${value}`, so an error summary links to the first.
 */
export function radioGroup(f: RadioGroupOptions): TemplateResult {
  return html`<fieldset
    class="field radios ${f.error ? 'invalid' : ''}"
    part="field"
    aria-describedby=${ifDefined(describedBy(f))}
  >
    <legend part="label">${f.label}</legend>
    ${helpText(f)} ${errorText(f)}
    ${f.options.map((o) => {
      const id = `${f.id}-${o.value}`;
      return html`<div class="radio">
        <input
          part="input"
          type="radio"
          id=${id}
          name=${f.id}
          .value=${o.value}
          .checked=${live(f.value === o.value)}
          aria-describedby=${ifDefined(o.help ? `${id}-help` : undefined)}
          @change=${() => f.onChange(o.value)}
        />
        <label part="label" for=${id}>${o.label}</label>
        ${o.help ? html`<div part="help-text" id="${id}-help">${o.help}</div>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}
