// Requests generated from the OpenAPI document: for every operation, bodies, path and query values drawn
// from its schemas (valid-looking, with the demo's real codes and ids mixed in) and then, most of the time,
// broken in one of the ways a careless or hostile client breaks them.
import fc from 'fast-check';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON Schema is untyped

export interface Operation {
  method: 'GET' | 'POST';
  path: string;
  pathParams: string[];
  query: Schema[];
  body?: Schema;
  upload: boolean;
  /** The security schemes the operation admits (`publishableKey`, `subjectSession`, `secretKey`); none: public. */
  access: string[];
}

export interface FuzzRequest {
  operation: string;
  mutation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Real values a request may name, so generated requests also reach past the look-ups. */
export interface Known {
  codes: string[];
  ids: string[];
  templateHash: string;
  tokens: string[];
}

export function operations(doc: Schema): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const method of ['get', 'post'] as const) {
      const op = item[method];
      if (!op) continue;
      const params: Schema[] = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      out.push({
        method: method.toUpperCase() as 'GET' | 'POST',
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query'),
        body: content['application/json']?.schema,
        upload: !content['application/json'] && Object.keys(content).length > 0,
        access: (op.security ?? []).flatMap((s: Schema) => Object.keys(s)),
      });
    }
  }
  return out;
}

const nasty = fc.constantFrom(
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table audit_log; --",
  '\u202e\u200b',
  '𠀀𠀁',
  '%00',
  '../../etc/passwd',
  ' ',
  '',
  '٣',
  '\n\r\t',
  '9'.repeat(400),
);

