import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { draftKey } from '../drafts.js';

/** The three ways every state is checked: each UI language, and elderly mode. */
export const modes = [
  { name: 'zh-CN', locale: 'zh-CN', elderly: false },
  { name: 'en', locale: 'en', elderly: false },
  { name: 'elderly (zh-CN)', locale: 'zh-CN', elderly: true },
] as const;
export type Mode = (typeof modes)[number];

/** What a sighted user reads in the element's shadow root, whitespace collapsed. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// The caller names the element type it expects, as `querySelector<T>` does.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The button whose text contains `label`. */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes(label));
  if (!found) throw new Error(`no button "${label}" in <${el.localName}>`);
  return found;
}

/**
 * `waitUntil` with patience for what depends on the real server: it shares the machine's cores with the
 * browser and the other suites, so an answer may take seconds. Tests assert what appears, never how fast.
 */
export function eventually(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number } = {},
): Promise<void> {
  return waitUntil(predicate, message, { timeout: 20_000, ...options });
}

/**
 * Forgets the drafts of one component's forms (of one scope, when given), and only those: a test clears
 * what it made, never the storage a fixture or a later step of the same file still reads.
 */
export function forgetDrafts(component: string, ...scope: string[]): void {
  const prefix = draftKey(component, ...scope);
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
}

/** Waits until the shadow root shows `text`. */
export async function untilText(el: Element, text: string): Promise<void> {
  await eventually(
    () => visibleText(el).includes(text),
    `"${text}" never appeared in <${el.localName}>; it shows: ${visibleText(el).slice(0, 300)}`,
  );
}

/** The element focused inside `el`'s shadow root. */
export function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The elderly-mode promises a user can measure: text ≥ 18 px, line height ≥ 1.3, targets ≥ 44 px. */
export function expectElderlySizes(el: Element): void {
  const base = $(el, '[part~="base"]');
  const style = getComputedStyle(base);
  const fontSize = parseFloat(style.fontSize);
  expect(fontSize, 'base text size').to.be.at.least(18);
  expect(parseFloat(style.lineHeight) / fontSize, 'line height').to.be.at.least(1.3);
  // A checkbox or radio button is reached by its label, which is the target measured.
  const targets = $$(
    el,
    'button, input:not([type="checkbox"], [type="radio"]), select, .checkbox label, .radio label',
  ).filter((t) => t.getClientRects().length > 0);
  for (const target of targets) {
    expect(target.getBoundingClientRect().height, `height of ${target.outerHTML.slice(0, 80)}`).to.be.at.least(44);
  }
}

/**
 * Keys only, from the focused "I have read" checkbox: ticks both confirmations, then replaces the
 * signer's name with `name`. Focus ends in the signer's name.
 */
export async function confirmAndNameWithKeys(name: string): Promise<void> {
  for (const press of ['Space', 'Tab', 'Space', 'Tab']) await sendKeys({ press });
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: name });
}

/**
 * Whether the element fits a 360 px wide phone without horizontal scrolling: the page does not scroll
 * sideways and nothing rendered in the shadow root (nested widgets included) reaches past the right edge.
 */
export async function expectFitsNarrowScreen(el: HTMLElement): Promise<void> {
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({ width: 360, height: 800 });
  try {
    const walk = (root: ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...walk(e.shadowRoot)] : [e]));
    for (const node of walk(el.shadowRoot!)) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(node).position === 'absolute') continue;
      expect(box.right, `right edge of <${node.localName} ${node.className}>`).to.be.at.most(361);
    }
    expect(document.documentElement.scrollWidth, 'page width at 360 px').to.be.at.most(360);
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** A small valid PDF, as a user's file. */
export const pdfFile = (name = '营业执照.pdf', extra = '') =>
  new File([`%PDF-1.4\n%${extra}${Math.random()}\n%%EOF\n`], name, { type: 'application/pdf' });
