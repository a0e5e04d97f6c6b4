import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { openApiPath, renderOpenApi } from '../scripts/write-openapi.js';
import { routes, type RouteDef } from '../src/routes.js';

test('the checked-in openapi.json is current (run `npm run openapi` after changing a schema)', () => {
  assert.equal(readFileSync(openApiPath, 'utf8'), renderOpenApi());
});

test('the document validates as OpenAPI 3.1', async () => {
  const result = await validate(JSON.parse(renderOpenApi()));
  assert.equal(result.valid, true, JSON.stringify((result as { errors?: unknown }).errors ?? result, null, 2));
});

test('every route appears once with its method, access, named schemas and its problem responses', () => {
  const doc = JSON.parse(renderOpenApi());
  const response = (ref: { $ref: string }) => doc.components.responses[ref.$ref.replace('#/components/responses/', '')];
  for (const [id, r] of Object.entries(routes) as [string, RouteDef][]) {
    const op = doc.paths[r.path]?.[r.method.toLowerCase()];
    assert.ok(op, `${id} missing`);
    assert.equal(op.operationId, id);
    if (r.download)
      assert.deepEqual(op.responses[r.status].content['application/octet-stream'].schema, {
        type: 'string',
        format: 'binary',
      });
    else assert.match(op.responses[r.status].content['application/json'].schema.$ref, /^#\/components\/schemas\/\w+$/);
    if (r.body) assert.match(op.requestBody.content['application/json'].schema.$ref, /^#\/components\/schemas\/\w+$/);
    const problems = Object.entries(op.responses).filter(([status]) => status === 'default' || status.startsWith('4'));
    assert.ok(problems.length >= 2, `${id} declares no 4xx response`);
    for (const [, ref] of problems)
      assert.deepEqual(response(ref as { $ref: string }).content['application/problem+json'].schema, {
        $ref: '#/components/schemas/Problem',
      });
    if ((r.access as readonly string[]).includes('public')) assert.deepEqual(op.security, []);
  }
});
