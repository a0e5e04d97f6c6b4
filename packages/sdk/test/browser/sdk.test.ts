// The SDK in Chromium against the real server (run beside the tests by scripts/wtr-credit-server.mjs).
import { expect } from '@open-wc/testing';
import type { CommitmentTemplate, SessionSubject, SubjectSession } from '@credit-kit/contract';
import {
  APITimeoutError,
  APIUserAbortError,
  createClient,
  NotFoundError,
  PermissionError,
  verifyReceipt,
  type ClientOptions,
} from '@credit-kit/sdk';
import { responseValidators } from '@credit-kit/sdk/validate';

interface ServerInfo {
  url: string;
  publishableKey: string;
  subjects: Record<'redListed' | 'blacklisted' | 'individualBusiness' | 'naturalPerson' | 'underSupervision', string>;
  templates: Record<string, string>;
}

let info: ServerInfo;
const portal = (opts: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: info.url, publishableKey: info.publishableKey, locale: 'en', ...opts });
const subjectClient = async (subject: keyof ServerInfo['subjects'], opts: Partial<ClientOptions> = {}) => {
  const session = (await (
    await fetch(`/__credit-server/session?subject=${info.subjects[subject]}`)
  ).json()) as SubjectSession;
  return createClient({ baseUrl: info.url, sessionToken: session.token, locale: 'en', ...opts });
};
const commitmentBody = (template: CommitmentTemplate, subject: SessionSubject) => ({
  templateId: template.id,
  committer: { kind: subject.committerKind, code: subject.code, name: subject.name, contactPhone: '13800138000' },
  signerName: '王敏',
  agreedTextHash: template.textHash,
  confirmations: { read: true as const, truthful: true as const },
});
/** Counts what goes through fetch, keyed by `METHOD path`. */
const counting = () => {
  const counts: Record<string, number> = {};
  const counted: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return fetch(request);
  };
  return { fetch: counted, counts };
};

describe('@credit-kit/sdk in Chromium', function () {
  // The server shares two cores with the browser and other suites: be patient, assert no timings.
  this.timeout(60_000);

  before(async () => {
    const { url, demo } = (await (await fetch('/__credit-server.json')).json()) as {
      url: string;
      demo: Omit<ServerInfo, 'url'>;
    };
    info = { url, ...demo };
  });

  it('batches 100 concurrent status look-ups into one request', async () => {
    const counter = counting();
    const client = portal({ fetch: counter.fetch });
    const codes = Object.values(info.subjects);
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => client.statuses.get(codes[i % codes.length]!)),
    );
    expect(counter.counts['GET /v1/statuses']).to.equal(1);
    expect(statuses[0]!.code).to.equal(info.subjects.redListed);
    expect(statuses[3]!.code).to.contain('*');
  });

  it('rejects unknown and malformed codes, and keys used where they are not allowed', async () => {
    const client = portal();
    const unknown = await client.statuses.get('91330100MA00000072').catch((e: unknown) => e);
    expect(unknown).to.be.instanceOf(NotFoundError);
    expect((unknown as NotFoundError).localizedMessage('zh-CN')).to.equal('未找到相关信息');
    const denied = await client.keys.list().catch((e: unknown) => e);
    expect(denied).to.be.instanceOf(PermissionError);
  });

  it('pages through the public commitment column', async () => {
    const codes: string[] = [];
    for await (const c of portal().commitments.list({ limit: 2 })) codes.push(c.code);
    expect(codes.length).to.be.greaterThan(3);
    expect(new Set(codes).size).to.equal(codes.length);
  });

  it('signs a commitment and verifies its receipt offline with WebCrypto', async () => {
    const client = await subjectClient('redListed');
    const me = await client.session.get();
    const template = await client.templates.get(info.templates.voluntary!);
    const commitment = await client.commitments.create(commitmentBody(template, me.subject));
    const offline = await verifyReceipt(commitment.receipt, { baseUrl: info.url });
    expect(offline.valid).to.equal(true);
    expect(offline.payload?.code).to.equal(commitment.code);
    const [h, p, s] = commitment.receipt.jws.split('.');
    const forged = `${h}.${p!.slice(0, -2)}${p!.endsWith('AA') ? 'BB' : 'AA'}.${s}`;
    expect((await verifyReceipt(forged, { baseUrl: info.url })).valid).to.equal(false);
    const edited = { ...commitment.receipt, payload: { ...commitment.receipt.payload, signer: '李四' } };
    expect((await client.receipts.verifyOffline(edited)).reason).to.equal('mismatch');
    expect((await client.receipts.verify(commitment.receipt)).valid).to.equal(true);
  });

  it('replays a signing whose response was lost: one commitment', async () => {
    let lost = 0;
    const keys: (string | null)[] = [];
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const isSigning = request.method === 'POST' && new URL(request.url).pathname === '/v1/commitments';
      if (isSigning) keys.push(request.headers.get('idempotency-key'));
      const response = await fetch(request);
      if (isSigning && lost++ === 0) {
        await response.arrayBuffer();
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const client = await subjectClient('individualBusiness', { fetch: lossy });
    const me = await client.session.get();
    const before = await portal().commitments.list({ subject: me.subject.code }).toArray();
    const template = await client.templates.get(info.templates.voluntary!);
    const commitment = await client.commitments.create(commitmentBody(template, me.subject));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    const after = await portal().commitments.list({ subject: me.subject.code }).toArray();
    expect(after.length).to.equal(before.length + 1);
    expect(after.filter((c) => c.code === commitment.code)).to.have.length(1);
  });

  it('uploads a file with progress events from XMLHttpRequest', async () => {
    const client = await subjectClient('redListed');
    const bytes = new Uint8Array(3 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
    const blob = new Blob([bytes], { type: 'application/pdf' });
    const progress: { loaded: number; total: number }[] = [];
    const file = await client.files.upload(blob, { name: 'scan.pdf', onProgress: (p) => progress.push(p) });
    expect(file.size).to.equal(blob.size);
    // XMLHttpRequest reported bytes before the final event (the fetch fallback reports only 0 and the end).
    expect(progress.slice(0, -1).some((p) => p.loaded > 0)).to.equal(true);
    expect(progress.at(-1)).to.deep.equal({ loaded: blob.size, total: blob.size });
    expect(progress.every((p, i) => i === 0 || p.loaded >= progress[i - 1]!.loaded)).to.equal(true);
    expect((await client.files.get(file.id)).sha256).to.equal(file.sha256);
  });

  it('aborts and times out', async () => {
    const controller = new AbortController();
    const pending = portal()
      .templates.list(undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    expect(await pending).to.be.instanceOf(APIUserAbortError);
    const hanging = createClient({ baseUrl: `${location.origin}/__credit-hang`, timeout: 200, maxRetries: 0 });
    expect(await hanging.policy.get().catch((e: unknown) => e)).to.be.instanceOf(APITimeoutError);
  });

  it('validates only when the validators are passed in', async () => {
    expect(() => portal({ validateResponses: true })).to.throw(TypeError);
    const status = await portal({ validate: responseValidators }).statuses.get(info.subjects.blacklisted);
    expect(status.grade).to.equal('D');
  });
});
