// The dark and high-contrast themes and elderly mode, apart from the tokens' defaults: most pages use
// none of them, so a widget loads this module only when its theme or elderly mode asks for it
// (CreditElement), and hides itself until then rather than flash the default colours.
import { unsafeCSS, type CSSResult } from 'lit';
import { colorText } from './theme.styles.js';

const dark = `
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

const highContrast = `
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

const elderly = `
  --credit-font-size: max(1.25rem, 20px);
  --credit-line-height: 1.7;
  --credit-target-size: 3rem;
  --credit-space: 1rem;
  --credit-color-text-muted: ${colorText.cssText};
  --credit-border-width: 2px;
  --credit-focus-width: 4px;
`;

/**
 * The host rules of a custom state, in both syntaxes: `:state(name)` and, for Chromium before 125
 * (where CreditElement sets `--name`), `:--name`. Separate rules, as a selector one browser does not
 * know would void the whole rule in the other.
 */
const whenState = (state: string, declarations: string) =>
  `:host(:state(${state})) {${declarations}}\n:host(:--${state}) {${declarations}}\n`;

/**
 * The dark and high-contrast themes and elderly mode (适老化: larger text and targets, strongest text
 * contrast, heavier outlines, muted text in the text colour): each sets only the tokens it changes.
 */
export const themeVariantStyles: CSSResult = unsafeCSS(
  whenState('theme-dark', dark) +
    whenState('theme-high-contrast', highContrast) +
    `@media (prefers-color-scheme: dark) {${whenState('theme-auto', dark)}}\n` +
    `@media (prefers-contrast: more) {${whenState('theme-auto', highContrast)}}\n` +
    whenState('elderly', elderly),
);
