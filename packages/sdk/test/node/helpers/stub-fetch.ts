// A fetch stand-in for unit tests of one layer (retry timing, batching): never for the API's behaviour,
// which the integration tests check against the real server.
export type Handler = (request: Request, attempt: number) => Response | Promise<Response>;

export interface StubFetch {
  fetch: typeof fetch;
  requests: Request[];
  /** Bodies of the JSON requests, parsed. */
  bodies: unknown[];
  times: number[];
}

export function stubFetch(handler: Handler): StubFetch {
  const stub: StubFetch = {
    requests: [],
    bodies: [],
    times: [],
    fetch: async (input, init) => {
      const request = new Request(input, init);
      stub.requests.push(request);
      stub.times.push(Date.now());
      const text = request.body ? await request.clone().text() : '';
      stub.bodies.push(text && request.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text);
      return handler(request, stub.requests.length);
    },
  };
  return stub;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const problem = (code: string, status: number, extra: object = {}, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: `https://credit-kit.dev/problems/${code}`, title: code, status, code, ...extra }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );

/** A status as the API returns it, for stubs. */
export function fakeStatus(code: string) {
  return {
    code,
    kind: 'enterprise',
    name: `Subject ${code}`,
    grade: 'A',
    score: 900,
    factors: [],
    lists: [],
    flags: { underObjection: false, underRepair: false, noticePending: false },
    activeCommitments: 0,
    publishedRecords: 0,
    model: 'default',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
