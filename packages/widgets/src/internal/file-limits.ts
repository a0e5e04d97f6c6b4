import type { Locale, Policy } from '@credit-kit/contract';

/** What the policy allows for evidence files (`GET /v1/policy` → `files`). */
export type FileLimits = Policy['files'];

/** A file size as people read it: `850 KB`, `1.2 MB`. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

const extensions: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/gif': 'GIF',
  'image/tiff': 'TIFF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};
const byExtension = Object.fromEntries(Object.entries(extensions).map(([type, ext]) => [ext.toLowerCase(), type]));
byExtension['jpeg'] = 'image/jpeg';

/** The allowed types as people name them: `PDF、JPG、PNG`. */
export function typeNames(types: readonly string[], locale: Locale): string {
  const names = types.map((t) => extensions[t] ?? (t.split('/').pop() ?? t).toUpperCase());
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}

/** The type a file will be sent as: its own, or one read from its name when the browser gave none. */
export function fileType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return byExtension[ext] ?? 'application/octet-stream';
}

/** Why a file cannot be uploaded under the limits, before any byte is sent; undefined when it can. */
export function fileRefusal(
  file: { name: string; type: string; size: number },
  limits: FileLimits,
): 'type' | 'size' | 'empty' | undefined {
  if (!limits.contentTypes.includes(fileType(file))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > limits.maxBytes) return 'size';
  return undefined;
}

/** The file's SHA-256 as 64 hex digits (what the API records and returns as `sha256`). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
