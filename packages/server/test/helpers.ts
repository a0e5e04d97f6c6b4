import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as z from 'zod/mini';
import { addMonths, DishonestyRecord, makeUscc, Problem, type ErrorCode } from '@credit-kit/contract';
import { businessDate } from '../src/clock.js';
import { createApp, createDeps, type DemoFixtures, type Deps, type ServerOptions } from '../src/index.js';

export const PORTAL_ORIGIN = 'http://localhost:5173';

/** The business date `months` ago (negative: ahead), so tests do not age. */
export const monthsAgo = (months: number) => addMonths(businessDate(new Date()), -months);

/** A clock tests can move forward, or stop. */
export class TestClock {
  offsetMs = 0;
  private stoppedAt: number | undefined;
  now = () => new Date((this.stoppedAt ?? Date.now()) + this.offsetMs);
  advanceDays(days: number) {
    this.offsetMs += days * 86_400_000;
  }
  /** Time stands still, so a burst of requests never straddles the turn of a rate-limit window. */
  stop() {
    this.stoppedAt = Date.now();
  }
}

/**
 * Where the tests' database lives: a fresh in-memory PGlite per call, or — when CREDIT_TEST_DATABASE_URL
 * is set — a fresh schema in that PostgreSQL database, dropped by `dispose`.
 */
export async function testDatabase(): Promise<{
  options: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>;
  dispose(): Promise<void>;
}> {
  const url = process.env.CREDIT_TEST_DATABASE_URL;
  if (!url) return { options: { dataDir: 'memory://' }, dispose: async () => {} };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${schema}`);
  return {
    options: { databaseUrl: withPath.toString() },
    async dispose() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export interface TestApi {
  deps: Deps;
  demo: DemoFixtures;
  clock: TestClock;
  request(method: string, path: string, init?: RequestOptions): Promise<Response>;
  /** Sends and parses; asserts the status. Bodies are loosely typed here and checked with `conforms` where it matters. */
  json<T = any /* eslint-disable-line -- see above */>(
    method: string,
    path: string,
    init: RequestOptions & { status?: number },
  ): Promise<T>;
  problem(method: string, path: string, init: RequestOptions, code: ErrorCode): Promise<Problem>;
  session(code: string, name: string, extra?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** 'pk' (sent from the portal origin), 'sk', a raw token, or none. */
  as?: string;
  body?: unknown;
  origin?: string | null;
  headers?: Record<string, string>;
}

/**
 * A demo-seeded app on its own database, driven with app.request(). Every request comes from one address
 * ('local'), so the rate limits are off unless `options` sets them (the abuse suite tests the defaults).
 */
export async function testApi(options: Partial<ServerOptions> = {}): Promise<TestApi> {
  const clock = new TestClock();
  const db = await testDatabase();
  const { deps, demo } = await createDeps({
    ...db.options,
    seed: 'demo',
    logger: false,
    clock,
    rateLimit: false,
    authFailureLimit: false,
    ...options,
  });
  const app = createApp(deps);
  const request = (method: string, path: string, init: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.as === 'pk' ? demo!.publishableKey : init.as === 'sk' ? demo!.secretKey : init.as;
    if (token) headers.authorization = `Bearer ${token}`;
    const origin = init.origin === undefined ? (init.as === 'pk' ? PORTAL_ORIGIN : undefined) : init.origin;
    if (origin) headers.origin = origin;
    let body: BodyInit | undefined;
    if (init.body instanceof Uint8Array) body = init.body as unknown as BodyInit;
    else if (typeof init.body === 'string') body = init.body;
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  const api: TestApi = {
    deps,
    demo: demo!,
    clock,
    request,
    async json(method, path, init) {
      const res = await request(method, path, init);
      const text = await res.text();
      assert.equal(
        res.status,
        init.status ?? (method === 'POST' ? 200 : 200),
        `${method} ${path} → ${res.status} ${text}`,
      );
      return text ? JSON.parse(text) : undefined;
    },
    async problem(method, path, init, code) {
      const res = await request(method, path, init);
      const text = await res.text();
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, text);
      const problem = z.parse(Problem, JSON.parse(text));
      assert.equal(problem.code, code, `${method} ${path}: ${text}`);
      assert.equal(res.status, problem.status);
      assert.ok(!/at .+\.(ts|js):\d+/.test(text), 'no stack trace in a problem');
      return problem;
    },
    async session(code, name, extra = {}) {
      const s = await api.json('POST', '/v1/subject-sessions', {
        as: 'sk',
        body: { subjectCode: code, subjectName: name, ...extra },
        status: 201,
      });
      return s.token as string;
    },
    async close() {
      await deps.statuses.stop();
      await deps.db.close();
      await db.dispose();
    },
  };
  return api;
}

/** Asserts a response body conforms to the contract's schema. */
export function conforms<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 1));
  return result.data;
}

/** A minimal valid PDF body. */
export const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n%test\n%%EOF\n'));

/** A new enterprise with its own subject session, so tests do not share state. */
export async function freshEnterprise(api: TestApi, body: string): Promise<{ code: string; token: string }> {
  const code = makeUscc({ areaCode: '520102', organisationBody: body });
  const token = await api.session(code, `测试企业${body}`, {
    contactPhone: '13900001111',
    legalRepresentative: '王芳',
  });
  return { code, token };
}

/** The body of a subject's objection that `recordId` is wrong, with its evidence (file ids). */
export const wrongRecordObjection = (recordId: string, evidence: string[] = []) => ({
  recordId,
  reason: 'wrong',
  description: '已按期申报',
  correctValue: '无违法行为',
  evidence,
  promiseTrue: true,
});

/** A department's secret key acting for `authority` (and the authorities in `grants`). */
export async function authorityKey(api: TestApi, authority: string, grants: string[] = []): Promise<string> {
  return (await api.deps.keys.create({ kind: 'secret', name: authority, authority, grants })).token;
}

/** A department files a published record against `code` (demo secret key), decided on `decidedAt`. */
export async function fileRecord(
  api: TestApi,
  code: string,
  cls: 'minor' | 'ordinary' | 'serious',
  decidedAt: string,
  { kind = 'administrative-penalty', title = '测试处罚' } = {},
): Promise<DishonestyRecord> {
  return conforms(
    DishonestyRecord,
    await api.json('POST', '/v1/records', {
      as: 'sk',
      status: 201,
      body: {
        subjectCode: code,
        kind,
        class: cls,
        title,
        decisionNumber: `测〔2026〕${Math.random()}号`,
        basis: '测试依据',
        decidedAt,
      },
    }),
  );
}
