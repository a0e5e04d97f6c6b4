// A stand-in for the credit-kit API at the fetch level, so tests go through the real SDK (batching,
// errors, idempotency keys) with answers shaped by the contract's types.
import type {
  Commitment,
  CommitmentTemplate,
  CreateCommitmentRequest,
  Jwks,
  Problem,
  SessionInfo,
  Status,
} from '@credit-kit/contract';
import { configure, resetConfiguration } from '../config.js';
import { resetClients } from '../client.js';
import { draftKey } from '../drafts.js';
import { forgetDrafts } from './helpers.js';

export const BASE_URL = 'http://api.credit.test';
export const ORG_CODE = '91350200776049653A';
export const PERSON_CODE = '11010519491231002X';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** The codes a status batch look-up asked for. */
export const lookedUp = (call: Call): string[] => (call.query.get('codes') ?? '').split(',').filter(Boolean);

/** Answers a call; `next` gives the default answer of the route. */
type Handler = (call: Call, next: () => Response | Promise<Response>) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const problem = (code: Problem['code'], status: number, errors?: Problem['errors']) =>
  new Response(
    JSON.stringify({
      type: `https://credit-kit.dev/problems/${code}`,
      title: code,
      status,
      code,
      ...(errors ? { errors } : {}),
    }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );

/** A promise the test settles by hand (a request that hangs until released). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function status(overrides: Partial<Status> = {}): Status {
  return {
    code: ORG_CODE,
    kind: 'enterprise',
    name: '厦门示范科技有限公司',
    grade: 'A',
    score: 92,
    factors: [
      { code: 'base', label: { 'zh-CN': '基础分', en: 'Base score' }, count: 1, points: 75 },
      {
        code: 'list-red',
        label: { 'zh-CN': '守信激励对象(红名单)', en: 'Red list (trustworthy)' },
        count: 1,
        points: 15,
      },
      { code: 'commitment-kept', label: { 'zh-CN': '践行信用承诺', en: 'Commitments kept' }, count: 2, points: 2 },
    ],
    lists: [
      { list: 'red', authority: '厦门市发展和改革委员会', reason: '纳税信用A级', since: '2025-03-01', until: null },
    ],
    flags: { underObjection: false, underRepair: false, noticePending: false },
    activeCommitments: 2,
    publishedRecords: 0,
    model: 'credit-kit-default-2026',
    updatedAt: '2026-05-06T08:00:00Z',
    ...overrides,
  };
}

export function template(overrides: Partial<CommitmentTemplate> = {}): CommitmentTemplate {
  return {
    id: 'tpl-food-licence',
    version: 1,
    type: 'certification',
    matter: { code: 'M-0001', name: '食品经营许可证核发' },
    title: '食品经营许可证明事项告知承诺书',
    authority: '厦门市市场监督管理局',
    replaces: '经营场所使用证明',
    cause: '申请食品经营许可,以告知承诺方式替代提交经营场所使用证明。',
    content: '本单位承诺对经营场所享有合法使用权,所提交材料真实有效。',
    conditions: '经营场所符合食品安全要求。',
    verification: '审批部门将通过现场核查、数据比对等方式进行核查。',
    liability: '如承诺不实,愿意承担撤销许可、记入信用记录等法律责任。',
    validityMonths: 12,
    committerKinds: ['organisation', 'individual-business', 'natural-person'],
    disclosure: 'public',
    textHash: 'a'.repeat(64),
    ...overrides,
  };
}

export function session(overrides: Partial<SessionInfo['subject']> = {}): SessionInfo {
  return {
    subject: {
      code: ORG_CODE,
      name: '厦门示范科技有限公司',
      committerKind: 'organisation',
      contactPhone: '13812345678',
      legalRepresentative: '张三',
      ...overrides,
    },
    portal: 'demo-portal',
    expiresAt: '2099-01-01T00:00:00Z',
  };
}

// One ES256 key for the whole test run: the SDK keeps fetched keys per API address.
let signingKey: Promise<{ jwks: Jwks; key: CryptoKey }> | undefined;
function receiptKey() {
  return (signingKey ??= (async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    return {
      key: pair.privateKey,
      jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: x!, y: y!, kid: 'test-key', alg: 'ES256', use: 'sig' }] },
    };
  })());
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const b64json = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));

/** The commitment the fake API answers a signing with, with a genuinely signed receipt. */
export async function signedCommitment(body: CreateCommitmentRequest, serial: number): Promise<Commitment> {
  const { key } = await receiptKey();
  const code = `35020020260506${String(serial).padStart(6, '0')}`;
  const payload = {
    v: 1 as const,
    code,
    subjectCode: body.committer.code,
    templateId: body.templateId,
    templateVersion: 1,
    textHash: body.agreedTextHash,
    signer: body.signerName,
    signedAt: '2026-05-06T08:30:00Z',
    iss: BASE_URL,
  };
  const input = `${b64json({ alg: 'ES256', kid: 'test-key', typ: 'JWT' })}.${b64json(payload)}`;
  const signature = new Uint8Array(
    await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(input)),
  );
  return {
    code,
    templateId: body.templateId,
    templateVersion: 1,
    type: 'certification',
    matter: template().matter,
    authority: template().authority,
    committer: {
      kind: body.committer.kind,
      code: body.committer.code,
      name: body.committer.name,
      legalRepresentative: body.committer.legalRepresentative ?? null,
      contactPhone: body.committer.contactPhone,
    },
    signerName: body.signerName,
    signedAt: payload.signedAt,
    validUntil: '2027-05-06',
    disclosure: 'public',
    state: 'signed',
    fulfilment: null,
    receipt: { jws: `${input}.${b64url(signature)}`, kid: 'test-key', payload },
  };
}

