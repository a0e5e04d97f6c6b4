// The floor every widget is compared with: a minimal Lit element, Lit bundled, built the same way.
// The badge wall renders this very element, so the size floor and the rendering floor are one thing.
import { maxStatusBatch } from '@credit-kit/contract';
import { bundleSource } from './size.mjs';

/** Tag of the floor element; it renders its `text` and fires `floor-load` once, like a badge's final event. */
export const floorTag = 'floor-badge';

const floorElementSource = `
import { LitElement, css, html } from 'lit';
class FloorBadge extends LitElement {
  static properties = { text: {} };
  static styles = css\`:host { display: inline-block; }\`;
  render() { return html\`<span part="base">\${this.text}</span>\`; }
  firstUpdated() { this.dispatchEvent(new Event('floor-load', { bubbles: true, composed: true })); }
}
customElements.define('${floorTag}', FloorBadge);
`;

/**
 * Tag of the data floor: a minimal Lit element that fetches what it shows. Each asks for its `code`;
 * the codes asked for in one task go out `maxStatusBatch` (100) to a request, as plain fetches of the batch look-up
 * (`window.floorApi` = { baseUrl, key }); it renders the same line a compact badge shows and fires
 * `floor-load` once that is on screen. What any element showing API data pays, with nothing of a badge
 * (no validation, SDK, retries, cache, states, events with details, styles or accessibility).
 */
export const dataFloorTag = 'floor-data-badge';

const dataFloorElementSource = `
import { LitElement, css, html } from 'lit';
const names = { A: 'A级 诚信', B: 'B级 良好', C: 'C级 关注', D: 'D级 失信' };
let queue = new Map();
function flush() {
  const asked = [...queue];
  queue = new Map();
  for (let i = 0; i < asked.length; i += ${maxStatusBatch}) {
    const part = asked.slice(i, i + ${maxStatusBatch});
    const { baseUrl, key } = window.floorApi;
    fetch(baseUrl + '/v1/statuses?codes=' + part.map(([code]) => code).join(',') + '&key=' + key)
      .then((response) => response.json())
      .then(({ statuses }) => {
        const byCode = new Map(statuses.map((s) => [s.code, s]));
        for (const [code, resolvers] of part) for (const resolve of resolvers) resolve(byCode.get(code));
      });
  }
}
function lookUp(code) {
  return new Promise((resolve) => {
    if (queue.size === 0) setTimeout(flush);
    queue.set(code, [...(queue.get(code) ?? []), resolve]);
    if (queue.size === ${maxStatusBatch}) flush();
  });
}
class FloorDataBadge extends LitElement {
  static properties = { code: {}, text: { state: true } };
  static styles = css\`:host { display: inline-block; }\`;
  connectedCallback() {
    super.connectedCallback();
    lookUp(this.code).then((s) => (this.text = s ? names[s.grade] + ' 有效信用承诺 ' + s.activeCommitments + ' 项 查看评价依据' : '?'));
  }
  render() { return html\`<span part="base">\${this.text}</span>\`; }
  updated() { if (this.text !== undefined) this.dispatchEvent(new Event('floor-load', { bubbles: true, composed: true })); }
}
customElements.define('${dataFloorTag}', FloorDataBadge);
`;

/** Lit core alone: what every Lit component pays before it does anything. */
const litCoreSource = `export { LitElement, html, css } from 'lit';`;

export const buildFloorElement = () => bundleSource('floor-element', floorElementSource);
export const buildDataFloorElement = () => bundleSource('floor-data-element', dataFloorElementSource);
export const buildLitCore = () => bundleSource('lit-core', litCoreSource);
