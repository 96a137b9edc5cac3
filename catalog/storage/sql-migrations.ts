/**
 * A generic, append-only migration runner for the PostgreSQL stores (catalogue now, cases later).
 * Migrations are named (`catalog/1` CreateCatalogTables) and recorded in `schema_migrations` of the
 * current schema. Several server instances may start at once: every step runs in a transaction that
 * first takes a transaction-scoped advisory lock for the schema, so each migration is applied
 * exactly once and nobody reads a half-migrated schema.
 */
import type { SqlClient } from './sql-client.js';

export interface Migration {
  /** `<area>/<n>`, never reused: e.g. `catalog/1`. */
  id: string;
  /** What it does, in PascalCase: e.g. `CreateCatalogTables`. */
  name: string;
  /** One or more statements; must be transactional (no CREATE INDEX CONCURRENTLY). */
  sql: string;
}

/** Advisory lock class of migrations; the object id is the schema's hash, so schemas migrate independently. */
const LOCK_CLASS = 0x4d46; // 'MF'
const LOCK = `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(current_schema()))`;

/**
 * Applies the pending migrations in list order and returns the ids it applied.
 * 1. check the list: ids unique and named;
 * 2. under the lock, create `schema_migrations` if needed (concurrent CREATE TABLE IF NOT EXISTS
 *    can still collide in the catalogue, hence the lock);
 * 3. read what is recorded; for each migration not yet recorded, one transaction: lock, skip when recorded (another instance won the race),
 *    refuse when recorded under another name (a migration was edited), else run it and record it.
 */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[]): Promise<string[]> {
  const seen = new Set<string>(); // 1
  for (const m of migrations) {
    if (!m.id || !m.name || !m.sql.trim()) throw new Error(`migration ${m.id || '(no id)'} needs an id, a name and sql`);
    if (seen.has(m.id)) throw new Error(`migration id ${m.id} is used twice`);
    seen.add(m.id);
  }
  await client.transaction(async (tx) => {
    await tx.query(LOCK); // 2
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id text PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
  });
  const recorded = new Map(
    (await client.query<{ id: string; name: string }>('SELECT id, name FROM schema_migrations')).rows.map((r) => [r.id, r.name]),
  );
  const applied: string[] = [];
  for (const m of migrations) {
    const name = recorded.get(m.id);
    if (name !== undefined && name !== m.name) throw renamed(m, name);
    if (name !== undefined) continue; // applied before: no lock needed to know that
    const ran = await client.transaction(async (tx) => {
      await tx.query(LOCK); // 3
      const { rows } = await tx.query<{ name: string }>('SELECT name FROM schema_migrations WHERE id = $1', [m.id]);
      if (rows.length > 0) {
        if (rows[0].name !== m.name) throw renamed(m, rows[0].name);
        return false;
      }
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      return true;
    });
    if (ran) applied.push(m.id);
  }
  return applied;
}

function renamed(m: Migration, appliedAs: string): Error {
  return new Error(`migration ${m.id} was applied as ${appliedAs} but is now named ${m.name}: migrations are append-only`);
}
