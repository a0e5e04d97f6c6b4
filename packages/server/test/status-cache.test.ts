// The status cache under concurrency: requests that miss the cache at once share one computation, and a
// write is never answered with a computation that started before it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testApi, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

/** Counts the status service's database computations (and the codes in each) while `run` runs. */
async function computations(run: () => Promise<unknown>): Promise<string[][]> {
  const service = api.deps.statuses as unknown as { compute: (codes: string[]) => Promise<unknown> };
  const original = service.compute.bind(service);
  const calls: string[][] = [];
  service.compute = (codes) => {
    calls.push([...codes]);
    return original(codes);
  };
  try {
    await run();
  } finally {
    service.compute = original;
  }
  return calls;
}

describe('status cache', () => {
  it('computes codes that many requests miss at once only once', async () => {
    const codes = Object.values(api.demo.subjects);
    api.deps.statuses.forget(codes);
    let answers: Map<string, unknown>[] = [];
    const calls = await computations(async () => {
      answers = await Promise.all(Array.from({ length: 20 }, () => api.deps.statuses.get(codes)));
    });
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.sort(), [...codes].sort());
    for (const answer of answers) {
      assert.equal(answer.size, codes.length);
      for (const code of codes) assert.equal(answer.get(code), answers[0]!.get(code), code);
    }
  });

  it('does not let a request after a write join a computation that started before it', async () => {
    const code = api.demo.subjects.redListed;
    api.deps.statuses.forget([code]);
    const calls = await computations(async () => {
      const before = api.deps.statuses.get([code]);
      // A write to the subject lands while the first computation runs.
      api.deps.statuses.forget([code]);
      const after = api.deps.statuses.get([code]);
      await Promise.all([before, after]);
    });
    assert.equal(calls.length, 2);
  });
});
