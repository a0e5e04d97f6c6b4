// The load suite's workload: concurrent clients over real HTTP, each a company of its own doing all five
// workflows in turn (signing a commitment, a self-declaration with its evidence, a credit repair of a
// record filed against it, an objection to another, and status look-ups), reading back every write it
// was told succeeded, and sending some writes again with the same Idempotency-Key, one after the other
// and at the same time. `npm test` runs it bounded by rounds (packages/server/test/load.test.ts);
// `npm run bench` runs it for 60 s (bench/load.mjs). `verifyLoad` then checks the database.
import { businessDate } from '../../src/clock.js';
import { makeUscc } from '@credit-kit/contract';
import type { Queryable } from '../../src/db/db.js';
import { verifyAudit } from '../../src/domain/audit.js';
import type { DemoFixtures } from '../../src/seed/demo.js';

export const WORKFLOWS = ['commitment', 'declaration', 'repair', 'objection', 'look-up'] as const;
export type Workflow = (typeof WORKFLOWS)[number];

/** What a write created, by table. */
type Table = 'commitments' | 'declarations' | 'repairs' | 'objections' | 'records' | 'files';
/** A row's identifier: a commitment's is its code (编号), everything else's its id. */
const keyColumn = (table: string) => (table === 'commitments' ? 'code' : 'id');

export interface LoadOptions {
  url: string;
  demo: DemoFixtures;
  clients: number;
  /** Each client runs the five workflows this many times over (the bounded run)… */
  rounds?: number;
  /** …or until this many seconds have passed (the bench). */
  seconds?: number;
  /** Eight letters that make this run's company codes unique on a database that outlives it. */
  tag?: string;
  /** The Origin a publishable key's look-ups come from (registered for the demo key). */
  origin?: string;
}

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  /** Answers by HTTP status. */
  statuses: Record<number, number>;
  /** Anything that was not the expected answer, described (the first 20). */
  errors: string[];
  errorCount: number;
  /** Completed logical operations by workflow, and their latency in ms (each request, in order). */
  workflows: Record<Workflow, { done: number; latencies: number[] }>;
  /** Every request's latency in ms. */
  latencies: number[];
  /** Writes acknowledged (2xx), by table: id → subject code. */
  acknowledged: Record<Table, Map<string, string>>;
  /** Writes sent again with the same key after their answer: how many, and how many came back the same. */
  replays: { sent: number; same: number };
  /** Writes sent twice at once with the same key: how many pairs, and how many ended in one record. */
  concurrentPairs: { sent: number; collapsed: number };
  subjects: string[];
}

/** The value at quantile `q` (0–1) of `values`. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: { id?: string; code?: string } & Record<string, unknown>;
  replayed: boolean;
}

/** The identifier of what an answer created, by its table's key. */
const idOf = (table: Table, a: Answer): unknown => a.body[keyColumn(table)];

