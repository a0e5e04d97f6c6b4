// The OpenAPI 3.1 document, generated from the route table and the contract's schemas, made for code
// generators: every exported schema a route reaches is a named component (`Status`, `Commitment`, …),
// a route's unnamed request or response gets a name of its own (`DishonestyRecordPage`,
// `GetCommitmentResponse`), maps keyed by an enum list their keys, and every operation declares the
// problem responses it can give.
import * as z from 'zod/mini';
import * as contract from './index.js';
import { errorStatus } from './error-status.js';
import { type ErrorCode, problemTypeBase } from './errors.js';
import { routes, type Access, type RouteDef } from './routes.js';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && '_zod' in value;
/** `table[key]`, which the document's own loops filled: a missing entry is a bug in this file. */
function lookup<K extends PropertyKey, T>(table: Partial<Record<K, T>>, key: K): T {
  const value = table[key];
  if (value === undefined) throw new Error(`openapi: no entry for ${String(key)}`);
  return value;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every schema the contract exports, by its export name (the first name, should one have two). */
function exportedSchemas(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(contract))
    if (isSchema(value) && !names.has(value)) names.set(value, name);
  return names;
}

/** `page(X)` of the contract: `{ data: X[], nextCursor }`; the item's schema, if it is one. */
function pageItem(s: z.ZodMiniType): z.ZodMiniType | undefined {
  const def = s._zod.def as { type: string; shape?: Record<string, z.ZodMiniType> };
  if (def.type !== 'object' || !def.shape) return undefined;
  const keys = Object.keys(def.shape).sort().join();
  const data = def.shape.data?._zod.def as { type: string; element?: z.ZodMiniType } | undefined;
  return keys === 'data,nextCursor' && data?.type === 'array' ? data.element : undefined;
}

/**
 * A map keyed by an enum (`z.record(Grade, …)`, exhaustive in zod) as an object with each key: a
 * generator types it `{ A: …; B: … }` rather than `{ [key: string]: … }`.
 */
function enumKeyedMaps(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
  const def = ctx.zodSchema._zod.def as { type: string; keyType?: z.core.$ZodType };
  const keyDef = def.keyType?._zod.def as { type: string; entries?: Record<string, string> } | undefined;
  const js = ctx.jsonSchema;
  if (def.type !== 'record' || keyDef?.type !== 'enum' || !keyDef.entries) return;
  const keys = Object.values(keyDef.entries);
  const value = js.additionalProperties as JsonSchema;
  js.properties = Object.fromEntries(keys.map((k) => [k, value]));
  js.required = keys;
  js.additionalProperties = false;
  delete js.propertyNames;
}

