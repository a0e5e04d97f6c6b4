import { css } from 'lit';

// Theme tokens. Declared on :host so a portal can override any of them on the element
// (`credit-status-badge { --credit-color-primary: … }`), since page rules beat :host rules.

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
  --credit-color-surface: #ffffff;
  --credit-color-surface-alt: #ffffff;
  --credit-color-text: #000000;
  --credit-color-text-muted: #000000;
  --credit-color-border: #000000;
  --credit-color-primary: #6e0000;
  --credit-color-on-primary: #ffffff;
  --credit-color-accent: #002a6b;
  --credit-color-focus: #000000;
  --credit-color-danger: #7a0000;
  --credit-color-success: #003d14;
  --credit-color-warning: #4a2d00;
  --credit-color-info: #002a6b;
  --credit-tint-success: #ffffff;
  --credit-tint-info: #ffffff;
  --credit-tint-warning: #ffffff;
  --credit-tint-danger: #ffffff;
  --credit-border-width: 2px;
  --credit-focus-width: 4px;
`;

/** Tokens of the default government-portal theme (deep red and blue accents) and its variants. */
export const themeTokens = css`
  :host {
    --credit-font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif;
    --credit-font-size: 1rem;
    --credit-line-height: 1.6;
    --credit-target-size: 2.25rem;
    --credit-radius: 4px;
    --credit-space: 0.75rem;
    --credit-border-width: 1px;
    --credit-focus-width: 3px;
    --credit-color-surface: #ffffff;
    --credit-color-surface-alt: #f4f5f7;
    --credit-color-text: #1f2328;
    --credit-color-text-muted: #4d5560;
    --credit-color-border: #7f8792;
    --credit-color-primary: #a61b1f;
    --credit-color-on-primary: #ffffff;
    --credit-color-accent: #1d4f91;
    --credit-color-focus: #1d4f91;
    --credit-color-danger: #b3261e;
    --credit-color-success: #1d6a38;
    --credit-color-warning: #7a4a00;
    --credit-color-info: #1d4f91;
    --credit-tint-success: #e9f4ed;
    --credit-tint-info: #e9eff8;
    --credit-tint-warning: #fbf1e1;
    --credit-tint-danger: #fbeaea;
  }
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
  /* Elderly-friendly (适老化): larger text and targets, strongest text contrast, heavier outlines. */
  :host(:state(elderly)) {
    --credit-font-size: max(1.25rem, 20px);
    --credit-line-height: 1.7;
    --credit-target-size: 3rem;
    --credit-space: 1rem;
    --credit-color-text-muted: var(--credit-color-text);
    --credit-border-width: 2px;
    --credit-focus-width: 4px;
  }
`;
