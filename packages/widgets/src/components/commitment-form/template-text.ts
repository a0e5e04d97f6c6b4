import type { CommitmentTemplate, Locale } from '@credit-kit/contract';
import { commitmentTypeLabels } from '@credit-kit/contract/plain';
import { html, nothing } from 'lit';
import { fact } from '../../internal/facts.js';
import type { FormMessages } from '../../internal/i18n/zh-CN.js';

const disclosureLabel = (d: CommitmentTemplate['disclosure'], t: FormMessages) =>
  d === 'public' ? t.disclosurePublic : d === 'restricted' ? t.disclosureRestricted : t.disclosurePrivate;

/**
 * The commitment text the signer agrees to, in a scrollable region that is itself focusable so
 * keyboard users can scroll it. Every value is the department's text, rendered as text.
 */
export function renderTemplateText(template: CommitmentTemplate, t: FormMessages, locale: Locale) {
  const typeLabel = commitmentTypeLabels[template.type][locale];
  const section = (title: string, text: string) =>
    text
      ? html`<h3>${title}</h3>
          <p class="prose">${text}</p>`
      : nothing;
  return html`<section part="template" class="template" tabindex="0" aria-labelledby="template-title">
    <h2 id="template-title">${template.title}</h2>
    <dl class="facts">
      ${fact(t.authority, template.authority)} ${fact(t.matter, template.matter.name)} ${fact(t.type, typeLabel)}
      ${template.replaces ? fact(t.replaces, template.replaces) : nothing}
      ${fact(t.validity, t.validityMonths(template.validityMonths))}
      ${fact(t.disclosure, disclosureLabel(template.disclosure, t))}
    </dl>
    ${section(t.cause, template.cause)} ${section(t.content, template.content)}
    ${section(t.conditions, template.conditions)} ${section(t.verification, template.verification)}
    ${section(t.liability, template.liability)}
  </section>`;
}
