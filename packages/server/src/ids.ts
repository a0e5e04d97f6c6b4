import { createHash, randomBytes } from 'node:crypto';

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Random, URL-safe, prefixed: `dec_3kq…`. The time part keeps ids of one kind roughly in creation order. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(9).toString('base64url')}`;
}

export const randomToken = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;
