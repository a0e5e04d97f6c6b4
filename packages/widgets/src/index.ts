// `@credit-kit/widgets`: registers every component and exports the shared configuration.
export * from './entries/status-badge.js';
export * from './entries/commitment-form.js';
export { CreditElement } from './internal/credit-element.js';
