// Faults between the SDK and the real server: every logical submission of every form, sent through a proxy
// that drops connections before and after the commit, delays answers past the client's timeout and answers
// 502/503 in bursts, ends with exactly one record or a clear error (and then at most one record, never two).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreditError, type CreditClient } from '@credit-kit/sdk';
import { startApi } from './helpers/api.js';
import { commitmentBody, honourDeclaration, pdf } from './helpers/bodies.js';
import { startFaultProxy, type Fault, type FaultProxy } from './helpers/fault-proxy.js';

let api: Awaited<ReturnType<typeof startApi>>;
let proxy: FaultProxy;
before(async () => {
  api = await startApi();
  proxy = await startFaultProxy(api.server.url, { delayMs: 900 });
});
after(async () => {
  await proxy.close();
  await api.close();
});

/** Fault sequences for one logical submission: each POST attempt meets the next fault, then requests pass. */
const scenarios: Fault[][] = [
  [],
  ['drop-before'],
  ['drop-after'],
  ['delay'],
  ['503', '503'],
  ['502', '502', '502'],
  ['drop-after', 'drop-after'],
  ['delay', 'drop-after'],
  ['drop-before', 'drop-after', '503'],
  // More failures than the client retries: it must give up with a clear error.
  ['503', '503', '503', '503', '503'],
  ['drop-after', 'drop-after', 'drop-after', 'drop-after', 'drop-after'],
  ['drop-before', 'drop-before', 'drop-before', 'drop-before', 'drop-before'],
];

const count = async (sql: string, params: unknown[] = []) =>
  (await api.server.deps.db.query<{ n: number }>(sql, params)).rows[0]!.n;

interface Form {
  name: string;
  /** Makes one logical submission through `client` (the proxied one). */
  submit(client: CreditClient, i: number): Promise<unknown>;
  /** Rows of what the submission creates, in the database. */
  rows(): Promise<number>;
}

const tally = { submissions: 0, ok: 0, clearErrors: 0, faults: 0 };
after(() => {
  if (process.env.CREDIT_REPORT)
    console.log(
      `faults: ${tally.submissions} submissions, ${tally.ok} succeeded with one record, ${tally.clearErrors} clear errors, ${proxy.stats.faulted} faults injected, 0 duplicates`,
    );
});

describe('faults between the SDK and the server', () => {
  const forms: Form[] = [
    {
      name: 'commitment form (signing)',
      async submit(client) {
        const me = await client.session.get();
        const template = await client.templates.get(api.demo.templates.voluntary);
        return client.commitments.create(commitmentBody(template, me.subject));
      },
      rows: () => count('select count(*)::int as n from commitments'),
    },
    {
      name: 'declaration form (with its evidence upload)',
      async submit(client, i) {
        const file = await client.files.upload(pdf(`fault ${i}`), { name: `fault-${i}.pdf` });
        return client.declarations.create(honourDeclaration([file.id]));
      },
      rows: () => count('select count(*)::int as n from declarations'),
    },
    {
      name: 'evidence upload',
      submit: (client, i) => client.files.upload(pdf(`upload ${i}`), { name: `upload-${i}.pdf` }),
      rows: () => count('select count(*)::int as n from files'),
    },
  ];

  for (const form of forms) {
    it(`${form.name}: one record or a clear error per submission, under ${scenarios.length} fault patterns`, async () => {
      const { session } = await api.subject(api.demo.subjects.redListed);
      const client = api.client({ baseUrl: proxy.url, sessionToken: session.token, timeout: 500, maxRetries: 3 });
      for (const [i, faults] of scenarios.entries()) {
        const before = await form.rows();
        proxy.inject(faults);
        tally.submissions++;
        const outcome = await form.submit(client, i).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        proxy.clear(); // nothing left over for the next submission
        await new Promise((r) => setTimeout(r, 950)); // a delayed answer still in the proxy lands first
        const created = (await form.rows()) - before;
        const label = `${form.name} under [${faults.join(', ')}]`;
        if (outcome.ok) {
          tally.ok++;
          assert.equal(created, 1, `${label}: exactly one record`);
        } else {
          tally.clearErrors++;
          assert.ok(outcome.error instanceof CreditError, `${label}: a typed error (${String(outcome.error)})`);
          const message = outcome.error.localizedMessage('zh-CN');
          assert.ok(message && message !== outcome.error.name, `${label}: a message for the user (${message})`);
          assert.ok(created <= 1, `${label}: never two records (${created})`);
        }
      }
    });
  }
});
