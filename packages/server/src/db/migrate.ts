import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

/** packages/server/migrations, both from src/db and from dist/db. */
export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Migrations that once shared a number, under the names databases made before their renumbering
 * recorded them (same files, same order): such a database's records are renamed, nothing runs again.
 */
export const formerNames: Readonly<Record<string, string>> = {
  '002_objection_details.sql': '003_objection_details.sql',
  '003_authorities_lists.sql': '004_authorities_lists.sql',
  '004_reports.sql': '005_reports.sql',
  '004_staff_sessions.sql': '006_staff_sessions.sql',
};

/** The migration files in the order they apply; refuses two files with one number. */
export async function migrationFiles(dir = migrationsDir): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const numbers = new Map<string, string>();
  for (const file of files) {
    const number = /^(\d+)_/.exec(file)?.[1];
    if (!number) throw new Error(`migration ${file} does not start with its number (NNN_name.sql)`);
    const other = numbers.get(number);
    if (other) throw new Error(`migrations ${other} and ${file} have the same number`);
    numbers.set(number, file);
  }
  return files;
}

/** Applies every migration not yet recorded, in file-name order, in one transaction. */
export async function migrate(db: Db): Promise<string[]> {
  const files = await migrationFiles();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL take turns.
    await tx.query('select pg_advisory_xact_lock(827364500)');
    await tx.query(
      'create table if not exists migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    await tx.query(
      'update migrations set name = n.name from unnest($1::text[], $2::text[]) as n(former, name) where migrations.name = n.former',
      [Object.keys(formerNames), Object.values(formerNames)],
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
