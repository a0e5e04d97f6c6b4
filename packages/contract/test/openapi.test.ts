import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { openApiPath, renderOpenApi } from '../scripts/write-openapi.js';
import { routes } from '../src/routes.js';

test('the checked-in openapi.json is current (run `npm run openapi` after changing a schema)', () => {
  assert.equal(readFileSync(openApiPath, 'utf8'), renderOpenApi());
});

test('the document validates as OpenAPI 3.1', async () => {
  const result = await validate(JSON.parse(renderOpenApi()));
  assert.equal(result.valid, true, JSON.stringify((result as { errors?: unknown }).errors ?? result, null, 2));
});

test('every route appears once with its method, access and a problem response', () => {
  const doc = JSON.parse(renderOpenApi());
  for (const [id, r] of Object.entries(routes)) {
    const op = doc.paths[r.path]?.[r.method.toLowerCase()];
    assert.ok(op, `${id} missing`);
    assert.equal(op.operationId, id);
    assert.ok(op.responses.default.content['application/problem+json']);
    if ((r.access as readonly string[]).includes('public')) assert.deepEqual(op.security, []);
  }
});
