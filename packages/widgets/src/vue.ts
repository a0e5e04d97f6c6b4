// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// Vue 3 types for every widget (templates checked by vue-tsc), and the compiler option that leaves
// the tags to the browser. Pass a property by its attribute name (`:session-token="token"`) or by its
// property name (`:sessionToken="token"`, `.sessionToken`); `:session-token.prop` would set a
// property literally named "session-token".
import type { DefineComponent } from 'vue';
import type { CreditAnswerSummary } from './entries/answer-summary.js';
import type { CreditCommitmentForm } from './entries/commitment-form.js';
import type { CreditDeclarationForm } from './entries/declaration-form.js';
import type { CreditFileUpload } from './entries/file-upload.js';
import type { CreditObjectionForm } from './entries/objection-form.js';
import type { CreditRepairApplication } from './entries/repair-application.js';
import type { CreditStatusBadge } from './entries/status-badge.js';
import type { CreditStatusTracker } from './entries/status-tracker.js';
import type { CreditSubmissionList } from './entries/submission-list.js';

type ElementProps<E extends HTMLElement, K extends keyof E> = Partial<Pick<E, Exclude<K, keyof HTMLElement>>>;

/** `@credit-status-load` in a template is the prop `onCreditStatusLoad`. */
type EventProps<Names extends keyof GlobalEventHandlersEventMap> = {
  [N in Names as `on${Capitalize<CamelCase<N>>}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

declare module 'vue' {
  interface GlobalComponents {
    'credit-answer-summary': DefineComponent<
      ElementProps<
        CreditAnswerSummary,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'rows' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-answer-change'>
    >;
    'credit-commitment-form': DefineComponent<
      ElementProps<
        CreditCommitmentForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'template' | 'theme'
      > &
        EventProps<'credit-commitment-error' | 'credit-commitment-signed'>
    >;
    'credit-declaration-form': DefineComponent<
      ElementProps<
        CreditDeclarationForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-declaration-error' | 'credit-declaration-submitted'>
    >;
    'credit-file-upload': DefineComponent<
      ElementProps<
        CreditFileUpload,
        | 'baseUrl'
        | 'elderly'
        | 'error'
        | 'files'
        | 'label'
        | 'limits'
        | 'locale'
        | 'publishableKey'
        | 'required'
        | 'sessionToken'
        | 'theme'
      > &
        EventProps<'credit-files-change'>
    >;
    'credit-objection-form': DefineComponent<
      ElementProps<
        CreditObjectionForm,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'record' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-objection-error' | 'credit-objection-submitted' | 'credit-objection-updated'>
    >;
    'credit-repair-application': DefineComponent<
      ElementProps<
        CreditRepairApplication,
        'baseUrl' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'theme'
      > &
        EventProps<'credit-repair-error' | 'credit-repair-submitted' | 'credit-repair-updated'>
    >;
    'credit-status-badge': DefineComponent<
      ElementProps<
        CreditStatusBadge,
        'baseUrl' | 'code' | 'elderly' | 'locale' | 'publishableKey' | 'role' | 'sessionToken' | 'theme' | 'variant'
      > &
        EventProps<'credit-status-error' | 'credit-status-load'>
    >;
    'credit-status-tracker': DefineComponent<
      ElementProps<
        CreditStatusTracker,
        'baseUrl' | 'calendar' | 'elderly' | 'locale' | 'publishableKey' | 'sessionToken' | 'stages' | 'theme' | 'today'
      > &
        EventProps<never>
    >;
    'credit-submission-list': DefineComponent<
      ElementProps<
        CreditSubmissionList,
        | 'baseUrl'
        | 'describe'
        | 'elderly'
        | 'heading'
        | 'highlight'
        | 'kind'
        | 'locale'
        | 'pageSize'
        | 'publishableKey'
        | 'sessionToken'
        | 'theme'
      > &
        EventProps<'credit-submission-select'>
    >;
  }
}

/** For Vue's template compiler (`compilerOptions.isCustomElement`): the `credit-` tags are custom elements. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('credit-');
