// JSX types for the <credit-…> elements: their properties, and their events as React 19 wires
// them (`oncredit-commitment-signed` adds a listener for `credit-commitment-signed`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CreditCommitmentForm, CreditStatusBadge } from '@credit-kit/widgets';

/** The shared attributes of every widget (see CreditElement). */
interface CommonProps {
  locale?: 'zh-CN' | 'en';
  theme?: 'default' | 'dark' | 'high-contrast' | 'auto';
  elderly?: boolean;
  'base-url'?: string;
  'publishable-key'?: string;
}

/** `on<event-name>` props for the element's typed `credit-…` events. */
type EventProps<Names extends keyof GlobalEventHandlersEventMap> = {
  [N in Names as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

type WidgetProps<E, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & CommonProps & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'credit-status-badge': WidgetProps<
        CreditStatusBadge,
        { code: string; variant?: 'compact' | 'full' } & EventProps<'credit-status-load' | 'credit-status-error'>
      >;
      'credit-commitment-form': WidgetProps<
        CreditCommitmentForm,
        { template: string; sessionToken?: string } & EventProps<'credit-commitment-signed' | 'credit-commitment-error'>
      >;
    }
  }
}
