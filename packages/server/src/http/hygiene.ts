import { ApiError, type ProblemField } from './problem.js';

/**
 * Text the API refuses before anything else sees it: a NUL character (PostgreSQL cannot store it in
 * text or jsonb) and a lone UTF-16 surrogate (not a character at all; no UTF-8 encoding exists for it).
 */
// eslint-disable-next-line no-control-regex -- the NUL character is what is looked for
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be stored, or undefined when it can. */
export function badTextReason(text: string): 'nul-character' | 'lone-surrogate' | undefined {
  const m = BAD_TEXT.exec(text);
  if (!m) return undefined;
  return m[0] === '\u0000' ? 'nul-character' : 'lone-surrogate';
}

const messages = {
  'nul-character': { 'zh-CN': '含有空字符(U+0000)', en: 'contains a NUL character (U+0000)' },
  'lone-surrogate': {
    'zh-CN': '含有不成对的 UTF-16 代理项,不是有效字符',
    en: 'contains a lone UTF-16 surrogate, which is not a character',
  },
  'bad-percent-encoding': { 'zh-CN': '的百分号编码格式错误', en: 'has a malformed percent-encoding' },
} as const;

type FieldError = ProblemField;

const fieldError = (path: string, code: keyof typeof messages): FieldError => ({
  path,
  code,
  message: {
    'zh-CN': `${path || '内容'}${messages[code]['zh-CN']}`,
    en: `${path || 'The value'} ${messages[code].en}`,
  },
});

const where = {
  path: { 'zh-CN': '路径', en: 'path' },
  query: { 'zh-CN': '查询参数', en: 'query' },
  'request body': { 'zh-CN': '请求内容', en: 'request body' },
} as const;

const refuse = (at: keyof typeof where, errors: FieldError[]) =>
  new ApiError(
    'validation_failed',
    {
      'zh-CN': `${where[at]['zh-CN']}中含有无法保存的文字`,
      en: `The ${where[at].en} contains text that cannot be stored`,
    },
    { errors },
  );

/**
 * Every string (and object key) in a parsed JSON value that cannot be stored, as field errors with dotted
 * paths. Iterative, so a deeply nested document cannot exhaust the stack.
 */
export function badTextIn(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: [unknown, string][] = [[value, root]];
  while (errors.length < 20) {
    const item = stack.pop();
    if (!item) break;
    const [v, path] = item;
    if (typeof v === 'string') {
      const reason = badTextReason(v);
      if (reason) errors.push(fieldError(path, reason));
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, path ? `${path}.${i}` : String(i)]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const keyPath = path ? `${path}.${key}` : key;
        const reason = badTextReason(key);
        if (reason) errors.push(fieldError(keyPath, reason));
        else stack.push([item, keyPath]);
      }
    }
  }
  return errors;
}

/** Refuses a JSON body holding text that cannot be stored (422 naming each field). */
export function assertStorableJson(value: unknown): void {
  const errors = badTextIn(value);
  if (errors.length) throw refuse('request body', errors);
}

/** `decodeURIComponent`, but undefined instead of throwing on a malformed escape or invalid UTF-8. */
function strictDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A request URL's path and query string (without `?` and without a fragment). */
function urlParts(url: string): { path: string; query: string } {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return { path: '/', query: '' };
  const hash = url.indexOf('#', start);
  const end = hash < 0 ? url.length : hash;
  const q = url.indexOf('?', start);
  return q < 0 || q > end
    ? { path: url.slice(start, end), query: '' }
    : { path: url.slice(start, q), query: url.slice(q + 1, end) };
}

/** The path's problem, when it holds a malformed percent-encoding or text that cannot be stored. */
function pathError(path: string): FieldError | undefined {
  // Only an escape can carry a NUL or a surrogate: the URL itself is ASCII.
  if (!path.includes('%')) return undefined;
  const decoded = strictDecode(path);
  if (decoded === undefined) return fieldError('path', 'bad-percent-encoding');
  const reason = badTextReason(decoded);
  return reason ? fieldError('path', reason) : undefined;
}

/**
 * A request's query parameters, decoded strictly in the one pass that checks them: `+` is a space, the
 * first value of a name wins (as Hono's `c.req.query()`). A malformed percent-encoding, a NUL character
 * or a lone surrogate in the path or in a parameter is refused with 422 problem+json naming the path or
 * the parameter. Path parameters come from Hono's router, decoded from a path checked here.
 */
export function decodeUrl(url: string): Record<string, string> {
  const { path, query } = urlParts(url);
  const bad = pathError(path);
  if (bad) throw refuse('path', [bad]);
  const params = Object.create(null) as Record<string, string>;
  if (!query) return params;
  const errors: FieldError[] = [];
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    let name = eq < 0 ? pair : pair.slice(0, eq);
    let value = eq < 0 ? '' : pair.slice(eq + 1);
    if (/[%+]/.test(pair)) {
      const decodedName = strictDecode(name.replaceAll('+', ' '));
      const decodedValue = strictDecode(value.replaceAll('+', ' '));
      const shownName = decodedName !== undefined && !badTextReason(decodedName) ? decodedName : 'query';
      if (decodedName === undefined || decodedValue === undefined) {
        errors.push(fieldError(shownName, 'bad-percent-encoding'));
        continue;
      }
      const reason = badTextReason(decodedName) ?? badTextReason(decodedValue);
      if (reason) {
        errors.push(fieldError(shownName, reason));
        continue;
      }
      [name, value] = [decodedName, decodedValue];
    }
    if (name) params[name] ??= value;
  }
  if (errors.length) throw refuse('query', errors);
  return params;
}
