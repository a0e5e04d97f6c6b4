import { css, unsafeCSS, type CSSResult } from 'lit';

// Theme tokens. Component rules read each `--credit-…` property with the default theme's value as its
// fallback, so the default theme declares no custom property at all: a page of a thousand badges gives
// the style engine no per-element property set to build. A portal sets any of them on the element or an
// ancestor (`credit-status-badge { --credit-color-primary: … }`); the themes and elderly mode below set
// only what they change, on the hosts that use them (page rules still beat these :host rules).

const token = (name: string, fallback: string): CSSResult => unsafeCSS(`var(--credit-${name},${fallback})`);

export const fontFamily = /* @__PURE__ */ token('font-family', "system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif");
export const fontSize = /* @__PURE__ */ token('font-size', '1rem');
export const lineHeight = /* @__PURE__ */ token('line-height', '1.6');
export const targetSize = /* @__PURE__ */ token('target-size', '2.25rem');
export const radius = /* @__PURE__ */ token('radius', '4px');
export const space = /* @__PURE__ */ token('space', '.75rem');
export const borderWidth = /* @__PURE__ */ token('border-width', '1px');
export const focusWidth = /* @__PURE__ */ token('focus-width', '3px');
export const colorSurface = /* @__PURE__ */ token('color-surface', '#fff');
export const colorSurfaceAlt = /* @__PURE__ */ token('color-surface-alt', '#f4f5f7');
export const colorText = /* @__PURE__ */ token('color-text', '#1f2328');
export const colorTextMuted = /* @__PURE__ */ token('color-text-muted', '#4d5560');
export const colorBorder = /* @__PURE__ */ token('color-border', '#7f8792');
export const colorPrimary = /* @__PURE__ */ token('color-primary', '#a61b1f');
export const colorOnPrimary = /* @__PURE__ */ token('color-on-primary', '#fff');
export const colorAccent = /* @__PURE__ */ token('color-accent', '#1d4f91');
export const colorFocus = /* @__PURE__ */ token('color-focus', '#1d4f91');
export const colorDanger = /* @__PURE__ */ token('color-danger', '#b3261e');
export const colorSuccess = /* @__PURE__ */ token('color-success', '#1d6a38');
export const colorWarning = /* @__PURE__ */ token('color-warning', '#7a4a00');
export const colorInfo = /* @__PURE__ */ token('color-info', '#1d4f91');
export const tintSuccess = /* @__PURE__ */ token('tint-success', '#e9f4ed');
export const tintInfo = /* @__PURE__ */ token('tint-info', '#e9eff8');
export const tintWarning = /* @__PURE__ */ token('tint-warning', '#fbf1e1');
export const tintDanger = /* @__PURE__ */ token('tint-danger', '#fbeaea');

const dark = css`
  --credit-color-surface: #16181c;
  --credit-color-surface-alt: #23262c;
  --credit-color-text: #eceef1;
  --credit-color-text-muted: #bcc1c9;
  --credit-color-border: #858c96;
  --credit-color-primary: #f28b82;
  --credit-color-on-primary: #16181c;
  --credit-color-accent: #9cc0f9;
  --credit-color-focus: #9cc0f9;
  --credit-color-danger: #f6aea9;
  --credit-color-success: #8fd19e;
  --credit-color-warning: #fdd663;
  --credit-color-info: #9cc0f9;
  --credit-tint-success: #1d2e23;
  --credit-tint-info: #1c2738;
  --credit-tint-warning: #332a12;
  --credit-tint-danger: #3a1e1d;
`;

const highContrast = css`
  --credit-color-surface: #fff;
  --credit-color-surface-alt: #fff;
  --credit-color-text: #000;
  --credit-color-text-muted: #000;
  --credit-color-border: #000;
  --credit-color-primary: #6e0000;
  --credit-color-on-primary: #fff;
  --credit-color-accent: #002a6b;
  --credit-color-focus: #000;
  --credit-color-danger: #7a0000;
  --credit-color-success: #003d14;
  --credit-color-warning: #4a2d00;
  --credit-color-info: #002a6b;
  --credit-tint-success: #fff;
  --credit-tint-info: #fff;
  --credit-tint-warning: #fff;
  --credit-tint-danger: #fff;
  --credit-border-width: 2px;
  --credit-focus-width: 4px;
`;

/**
 * The dark and high-contrast themes and elderly mode (适老化: larger text and targets, strongest text
 * contrast, heavier outlines): each sets only the tokens it changes.
 */
export const themeStyles = css`
  :host(:state(theme-dark)) {
    ${dark}
  }
  :host(:state(theme-high-contrast)) {
    ${highContrast}
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      ${dark}
    }
  }
  @media (prefers-contrast: more) {
    :host(:state(theme-auto)) {
      ${highContrast}
    }
  }
  :host(:state(elderly)) {
    --credit-font-size: max(1.25rem, 20px);
    --credit-line-height: 1.7;
    --credit-target-size: 3rem;
    --credit-space: 1rem;
    --credit-color-text-muted: ${colorText};
    --credit-border-width: 2px;
    --credit-focus-width: 4px;
  }
`;
