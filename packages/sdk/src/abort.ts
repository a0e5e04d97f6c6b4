import { APIUserAbortError, type ErrorLanguage } from './errors.js';

/**
 * Lets one caller stop waiting for a shared result (a batched look-up) without cancelling it for
 * the other callers waiting on the same request.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  language: ErrorLanguage,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new APIUserAbortError(language, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new APIUserAbortError(language, signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