/** The JSON Schemas of every registered schema, as `io` sees them, with `$ref`s between them. */
function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: Io, rename: (name: string) => string) {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${rename(id)}`,
    override: enumKeyedMaps,
  }) as { schemas: Record<string, JsonSchema> };
  const out: Record<string, JsonSchema> = {};
  for (const [name, js] of Object.entries(schemas)) {
    if (name === '__shared') throw new Error('openapi: a schema is shared without a name');
    const { $schema: _schema, $id: _id, ...rest } = js;
    out[name] = rest;
  }
  return out;
}

/** Names of the components a JSON value refers to. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/'))
        found.add(v.slice('#/components/schemas/'.length));
      else refsIn(v, found);
    }
  }
  return found;
}

/** Who may call: the sentence of an operation's description. */
const accessText: Record<Access, string> = {
  public: 'no key',
  publishable: 'a publishable key (`pk_…`, from one of its registered web origins)',
  session: 'a subject session (`ss_…`, minted by the portal backend)',
  secret: 'a department secret key (`sk_…`, server-side only)',
  'staff:checks': 'a staff session with the `checks` scope (`st_…`, from the origin it was minted for)',
  'staff:checks:read': 'a staff session with the `checks:read` scope',
};

const staffScopes = (r: RouteDef) =>
  r.access.flatMap((a) => (a.startsWith('staff:') ? [a.slice('staff:'.length)] : []));

// A GET also takes the publishable key as `?key=`, so a page's reads are simple CORS requests.
const security = (r: RouteDef) =>
  r.access.includes('public')
    ? []
    : [
        ...r.access
          .filter((a) => !a.startsWith('staff:'))
          .map((a) => ({
            [a === 'publishable' ? 'publishableKey' : a === 'session' ? 'subjectSession' : 'secretKey']: [],
          })),
        // One requirement for staff sessions; the scopes that admit them are in the description.
        ...(staffScopes(r).length ? [{ staffSession: [] }] : []),
        ...(r.method === 'GET' && r.access.includes('publishable') ? [{ publishableKeyInQuery: [] }] : []),
      ];

/** The error codes an operation can answer with, by what it takes. */
function errorCodes(r: RouteDef): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (r.body) codes.push('invalid_json', 'unsupported_media_type', 'payload_too_large');
  if (r.upload) codes.push('unsupported_media_type', 'payload_too_large');
  if (!r.access.includes('public')) codes.push('unauthenticated', 'session_expired', 'forbidden', 'origin_not_allowed');
  if (r.params) codes.push('not_found');
  if (r.params || r.query || r.body || r.upload) codes.push('validation_failed');
  if (r.method === 'POST') codes.push('conflict', 'invalid_transition', 'not_eligible', 'idempotency_key_reused');
  if (r.method === 'POST') codes.push('idempotency_in_progress');
  // Every route counts its callers (packages/server/src/http/endpoint.ts).
  codes.push('rate_limited');
  return codes;
}

const statusName: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableContent',
  429: 'TooManyRequests',
};

/** The shared problem response of one status: the codes it carries, an example of each. */
function problemResponse(status: number, codes: ErrorCode[]) {
  const example = (code: ErrorCode) => ({
    type: `${problemTypeBase}${code.replaceAll('_', '-')}`,
    title: code.replaceAll('_', ' '),
    status,
    code,
  });
  return {
    description: `Problem (RFC 9457): ${codes.map((c) => `\`${c}\``).join(', ')}`,
    content: {
      'application/problem+json': {
        schema: ref('Problem'),
        examples: Object.fromEntries(codes.map((c) => [c, { value: example(c) }])),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route table and its schemas. */
export function buildOpenApi(version = '0.1.0') {
  const named = exportedSchemas();
  // Each route's body and response by name: the contract's, or one made for the route.
  const registry = z.registry<{ id: string }>();
  const nameOf = (s: z.ZodMiniType, fallback: string): string => {
    const existing = registry.get(s)?.id ?? named.get(s);
    if (existing) return existing;
    const item = pageItem(s);
    const itemName = item && named.get(item);
    return itemName ? `${itemName}Page` : fallback;
  };
  for (const [s, name] of named) registry.add(s, { id: name });
  const entries = Object.entries(routes) as [string, RouteDef][];
  const bodyName: Record<string, string> = {};
  const responseName: Record<string, string> = {};
  const paramName: Record<string, string[]> = {};
  for (const [op, r] of entries) {
    // A download's answer is bytes, described in its operation, not a schema component.
    if (!r.download) {
      responseName[op] = nameOf(r.response, `${pascal(op)}Response`);
      if (!registry.has(r.response)) registry.add(r.response, { id: responseName[op] });
    }
    if (r.body) {
      bodyName[op] = nameOf(r.body, `${pascal(op)}Request`);
      if (!registry.has(r.body)) registry.add(r.body, { id: bodyName[op] });
    }
    paramName[op] = [];
    for (const [where, s] of [
      ['Path', r.params],
      ['Query', r.query],
    ] as const) {
      if (!s) continue;
      const name = nameOf(s, `${pascal(op)}${where}`);
      if (!registry.has(s)) registry.add(s, { id: name });
      paramName[op].push(name);
    }
  }

  // A schema reads differently as input (defaults optional, unknown keys allowed) than as output: one
  // that requests and responses both use, or that refers to such a one, gets an input component of its
  // own (`…Input`); the others are read one way only and keep their name.
  const plainOut = convert(registry, 'output', (n) => n);
  const plainIn = convert(registry, 'input', (n) => n);
  const reach = (roots: string[], schemas: Record<string, JsonSchema>) => {
    const seen = new Set<string>();
    for (const queue = [...roots]; queue.length;) {
      const n = queue.shift();
      if (n === undefined) break;
      if (!seen.has(n)) queue.push(...refsIn(schemas[n]));
      seen.add(n);
    }
    return seen;
  };
  const read = reach([...Object.values(responseName), 'Problem'], plainOut);
  const written = reach([...Object.values(bodyName), ...Object.values(paramName).flat()], plainIn);
  const both = [...read].filter((n) => written.has(n));
  const inputOnly = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const n of both) {
      if (inputOnly.has(n)) continue;
      const own = JSON.stringify(plainIn[n]) !== JSON.stringify(plainOut[n]);
      if (own || [...refsIn(plainIn[n])].some((r) => inputOnly.has(r))) {
        inputOnly.add(n);
        grew = true;
      }
    }
  }
  const inputName = (n: string) => (inputOnly.has(n) ? `${n}Input` : n);
  const outputs = plainOut;
  const inputs = convert(registry, 'input', inputName);

  const errorsUsed = new Map<number, Set<ErrorCode>>();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [op, r] of entries) {
    const parameters: unknown[] = [];
    for (const [i, where] of (['path', 'query'] as const)
      .filter((w) => (w === 'path' ? r.params : r.query))
      .entries()) {
      const js = inputs[lookup(lookup(paramName, op), i)] as {
        properties: Record<string, JsonSchema>;
        required?: string[];
      };
      for (const [name, schema] of Object.entries(js.properties)) {
        const { description, ...rest } = schema;
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (js.required ?? []).includes(name),
          ...(typeof description === 'string' ? { description } : {}),
          schema: rest,
        });
      }
    }
    if (r.method === 'POST') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

    const responses: Record<string, unknown> = {
      [r.status]: r.download
        ? {
            description:
              "The bytes, as an attachment: `Content-Disposition: attachment` with the file name (`filename*`, RFC 6266), the media type (an evidence file's as detected on upload; `application/pdf` for a report) and `X-Content-Type-Options: nosniff`.",
            headers: {
              'Content-Disposition': {
                description: '`attachment; filename="…"; filename*=UTF-8\'\'…`',
                schema: { type: 'string' },
              },
            },
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          }
        : {
            description: r.status === 201 ? 'Created' : 'OK',
            content: { 'application/json': { schema: ref(lookup(responseName, op)) } },
          },
    };
    for (const code of errorCodes(r)) {
      const status = errorStatus[code];
      let used = errorsUsed.get(status);
      if (!used) errorsUsed.set(status, (used = new Set()));
      used.add(code);
      responses[status] = { $ref: `#/components/responses/${statusName[status]}` };
    }
    responses.default = { $ref: '#/components/responses/Problem' };

    const who = r.access.map((a) => accessText[a]).join(', or ');
    const operation: Record<string, unknown> = {
      operationId: op,
      // A summary is plain text to renderers (the description is Markdown): code in quotes, not backticks.
      summary: r.summary.replace(/`([^`]+)`/g, '"$1"'),
      description: `${r.summary}. Needs ${who}.`,
      tags: [r.tag],
      security: security(r),
      parameters,
      responses,
    };
    if (r.body)
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(inputName(lookup(bodyName, op))) } },
      };
    if (r.upload)
      operation.requestBody = {
        required: true,
        description: 'The raw bytes of the file; its media type in `Content-Type`.',
        content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
      };
    (paths[r.path] ??= {})[r.method.toLowerCase()] = operation;
  }

  // The components the paths reach, each as it is read (responses) or written (requests).
  const schemas: Record<string, JsonSchema> = {};
  const queue = [...refsIn(paths), 'Problem'];
  while (queue.length) {
    const name = queue.shift();
    if (name === undefined) break;
    if (schemas[name]) continue;
    const base = name.endsWith('Input') && inputOnly.has(name.slice(0, -5)) ? name.slice(0, -5) : undefined;
    const js = base ? inputs[base] : read.has(name) ? outputs[name] : inputs[name];
    if (!js) throw new Error(`openapi: no schema named ${name}`);
    schemas[name] = js;
    queue.push(...refsIn(js));
  }

  const responses: Record<string, ReturnType<typeof problemResponse>> = {};
  for (const [status, codes] of [...errorsUsed].sort(([a], [b]) => a - b))
    responses[lookup(statusName, status)] = problemResponse(status, [...codes]);
  responses.Problem = {
    ...problemResponse(500, ['internal']),
    description: 'Problem (RFC 9457): `internal`, or any other problem of the API',
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'credit-kit API',
      version,
      description:
        'Credit commitments (信用承诺), credit status checks (信用核查), self-declarations (自主申报), credit repair (信用修复) and objections (异议申诉). Errors are RFC 9457 problem+json.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      contact: { name: 'credit-kit maintainers', url: 'https://github.com/credit-kit/credit-kit' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: [...new Set(entries.map(([, r]) => r.tag))].map((name) => {
      const description = tagDescriptions[name];
      if (!description) throw new Error(`openapi: the tag ${name} needs a description in tagDescriptions (openapi.ts)`);
      return { name, description };
    }),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      responses,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', maxLength: 255 },
          description: 'Replays the first response for 24 h; same key with a different body → 422.',
        },
      },
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… key, valid only from its registered web origins',
        },
        publishableKeyInQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'key',
          description:
            'The pk_… key on a GET, instead of the Authorization header: no CORS preflight. Publishable keys only.',
        },
        subjectSession: {
          type: 'http',
          scheme: 'bearer',
          description: 'ss_… token bound to one subject, minted by the portal backend',
        },
        secretKey: { type: 'http', scheme: 'bearer', description: 'sk_… department key, server-side only' },
        staffSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            'st_… token for one member of staff, minted by a department backend; valid from one origin, for its scopes, for minutes',
        },
      },
    },
  };
}

/** What each tag of the route table groups. */
const tagDescriptions: Record<string, string> = {
  Meta: 'Liveness, policy data and the keys that sign receipts.',
  Statuses: 'Credit status look-ups (信用核查) of one subject or many.',
  Records: 'Dishonesty records (失信记录), published and filed by departments.',
  Commitments: 'Signed credit commitments (信用承诺), their receipts and fulfilment.',
  Declarations: 'Self-declarations (自主申报) and their review.',
  Repairs: 'Credit repair (信用修复): eligibility, applications and review.',
  Objections: 'Objections (异议申诉) to records and their review.',
  Checks: 'Credit checks in service handling (逢办必查): the measures for the matter, feedback, an authority’s list.',
  Lists: 'Prior notices (事前告知), list memberships (名单) resting on records, and delisting (移出名单).',
  Reports:
    'Credit reports (信用报告): signed, as JSON and PDF, and checkable by whoever receives one (genuine, current or superseded).',
  Files: 'Evidence files attached to declarations, repairs and objections.',
  Sessions: 'Subject sessions minted by a portal backend, and API keys.',
  'Staff sessions':
    'Staff sessions (st_…) minted by a department backend for one member of staff, so a service system’s page can run credit checks without a secret key.',
};
