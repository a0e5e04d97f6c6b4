/** Registers a custom element unless the page already has one by that name (two bundles on one page). */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
