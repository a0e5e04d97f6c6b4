// The server a benchmark drives, in the child process the benchmark forks: demo data, no rate limit (the
// clients share one address), PGlite in `dataDir` or DATABASE_URL. Tells the parent its URL, the demo's
// keys and codes, and which database it runs on; returns the running server.
export async function serveForBench(dataDir) {
  const { startServer } = await import('@credit-kit/server');
  const server = await startServer({ port: 0, dataDir, seed: 'demo', logger: false, rateLimit: false });
  process.send({
    url: server.url,
    demo: server.demo,
    database: server.deps.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite',
  });
  return server;
}
