import { unsafeCSS, type CSSResult } from 'lit';

// Theme tokens. Component rules read each `--credit-…` property with the default theme's value as its
// fallback, so the default theme declares no custom property at all: a page of a thousand badges gives
// the style engine no per-element property set to build. A portal sets any of them on the element or an
// ancestor (`credit-status-badge { --credit-color-primary: … }`); the themes and elderly mode
// (theme-variants.styles.ts, loaded by the widgets that use them) set only what they change, on the
// hosts that use them (page rules still beat those :host rules).

const token = (name: string, fallback: string): CSSResult => unsafeCSS(`var(--credit-${name},${fallback})`);

// The page's own typeface unless a portal sets one: an embedded widget reads as part of the portal.
export const fontFamily = /* @__PURE__ */ token('font-family', 'inherit');
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
