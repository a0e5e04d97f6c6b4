// `npm start`: builds what is needed, then serves the API with the demo data on its embedded database
// (./.data, or CREDIT_DATA_DIR; DATABASE_URL for PostgreSQL) and the example portal at /.
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// `npm start -- --policy FILE` serves with a region's policy (the same as CREDIT_POLICY=FILE).
const policyArg = process.argv.indexOf('--policy');
if (policyArg > 0) {
  const file = process.argv[policyArg + 1];
  if (!file) {
    console.error('--policy needs a file: npm start -- --policy region-policy.json');
    process.exit(2);
  }
  process.env.CREDIT_POLICY = file;
}

// The portal's backend is example code in TypeScript; the packages it imports run from their builds.
const { startPortalServer } = await tsImport('../examples/portal/serve.ts', import.meta.url);
const server = await startPortalServer({
  port: Number(process.env.PORT ?? 8787),
  logger: process.env.CREDIT_LOG === '1' ? undefined : false,
}).catch((error) => {
  // A policy file that is not valid names its bad fields; nothing else to add to that.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

console.log(`
credit-kit is running (${server.deps.db.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${process.env.CREDIT_DATA_DIR ?? './.data'}`})

  portal   ${server.url}/
  staff    ${server.url}/service-hall/   (a licensing system's staff page: credit checks at the counter)
  API      ${server.url}/v1
  docs     ${server.url}/docs
  health   ${server.url}/healthz

  demo publishable key  ${server.demo.publishableKey}   (valid from http://localhost:* and http://127.0.0.1:*)
  demo secret key       ${server.demo.secretKey}   (server-side only; demo data only)

Set CREDIT_LOG=1 for request logs. Ctrl+C stops.`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
