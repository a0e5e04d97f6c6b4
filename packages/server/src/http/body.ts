import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './problem.js';

export const JSON_BODY_LIMIT = 256 * 1024;

/** Hono's body limit, answering 413 `payload_too_large` as a problem (declared or streamed size). */
export const limitBody = (maxSize: number): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError('payload_too_large', `The request body is limited to ${maxSize} bytes`);
    },
  });

/** Parses a JSON request body: 415 for another media type, 400 `invalid_json` for malformed text. */
export function parseJson(c: Context, bytes: Uint8Array): unknown {
  const type = c.req.header('content-type');
  if (type && !/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'Send the request body as application/json');
  }
  if (bytes.byteLength === 0) throw new ApiError('invalid_json', 'The request body is empty');
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid JSON');
  }
}
