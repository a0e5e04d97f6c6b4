import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { CreditElement } from './credit-element.js';
import { define } from './define.js';
import { Lazy } from './lazy.js';

// The base class's loading of rare-path modules, on an element of its own: what a widget shows while a
// module loads, once it has, and when it cannot be loaded (a dropped connection, a chunk gone after a
// redeploy). The widgets' own tests cover the paths that load.

let attempts = 0;
const missing = new Lazy<{ text: string }>(() => {
  attempts++;
  return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
});
const present = new Lazy(
  () => new Promise<{ text: string }>((resolve) => setTimeout(() => resolve({ text: '已加载' }), 20)),
);

class LazyProbe extends CreditElement {
  override render() {
    const loaded = this.lazy(present);
    const lost = this.lazy(missing);
    return html`<p id="present">${loaded ? loaded.text : '…'}</p>
      <p id="missing">${lost ? lost.text : missing.failed ? '无法加载' : '…'}</p>`;
  }
}
define('credit-lazy-probe', LazyProbe);

describe('CreditElement: modules loaded on demand', () => {
  it('renders again once a module has loaded; updateComplete waits for it', async () => {
    const el = await fixture<LazyProbe>(fixtureHtml`<credit-lazy-probe></credit-lazy-probe>`);
    expect(el.shadowRoot!.querySelector('#present')!.textContent).to.equal('已加载');
  });

  it('shows what it can without a module that failed to load, and does not ask for it on every render', async () => {
    const el = await fixture<LazyProbe>(fixtureHtml`<credit-lazy-probe></credit-lazy-probe>`);
    expect(el.shadowRoot!.querySelector('#missing')!.textContent).to.equal('无法加载');
    const before = attempts;
    el.requestUpdate();
    await el.updateComplete;
    expect(attempts, 'no new attempt per render').to.equal(before);
  });

  it('shows a themed, elderly element once its theme module has loaded: hidden only while pending', async () => {
    const el = await fixture<LazyProbe>(fixtureHtml`<credit-lazy-probe theme="dark" elderly></credit-lazy-probe>`);
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(el.matches(':state(theme-pending)')).to.equal(false);
    expect(el.matches(':state(elderly)')).to.equal(true);
  });
});
