// Helpers shared by the stories' play functions.
import { waitFor } from 'storybook/test';

/**
 * The shadow root of the first `tag` in the story, once it has rendered and stopped loading (a widget
 * says it is busy on its ElementInternals, as `aria-busy` in the accessibility tree, or with the
 * `loading` custom state).
 */
export async function settled(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  const element = canvas.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  await element.updateComplete;
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${tag}> has no shadow root`);
  await waitFor(() => {
    if (element.matches(':state(loading)') || root.querySelector('[aria-busy="true"]'))
      throw new Error(`<${tag}> is still loading`);
  });
  return root;
}

/** Types into a field inside a widget's shadow root, as a user would (one input event). */
export function fill(root: ShadowRoot, id: string, value: string): void {
  const input = root.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Ticks a checkbox inside a widget's shadow root. */
export function tick(root: ShadowRoot, id: string): void {
  (root.getElementById(id) as HTMLInputElement).click();
}

/** Fills in the commitment form completely: what a subject types before pressing submit. */
export function completeCommitmentForm(root: ShadowRoot, signer = '王建国'): void {
  fill(root, 'contactPhone', '0851-86812345');
  tick(root, 'read');
  tick(root, 'truthful');
  fill(root, 'signerName', signer);
}

/** Presses the form's submit button. */
export function submit(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}
