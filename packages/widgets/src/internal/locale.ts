import type { Locale } from '@credit-kit/contract';

export const defaultLocale: Locale = 'zh-CN';

/** Maps a BCP 47 tag to a supported UI language: en-* → en, zh-* → zh-CN, anything else → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const t = tag?.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

/** The `lang` of the nearest ancestor, crossing shadow-root boundaries. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

// One observer on <html lang> for every widget: a portal's language switch usually flips only that.
const langListeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` when the document element's `lang` changes; returns the unsubscribe function. */
export function watchDocumentLang(listener: () => void): () => void {
  langListeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => langListeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
