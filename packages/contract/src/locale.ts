// Plain code, no schemas: the server negotiates the language of its problems with it.
import type { Locale, LocalizedText } from './common.js';

/**
 * The UI language an `Accept-Language` header asks for: the first zh or en range by weight, zh-CN when
 * neither is named (the default language of the product).
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  }
  return 'zh-CN';
}

/** Text in both UI languages. */
export const bilingual = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
