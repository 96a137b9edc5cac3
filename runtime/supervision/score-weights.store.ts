/**
 * The performance score's weights, set by the admin, kept durably in the case store's database
 * (PGlite in the data folder, or the DATABASE_URL server every instance shares): the one store that
 * is PostgreSQL in both set-ups, so every instance reads the same weights and a write is durable
 * once acknowledged. The catalogue store would not do: embedded it is lowdb JSON documents, a
 * different code path for a single setting.
 *
 * Its own table and append-only migrations (`supervision/<n>`, run by the same runner and recorded
 * in the same schema_migrations as the case store's `cases/<n>`), created on first use.
 */
import type { SqlClient } from '../../catalog/storage/sql-client.js';
import { runMigrations, type Migration } from '../../catalog/storage/sql-migrations.js';
import { DEFAULT_WEIGHTS, INDICATORS, type ScoreWeights } from './performance-score.js';

export const SUPERVISION_MIGRATIONS: readonly Migration[] = [
  {
    id: 'supervision/1',
    name: 'CreateSupervisionSettings',
    sql: `
      CREATE TABLE supervision_settings (
        name text COLLATE "C" PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text
      );
    `,
  },
];

const WEIGHTS = 'score_weights';

export interface StoredWeights {
  weights: ScoreWeights;
  /** Absent while the defaults apply. */
  updatedAt?: string;
  updatedBy?: string;
}

const migrated = new WeakMap<SqlClient, Promise<unknown>>();

function ready(client: SqlClient): Promise<unknown> {
  let p = migrated.get(client);
  if (!p) {
    p = runMigrations(client, SUPERVISION_MIGRATIONS).catch((e: unknown) => {
      migrated.delete(client);
      throw e;
    });
    migrated.set(client, p);
  }
  return p;
}

/** The weights in force: the admin's, or {@link DEFAULT_WEIGHTS}; an indicator added later gets its default. */
export async function readWeights(client: SqlClient): Promise<StoredWeights> {
  await ready(client);
  const { rows } = await client.query<{ value: Partial<ScoreWeights>; updated_at: Date | string; updated_by: string | null }>(
    'SELECT value, updated_at, updated_by FROM supervision_settings WHERE name = $1',
    [WEIGHTS],
  );
  if (rows.length === 0) return { weights: { ...DEFAULT_WEIGHTS } };
  const stored = rows[0]!;
  const weights = Object.fromEntries(INDICATORS.map((i) => [i, typeof stored.value[i] === 'number' ? stored.value[i] : DEFAULT_WEIGHTS[i]])) as ScoreWeights;
  return { weights, updatedAt: new Date(stored.updated_at).toISOString(), ...(stored.updated_by ? { updatedBy: stored.updated_by } : {}) };
}

/** Stores checked weights (see checkWeights) in one statement. */
export async function writeWeights(client: SqlClient, weights: ScoreWeights, by: string, at: Date): Promise<StoredWeights> {
  await ready(client);
  const value = Object.fromEntries(INDICATORS.map((i) => [i, weights[i]]));
  await client.query(
    `INSERT INTO supervision_settings (name, value, updated_at, updated_by) VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [WEIGHTS, JSON.stringify(value), at.toISOString(), by],
  );
  return { weights: value as ScoreWeights, updatedAt: at.toISOString(), updatedBy: by };
}
