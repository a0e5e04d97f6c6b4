import { fixture, html, expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { validateUscc } from '@credit-kit/contract';

@customElement('smoke-el')
class SmokeEl extends LitElement {
  @property() code = '';
  override render() {
    return html`<p>${validateUscc(this.code).ok ? 'ok' : 'bad'}</p>`;
  }
}

it('renders with legacy decorators and the contract in Chromium', async () => {
  const el = await fixture<SmokeEl>(html`<smoke-el code="91350200776049653A"></smoke-el>`);
  expect(el.shadowRoot!.textContent).to.contain('ok');
});
