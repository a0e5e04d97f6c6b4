import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './problem.js';

export const JSON_BODY_LIMIT = 256 * 1024;

/**
 * Hono's body limit, answering 413 `payload_too_large` as a problem. A body of a declared length (which
 * Node's HTTP parser holds the client to) is judged by its header alone: Hono's middleware would first
 * turn @hono/node-server's light request into a full one and lose its fast body read. A streamed body
 * goes through Hono's middleware, which counts it as it arrives.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = () =>
    new ApiError('payload_too_large', {
      'zh-CN': `请求内容不能超过 ${maxSize} 字节`,
      en: `The request body is limited to ${maxSize} bytes`,
    });
  const streamed = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (Number(declared) > maxSize) throw tooLarge();
    await next();
  };
}

/** Parses a JSON request body: 415 for another media type, 400 `invalid_json` for malformed text. */
export function parseJson(c: Context, bytes: Uint8Array): unknown {
  const type = c.req.header('content-type');
  if (type && !/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', {
      'zh-CN': '请求内容应为 application/json',
      en: 'Send the request body as application/json',
    });
  }
  if (bytes.byteLength === 0)
    throw new ApiError('invalid_json', { 'zh-CN': '请求内容为空', en: 'The request body is empty' });
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new ApiError('invalid_json', {
      'zh-CN': '请求内容不是有效的 JSON',
      en: 'The request body is not valid JSON',
    });
  }
}
