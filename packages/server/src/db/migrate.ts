import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

/** packages/server/migrations, both from src/db and from dist/db. */
export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Applies every migration not yet recorded, in file-name order, each in its own transaction. */
export async function migrate(db: Db): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL take turns.
    await tx.query('select pg_advisory_xact_lock(827364500)');
    await tx.query(
      'create table if not exists migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ name: string }>('select name from migrations')).rows.map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(migrationsDir + file, 'utf8');
      await tx.exec(sql);
      await tx.query('insert into migrations (name) values ($1)', [file]);
      applied.push(file);
    }
  });
  return applied;
}
