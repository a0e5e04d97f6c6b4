import type { Commitment, Locale } from '@credit-kit/contract';
import { maskName, maskSubjectCode } from '@credit-kit/contract/plain';
import { html } from 'lit';
import { fact } from '../../internal/facts.js';
import type { FormMessages } from '../../internal/i18n/zh-CN.js';

export type Verification = { kind: 'pending' } | { kind: 'valid' } | { kind: 'invalid' } | { kind: 'unavailable' };

/** A natural person's name and number are masked on the receipt, which may be printed or forwarded. */
function committerShown(c: Commitment['committer']) {
  return c.kind === 'natural-person'
    ? { name: maskName(c.name), code: maskSubjectCode(c.code) }
    : { name: c.name, code: c.code };
}

function verificationText(v: Verification, t: FormMessages) {
  switch (v.kind) {
    case 'pending':
      return html`<span class="muted">${t.verifying}</span>`;
    case 'valid':
      return html`<strong class="ok"><span aria-hidden="true">✔ </span>${t.verified}</strong>`;
    case 'invalid':
      return html`<strong class="error"><span aria-hidden="true">✖ </span>${t.notVerified}</strong>`;
    case 'unavailable':
      return html`<span class="error">${t.verifyUnavailable}</span>`;
  }
}

/** The signed commitment's receipt: what was signed, when, by whom, and whether its signature checks out. */
export function renderReceipt(
  c: Commitment,
  verification: Verification,
  t: FormMessages,
  locale: Locale,
  onPrint: () => void,
) {
  const committer = committerShown(c.committer);
  const signedAt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(
    new Date(c.signedAt),
  );
  return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1"><span aria-hidden="true">✔ </span>${t.signed}</h2>
    <dl class="facts">
      ${fact(t.code, html`<strong class="commitment-code">${c.code}</strong>`)} ${fact(t.signedAt, signedAt)}
      ${fact(t.matter, c.matter.name)} ${fact(t.authority, c.authority)} ${fact(t.committerName, committer.name)}
      ${fact(t.committerCode, committer.code)}
      ${fact(t.signer, c.committer.kind === 'natural-person' ? maskName(c.signerName) : c.signerName)}
      ${fact(t.validUntil, c.validUntil)}
      ${fact(t.receiptCheck, html`<span role="status" class="verification">${verificationText(verification, t)}</span>`)}
    </dl>
    <div part="actions" class="no-print">
      <button type="button" class="primary" @click=${onPrint}>${t.print}</button>
    </div>
  </section>`;
}
