import * as z from 'zod/mini';
import { phonePattern } from './rules.js';
import { upperAscii } from './identifiers.js';

export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

/** A label in both UI languages; the policy and the server speak both. */
export const LocalizedText = z.object({ 'zh-CN': z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Timestamp = z.iso.datetime({ offset: true });
export const DateOnly = z.iso.date();
/**
 * A code as a request names it (a subject's or a commitment's), up to `max` characters, in the one case
 * normalisation every route applies (upper-case ASCII), so `…abc` and `…ABC` find the same subject.
 */
export const CodeText = (max = 32) => z.string().check(z.maxLength(max), z.overwrite(upperAscii));

export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** Free text typed by a person: bounded, trimmed, never HTML (clients render it as text). */
export const text = (max: number, min = 1) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const Phone = z.string().check(z.regex(phonePattern));

export const PageQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of a cursor-paginated list; `nextCursor` is null on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
