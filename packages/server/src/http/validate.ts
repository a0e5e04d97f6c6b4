import * as z from 'zod/mini';
import type { FieldError } from '@credit-kit/contract';
import { ApiError } from './problem.js';

/** Zod issues as the problem's field errors: dotted paths, and the rule a validator names as the code. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const reason = (issue as { params?: { reason?: unknown } }).params?.reason;
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      code: typeof reason === 'string' ? reason : issue.code,
      message: issue.message,
    };
  });
}

export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new ApiError('validation_failed', `The ${where} is not valid`, { errors: fieldErrors(result.error.issues) });
}
