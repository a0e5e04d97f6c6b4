// Generated from custom-elements.json by scripts/bindings.mjs: do not edit.
// Vue 3 types for every widget (templates checked by vue-tsc), and the compiler option that leaves
// the tags to the browser. Pass a property by its attribute name (`:session-token="token"`) or by its
// property name (`:sessionToken="token"`, `.sessionToken`); `:session-token.prop` would set a
// property literally named "session-token".
import type { DefineComponent } from 'vue';
import type { CreditTag, EventsOf, OwnProps } from './elements.js';

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/** Each tag's props: the element's own properties, and `onCreditStatusLoad` for `@credit-status-load`. */
type CreditComponents = {
  [T in CreditTag]: DefineComponent<
    OwnProps<T> & {
      [N in EventsOf<T> as `on${Capitalize<CamelCase<N>>}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
    }
  >;
};

declare module 'vue' {
  // Declaration merging takes an interface, and this one adds every tag of the table in elements.ts.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CreditComponents {}
}

/** For Vue's template compiler (`compilerOptions.isCustomElement`): the `credit-` tags are custom elements. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('credit-');