/** A JSON Schema as a fast-check arbitrary (bounded sizes; patterns generated where the engine can). */
export function fromSchema(schema: Schema, doc: Schema, known: Known, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return fromSchema(resolve(schema.$ref, doc), doc, known, name, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s: Schema) => fromSchema(s, doc, known, name, depth)));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  const special = knownValue(name, known);
  switch (type) {
    case 'string': {
      let base: fc.Arbitrary<string>;
      if (schema.format === 'date') base = fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      else if (schema.format === 'date-time') base = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      else if (schema.pattern && schema.format !== 'starts_with') {
        try {
          base = fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? 200));
        } catch {
          base = fc.string({ maxLength: 20 });
        }
      } else
        base = fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 40, 40),
          unit: 'grapheme',
        });
      return special ? fc.oneof(special, base) : base;
    }
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, doc, known, name, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object': {
      if (depth > 6 || !schema.properties) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries<Schema>(schema.properties).map(([k, s]) => [k, fromSchema(s, doc, known, k, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function knownValue(name: string, known: Known): fc.Arbitrary<string> | undefined {
  if (/code$/i.test(name) || name === 'subject') return fc.constantFrom(...known.codes);
  if (/(^id|Id)$/.test(name)) return fc.constantFrom(...known.ids);
  if (name === 'agreedTextHash') return fc.constant(known.templateHash);
  return undefined;
}

function resolve(ref: string, doc: Schema): Schema {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Schema>((at, key) => at[key], doc);
}

/** Percent-encodes any string, lone surrogates included (as their WTF-8 bytes, which no decoder accepts). */
export function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/^[A-Za-z0-9\-._~]$/.test(ch)) out += ch;
    else if (ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff) {
      const c = ch.charCodeAt(0);
      out +=
        `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** Replaces the value at a random leaf of `value`; `pick` chooses among the leaves' paths. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([k, v]) => leaves(v, [...path, k])) : [path];
  }
  return [path];
}

function setAt(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next === REMOVE ? undefined : next;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const [head, ...rest] = path;
  // A fuzzed request with one member left out: deleting by the generated path is the point.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  if (rest.length === 0 && next === REMOVE) delete copy[head!];
  else copy[head!] = setAt(copy[head!], rest, next);
  return copy;
}
const REMOVE = Symbol('remove');

const badPathSegment = fc.constantFrom(
  '%ZZ',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  'x'.repeat(5000),
  '..%2F..%2F',
  '%C0%AF',
);

/**
 * Who sends the request: mostly a caller the operation admits (so the input reaches validation and the
 * handler), otherwise nobody, each kind of key from the wrong place, a session, or garbage.
 */
function auth(op: Operation, known: Known) {
  const as = {
    publishableKey: { authorization: `Bearer ${known.tokens[0]}`, origin: 'http://localhost:5173' },
    secretKey: { authorization: `Bearer ${known.tokens[1]}` },
    subjectSession: { authorization: `Bearer ${known.tokens[2]}` },
  } as Record<string, Record<string, string>>;
  const admitted = op.access.map((a) => as[a]!).filter(Boolean);
  const any = fc.constantFrom<Record<string, string>>(
    {},
    as.publishableKey!,
    { authorization: `Bearer ${known.tokens[0]}`, origin: 'https://evil.example' },
    as.secretKey!,
    { authorization: `Bearer ${known.tokens[1]}`, origin: 'http://localhost:5173' },
    as.subjectSession!,
    { authorization: 'Bearer sk_not_a_key' },
    { authorization: 'Basic Zm9vOmJhcg==' },
  );
  return admitted.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...admitted) }, { weight: 1, arbitrary: any })
    : any;
}

/** One generated request for `op`: a valid-looking one, or one broken in a way named by `mutation`. */
export function requestFor(op: Operation, doc: Schema, known: Known): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(
    ...op.pathParams.map((p) =>
      fc.oneof(
        { weight: 3, arbitrary: knownValue(p, known) ?? fc.constantFrom(...known.ids) },
        { weight: 2, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), nasty).map(encode) },
        { weight: 1, arbitrary: badPathSegment },
      ),
    ),
  );
  const query = fc.record(
    Object.fromEntries(
      op.query.map((q) => [
        q.name,
        fc.oneof(
          {
            weight: 3,
            arbitrary: fromSchema(q.schema, doc, known, q.name).map((v) =>
              encode(typeof v === 'string' ? v : (JSON.stringify(v) ?? '')),
            ),
          },
          { weight: 1, arbitrary: nasty.map(encode) },
          { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%00', '%ED%A0%80', 'a%2', '&&==&') },
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const body = op.body ? fromSchema(op.body, doc, known) : fc.constant(undefined);
  const mutation = fc.constantFrom(
    'valid',
    'valid',
    'wrong-type',
    'missing-field',
    'unknown-field',
    'bad-text',
    'huge-string',
    'oversized-body',
    'broken-json',
    'deep-json',
    'wrong-content-type',
    'no-body',
    'extra-query',
  );
  return fc
    .record({
      params,
      query,
      body,
      mutation,
      auth: auth(op, known),
      leafPick: fc.nat(),
      junk: fc.jsonValue({ maxDepth: 3 }),
      text: nasty,
      depth: fc.integer({ min: 1000, max: 100_000 }),
      idempotent: fc.boolean(),
    })
    .map(({ params, query, body, mutation, auth: authHeaders, leafPick, junk, text, depth, idempotent }) => {
      let path = op.path;
      op.pathParams.forEach((p, i) => (path = path.replace(`{${p}}`, params[i] as string)));
      const search = Object.entries(query as Record<string, string>).map(([k, v]) => `${k}=${v}`);
      if (mutation === 'extra-query') search.push(`${encode(JSON.stringify(junk) ?? 'x')}=${encode(text)}`);
      const url = `${path}${search.length ? `?${search.join('&')}` : ''}`;
      const headers: Record<string, string> = { ...authHeaders };
      if (idempotent && op.method === 'POST') headers['idempotency-key'] = `fuzz-${leafPick % 50}`;
      const request: FuzzRequest = { operation: `${op.method} ${op.path}`, mutation, method: op.method, url, headers };
      if (op.method === 'GET') return request;
      if (op.upload) {
        headers['content-type'] = mutation === 'wrong-content-type' ? 'text/html' : 'application/pdf';
        const pdf = `%PDF-1.4\n${mutation === 'bad-text' ? '<script>alert(1)</script>' : '%fuzz'}\n%%EOF\n`;
        request.body =
          mutation === 'oversized-body'
            ? new Uint8Array(11 * 1024 * 1024).fill(0x25)
            : new Uint8Array(Buffer.from(pdf));
        return request;
      }
      let value: unknown = body;
      const spots = leaves(value);
      const spot = spots[leafPick % spots.length]!;
      switch (mutation) {
        case 'wrong-type':
          value = setAt(value, spot, junk);
          break;
        case 'missing-field':
          value = setAt(value, spot, REMOVE);
          break;
        case 'unknown-field':
          value = value && typeof value === 'object' ? { ...value, [`x${leafPick}`]: junk } : { extra: junk };
          break;
        case 'bad-text':
          value = setAt(value, spot, text);
          break;
        case 'huge-string':
          value = setAt(value, spot, 'x'.repeat(leafPick % 2 ? 200_000 : 5_000));
          break;
      }
      headers['content-type'] = mutation === 'wrong-content-type' ? 'text/plain' : 'application/json';
      if (mutation === 'no-body') return request;
      if (mutation === 'broken-json') request.body = JSON.stringify(value ?? {}).slice(0, -1) + ',';
      else if (mutation === 'deep-json') request.body = '['.repeat(depth) + ']'.repeat(depth);
      else if (mutation === 'oversized-body') request.body = JSON.stringify({ pad: 'x'.repeat(300 * 1024) });
      else request.body = JSON.stringify(value ?? {});
      return request;
    });
}
