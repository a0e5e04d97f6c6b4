// The floor every widget is compared with: a minimal Lit element, Lit bundled, built the same way.
// The badge wall renders this very element, so the size floor and the rendering floor are one thing.
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

/** Lit core alone: what every Lit component pays before it does anything. */
const litCoreSource = `export { LitElement, html, css } from 'lit';`;

export const buildFloorElement = () => bundleSource('floor-element', floorElementSource);
export const buildLitCore = () => bundleSource('lit-core', litCoreSource);
