import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryItem {
  /** Id of the failing control in the same shadow root; an item without one is listed without a link. */
  field?: string;
  message: string;
}

/** Moves focus to a control of the widget and brings it into view (what a summary link does). */
export function focusField(root: ShadowRoot | HTMLElement, id: string): void {
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The GOV.UK error-summary pattern: a titled list of what is wrong, each linking to its field.
 * The caller focuses `#error-summary` after a failed submit so screen readers read it at once.
 * Fragment links cannot reach into a shadow root, so a click focuses the field itself.
 */
export function errorSummary(
  title: string,
  items: readonly SummaryItem[],
  root: ShadowRoot | HTMLElement,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const follow = (event: Event, id: string) => {
    event.preventDefault();
    focusField(root, id);
  };
  return html`<div
    id="error-summary"
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${items.map(({ field, message }) =>
        field
          ? html`<li><a href="#${field}" @click=${(e: Event) => follow(e, field)}>${message}</a></li>`
          : html`<li>${message}</li>`,
      )}
    </ul>
  </div>`;
}
