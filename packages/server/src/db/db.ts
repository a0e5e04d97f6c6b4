export interface Queryable {
  // The caller names the row type its SQL returns, as pg's own `query<R>` does.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The one storage interface: PGlite and PostgreSQL both sit behind it and run the same SQL. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to a NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The one row a statement must return (an INSERT … RETURNING, a row just locked); throws if there is none. */
export function onlyRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('the statement returned no row');
  return row;
}

/** `2026-04-01 10:00:00.123+00` (PostgreSQL's text form) → `2026-04-01T10:00:00.123Z`. */
export function parseTimestamptz(text: string): string {
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso).toISOString();
}

/** Both drivers return the same JS types: numbers for int8/numeric, strings for dates and timestamps. */
export const typeParsers: Record<number, (text: string) => unknown> = {
  20: Number, // int8 (count(*), identities)
  1700: Number, // numeric
  1082: (text) => text, // date stays YYYY-MM-DD, never a local-midnight Date
  1184: parseTimestamptz, // timestamptz
  1114: (text) => parseTimestamptz(`${text}+00`), // timestamp (read as UTC)
};

/** Whether a database URL names a PostgreSQL server (anything else means the embedded PGlite). */
export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

export async function openDb(options: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  if (isPostgresUrl(options.databaseUrl)) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  const { openPgliteWorker } = await import('./pglite-worker.js');
  return openPgliteWorker(options.dataDir ?? './.data');
}