export interface FakeApi {
  fetch: typeof fetch;
  calls: Call[];
  /** Calls whose `METHOD /path` starts with `prefix`. */
  callsTo(prefix: string): Call[];
  /** Commitments created, one per idempotency key (a replayed key answers the first one). */
  commitments: Map<string, Commitment>;
}

/**
 * Answers the routes the widgets use. `handlers` (keyed `METHOD /path`) replace the defaults;
 * `statuses` are the known subjects.
 */
export function fakeApi(options: { statuses?: Status[]; handlers?: Record<string, Handler> } = {}): FakeApi {
  const calls: Call[] = [];
  const commitments = new Map<string, Commitment>();
  const known = options.statuses ?? [status()];
  const defaults: Record<string, Handler> = {
    'GET /v1/statuses': (call) => {
      const codes = lookedUp(call);
      return json({
        statuses: known.filter((s) => codes.includes(s.code)),
        unknown: codes.filter((c) => !known.some((s) => s.code === c)),
        invalid: [],
      });
    },
    'GET /v1/commitment-templates/': () => json(template()),
    'GET /v1/session': () => json(session()),
    'GET /v1/.well-known/jwks.json': async () => json((await receiptKey()).jwks),
    'POST /v1/commitments': async ({ headers, body }) => {
      const key = headers.get('idempotency-key') ?? String(Math.random());
      if (!commitments.has(key))
        commitments.set(key, await signedCommitment(body as CreateCommitmentRequest, commitments.size + 1));
      return json(commitments.get(key), 201);
    },
  };
  const handlers = { ...defaults, ...options.handlers };
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: Call = {
      method: request.method,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const route = `${call.method} ${call.path}`;
    // Exact routes first, then the longest prefix (`GET /v1/commitment-templates/` for any id).
    const match = handlers[route]
      ? route
      : Object.keys(handlers)
          .filter((k) => route.startsWith(k))
          .sort((a, b) => b.length - a.length)[0];
    const fallback = () => (match && defaults[match] ? defaults[match](call, fallback) : problem('not_found', 404));
    return match ? handlers[match]!(call, fallback) : problem('not_found', 404);
  };
  return {
    fetch: fakeFetch,
    calls,
    callsTo: (prefix) => calls.filter((c) => `${c.method} ${c.path}`.startsWith(prefix)),
    commitments,
  };
}

/** Fresh page-wide state: no configuration, no shared clients, no drafts of the fake template. */
export function resetPage(): void {
  resetConfiguration();
  resetClients();
  forgetDrafts(...fakeDraftScope);
}

/** Where drafts of forms on the fake template are kept: the component and scope, and the key's prefix. */
const fakeDraftScope = ['commitment-form', template().id] as const;
export const FAKE_DRAFTS = draftKey(...fakeDraftScope);

/** Points every widget at a fake API, without SDK retries so failures show at once. */
export function useFakeApi(options: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  resetPage();
  const api = fakeApi(options);
  configure({ baseUrl: BASE_URL, publishableKey: 'pk_test_demo', fetch: api.fetch, maxRetries: 0 });
  return api;
}

/** Whether a fetch call goes to `path` (`/v1/commitments`). */
export const isCallTo = (input: RequestInfo | URL, path: string) =>
  new URL(input instanceof Request ? input.url : String(input)).pathname === path;

/** A fetch that fails like a dropped connection. */
export const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