/** Runs the workload and returns what every client saw. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { url, demo, clients } = options;
  const origin = options.origin ?? 'http://localhost:5173';
  const tag = (options.tag ?? 'LD').slice(0, 2);
  const result: LoadResult = {
    clients,
    seconds: 0,
    requests: 0,
    statuses: {},
    errors: [],
    errorCount: 0,
    workflows: Object.fromEntries(
      WORKFLOWS.map((w) => [w, { done: 0, latencies: [] as number[] }]),
    ) as unknown as LoadResult['workflows'],
    latencies: [],
    acknowledged: {
      commitments: new Map(),
      declarations: new Map(),
      repairs: new Map(),
      objections: new Map(),
      records: new Map(),
      files: new Map(),
    },
    replays: { sent: 0, same: 0 },
    concurrentPairs: { sent: 0, collapsed: 0 },
    subjects: [],
  };
  const fail = (what: string) => {
    result.errorCount++;
    if (result.errors.length < 20) result.errors.push(what);
  };

  /** One request; its answer parsed, its latency and status counted. */
  async function call(
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const all: Record<string, string> = { authorization: `Bearer ${token}`, ...headers };
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array) payload = body as unknown as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      all['content-type'] = 'application/json';
    }
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(url + path, { method, headers: all, ...(payload ? { body: payload } : {}) });
    } catch (error) {
      fail(`${method} ${path}: ${String(error)}`);
      return { status: 0, body: {}, replayed: false };
    }
    const text = await res.text();
    const ms = performance.now() - started;
    result.requests++;
    result.latencies.push(ms);
    result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
    let parsed: Answer['body'] = {};
    try {
      parsed = text ? (JSON.parse(text) as Answer['body']) : {};
    } catch {
      fail(`${method} ${path}: ${res.status}, not JSON`);
    }
    return { status: res.status, body: parsed, replayed: res.headers.get('idempotent-replayed') === 'true' };
  }

  let writes = 0;
  /**
   * A logical write with its own Idempotency-Key, acknowledged into `table` when it succeeds. Every
   * fourth is sent again after its answer, every ninth twice at once: each must end in the one record.
   */
  async function write(table: Table, subject: string, path: string, token: string, body: unknown, headers = {}) {
    const key = crypto.randomUUID();
    const send = async (): Promise<Answer> => {
      // A twin still running answers 409 idempotency_in_progress: the client waits and asks again.
      for (let attempt = 0; ; attempt++) {
        const answer = await call('POST', path, token, body, { ...headers, 'idempotency-key': key });
        if (answer.status !== 409 || answer.body.code !== 'idempotency_in_progress' || attempt >= 50) return answer;
        await sleep(20);
      }
    };
    const n = ++writes;
    let answer: Answer;
    if (n % 9 === 0) {
      result.concurrentPairs.sent++;
      const [a, b] = await Promise.all([send(), send()]);
      if (a.status === b.status && idOf(table, a) === idOf(table, b) && (a.replayed || b.replayed))
        result.concurrentPairs.collapsed++;
      else
        fail(
          `${path}: the same key sent twice at once gave ${a.status} ${String(idOf(table, a))} and ${b.status} ${String(idOf(table, b))}`,
        );
      answer = a;
    } else {
      answer = await send();
      if (n % 4 === 0) {
        result.replays.sent++;
        const again = await send();
        if (again.status === answer.status && idOf(table, again) === idOf(table, answer) && again.replayed)
          result.replays.same++;
        else
          fail(
            `${path}: a retry with the same key gave ${again.status} ${String(idOf(table, again))}, first ${String(idOf(table, answer))}`,
          );
      }
    }
    const id = idOf(table, answer);
    if (answer.status < 200 || answer.status > 299 || typeof id !== 'string') {
      fail(`POST ${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      return undefined;
    }
    result.acknowledged[table].set(id, subject);
    return { id };
  }

  /** Reads an acknowledged write back: it must be there at once. */
  async function readBack(table: Table, path: string, token: string, id: string) {
    const answer = await call('GET', path, token);
    if (answer.status !== 200 || idOf(table, answer) !== id) fail(`GET ${path}: ${answer.status} after its write`);
  }

  const sk = demo.secretKey;
  const pk = demo.publishableKey;
  const template = (
    await call('GET', `/v1/commitment-templates/${demo.templates.voluntary}`, pk, undefined, { origin })
  ).body as { id: string; textHash: string };
  const today = businessDate(new Date());

  /** A record filed against the subject by the demo department, for a repair or an objection. */
  const fileRecord = (subject: string, i: number, k: number) =>
    write('records', subject, '/v1/records', sk, {
      subjectCode: subject,
      kind: 'tax-violation',
      class: 'minor',
      title: '未按期申报',
      decisionNumber: `负载〔${tag}〕${i}-${k}号`,
      basis: '《中华人民共和国税收征收管理法》第六十二条',
      decidedAt: today,
    });

  const upload = (subject: string, token: string, name: string) =>
    write('files', subject, `/v1/files?name=${encodeURIComponent(name)}`, token, PDF(name), {
      'content-type': 'application/pdf',
    });

  const steps: Record<
    Workflow,
    (c: { code: string; name: string; token: string }, i: number, k: number) => Promise<void>
  > = {
    commitment: async ({ code, name, token }) => {
      const signed = await write('commitments', code, '/v1/commitments', token, {
        templateId: template.id,
        committer: { kind: 'organisation', code, name, contactPhone: '0571-87012345' },
        signerName: '王敏',
        agreedTextHash: template.textHash,
        confirmations: { read: true, truthful: true },
      });
      if (signed) await readBack('commitments', `/v1/commitments/${signed.id}`, token, signed.id);
    },
    declaration: async ({ code, token }, i, k) => {
      const file = await upload(code, token, `荣誉证书-${i}-${k}.pdf`);
      if (!file) return;
      const declared = await write('declarations', code, '/v1/declarations', token, {
        category: 'honour',
        details: {
          title: '守合同重信用企业',
          awardedBy: '市场监督管理局',
          awardedAt: '2025-06-01',
          level: 'provincial',
        },
        evidence: [file.id],
        promiseTrue: true,
        authoriseSharing: true,
      });
      if (declared) await readBack('declarations', `/v1/declarations/${declared.id}`, token, declared.id);
    },
    repair: async ({ code, token }, i, k) => {
      const [record, proof] = await Promise.all([
        fileRecord(code, i, k),
        upload(code, token, `缴款凭证-${i}-${k}.pdf`),
      ]);
      if (!record || !proof) return;
      const repair = await write('repairs', code, '/v1/repairs', token, {
        recordId: record.id,
        correction: '已补办申报并缴清罚款',
        promiseTrue: true,
        materials: [
          { path: 'commitment', files: [], commitment: { signerName: '王敏', agreed: true } },
          { path: 'performance', files: [proof.id] },
        ],
      });
      if (repair) await readBack('repairs', `/v1/repairs/${repair.id}`, token, repair.id);
    },
    objection: async ({ code, token }, i, k) => {
      const record = await fileRecord(code, i, k);
      if (!record) return;
      const objection = await write('objections', code, '/v1/objections', token, {
        recordId: record.id,
        reason: 'wrong',
        description: '处罚对象有误',
        correctValue: '当事人应为另一家公司',
        evidence: [],
        promiseTrue: true,
      });
      if (objection) await readBack('objections', `/v1/objections/${objection.id}`, token, objection.id);
    },
    'look-up': async ({ code }) => {
      const own = await call('GET', `/v1/subjects/${code}/status`, pk, undefined, { origin });
      if (own.status !== 200) fail(`status of ${code}: ${own.status}`);
      const codes = [code, ...Object.values(demo.subjects)].join(',');
      const batch = await call('GET', `/v1/statuses?codes=${codes}`, pk, undefined, { origin });
      if (batch.status !== 200) fail(`batch look-up: ${batch.status}`);
    },
  };

  // Each client is a company of its own, with its own session.
  const companies = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const code = makeUscc({ areaCode: '330106', organisationBody: `${tag}${String(i).padStart(6, '0')}` });
      const name = `杭州负载测试企业${i}`;
      const session = await call('POST', '/v1/subject-sessions', sk, { subjectCode: code, subjectName: name });
      if (session.status !== 201)
        throw new Error(`no session for ${code}: ${session.status} ${JSON.stringify(session.body)}`);
      return { code, name, token: session.body.token as string };
    }),
  );
  result.subjects = companies.map((c) => c.code);

  const started = performance.now();
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const rounds = options.rounds ?? (options.seconds === undefined ? 1 : Infinity);
  await Promise.all(
    companies.map(async (company, i) => {
      for (let k = 0; k < rounds * WORKFLOWS.length && performance.now() < deadline; k++) {
        // Clients start at different workflows, so all five run at once.
        const workflow = WORKFLOWS[(i + k) % WORKFLOWS.length]!;
        const t = performance.now();
        await steps[workflow](company, i, k);
        result.workflows[workflow].done++;
        result.workflows[workflow].latencies.push(performance.now() - t);
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export interface LoadVerification {
  /** Acknowledged writes not found in the database, by table. */
  lost: Record<string, number>;
  /** Rows beyond the acknowledged writes for the load's subjects (a write stored twice), by table. */
  extra: Record<string, number>;
  chain: Awaited<ReturnType<typeof verifyAudit>>;
}

/** Checks the database against what the clients were told: every acknowledged write stored once, the chain intact. */
export async function verifyLoad(db: Queryable, result: LoadResult): Promise<LoadVerification> {
  const lost: Record<string, number> = {};
  const extra: Record<string, number> = {};
  const owners = result.subjects.map((s) => `subject:${s}`);
  for (const [table, acked] of Object.entries(result.acknowledged)) {
    const ids = [...acked.keys()];
    const found = await db.query<{ n: number }>(
      `select count(*)::int as n from ${table} where ${keyColumn(table)} = any($1::text[])`,
      [ids],
    );
    lost[table] = ids.length - (found.rows[0]?.n ?? 0);
    const mine =
      table === 'files'
        ? await db.query<{ n: number }>('select count(*)::int as n from files where owner = any($1::text[])', [owners])
        : await db.query<{ n: number }>(
            `select count(*)::int as n from ${table} where subject_code = any($1::text[])`,
            [result.subjects],
          );
    extra[table] = (mine.rows[0]?.n ?? 0) - ids.length;
  }
  return { lost, extra, chain: await verifyAudit(db) };
}
