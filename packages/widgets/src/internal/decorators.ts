import type { PropertyDeclaration, ReactiveElement } from 'lit';

// Lit's `property` and `state` for this repository's legacy (experimentalDecorators) class fields only:
// the same `createProperty` call without the standard-decorator and accessor branches of
// `lit/decorators.js`, which every bundle would otherwise carry (about 0.4 kB min + gzip).

type Host = { constructor: typeof ReactiveElement };

/** A reactive property, with an attribute unless `attribute: false` (as `lit/decorators.js` `property`). */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    (proto as Host).constructor.createProperty(name, options);

/** Internal reactive state: re-renders on change, no attribute (as `lit/decorators.js` `state`). */
export const state = (options?: PropertyDeclaration): ((proto: object, name: PropertyKey) => void) =>
  property({ ...options, state: true, attribute: false });
