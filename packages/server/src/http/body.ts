import type { Context } from 'hono';
import { ApiError } from './problem.js';

export const JSON_BODY_LIMIT = 256 * 1024;

/** The request body's bytes, refused with 413 as soon as it passes `maxBytes` (declared or streamed). */
export async function readBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError('payload_too_large', `The request body is limited to ${maxBytes} bytes`);
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON request body: 415 for another media type, 400 `invalid_json` for malformed text. */
export function parseJson(c: Context, bytes: Uint8Array): unknown {
  const type = c.req.header('content-type');
  if (type && !/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'Send the request body as application/json');
  }
  if (bytes.byteLength === 0) throw new ApiError('invalid_json', 'The request body is empty');
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid JSON');
  }
}
