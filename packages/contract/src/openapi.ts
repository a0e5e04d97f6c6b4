import * as z from 'zod/mini';
import { Problem } from './errors.js';
import { routes, type RouteDef } from './routes.js';

type JsonSchema = Record<string, unknown>;

const schema = (s: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

// A GET also takes the publishable key as `?key=`, so a page's reads are simple CORS requests.
const security = (r: RouteDef) =>
  r.access.includes('public')
    ? []
    : [
        ...r.access.map((a) => ({
          [a === 'publishable' ? 'publishableKey' : a === 'session' ? 'subjectSession' : 'secretKey']: [],
        })),
        ...(r.method === 'GET' && r.access.includes('publishable') ? [{ publishableKeyInQuery: [] }] : []),
      ];

function parameters(r: RouteDef) {
  const out: JsonSchema[] = [];
  for (const [where, s] of [
    ['path', r.params],
    ['query', r.query],
  ] as const) {
    if (!s) continue;
    const js = schema(s, 'input') as { properties: Record<string, JsonSchema>; required?: string[] };
    for (const [name, p] of Object.entries(js.properties)) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: p });
    }
  }
  if (r.method === 'POST') {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', maxLength: 255 },
      description: 'Replays the first response for 24 h; same key with a different body → 422.',
    });
  }
  return out;
}

/** The OpenAPI 3.1 document of the API, generated from the route table and its schemas. */
export function buildOpenApi(version = '0.1.0') {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const [operationId, r] of Object.entries(routes) as [string, RouteDef][]) {
    const op: Record<string, unknown> = {
      operationId,
      summary: r.summary,
      tags: [r.tag],
      security: security(r),
      parameters: parameters(r),
      responses: {
        [r.status]: { description: 'OK', content: { 'application/json': { schema: schema(r.response, 'output') } } },
        default: { description: 'Problem (RFC 9457)', content: problem },
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: schema(r.body, 'input') } } };
    if (r.upload)
      op.requestBody = { required: true, content: { '*/*': { schema: { type: 'string', format: 'binary' } } } };
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'credit-kit API',
      version,
      description:
        'Credit commitments (信用承诺), credit status checks (信用核查), self-declarations (自主申报), credit repair (信用修复) and objections (异议申诉). Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(Object.values(routes).map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: schema(Problem, 'output') },
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
      },
    },
  };
}
