// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// React components for every widget, and the JSX types of the bare tags for React 19, which sets
// properties on custom elements and adds listeners for `on<event-name>` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CreditCommitmentForm } from '../entries/commitment-form.js';
import type { CreditStatusBadge } from '../entries/status-badge.js';
export { CreditCommitmentForm } from './commitment-form.js';
export { CreditStatusBadge } from './status-badge.js';

/** The element's own writable properties (not those of every HTML element), and React's HTML props. */
type ElementProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Exclude<K, keyof HTMLElement>>>;

/** `on<event-name>` props for the element's typed events (`oncredit-status-load`). */
type EventProps<Names extends keyof GlobalEventHandlersEventMap> = {
  [N in Names as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'credit-commitment-form': ElementProps<
        CreditCommitmentForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'template' | 'theme'
      > &
        EventProps<'credit-commitment-error' | 'credit-commitment-signed'>;
      'credit-status-badge': ElementProps<
        CreditStatusBadge,
        'baseUrl' | 'code' | 'elderly' | 'locale' | 'publishableKey' | 'role' | 'sessionToken' | 'theme' | 'variant'
      > &
        EventProps<'credit-status-error' | 'credit-status-load'>;
    }
  }
}
