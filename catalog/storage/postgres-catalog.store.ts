/**
 * The catalogue in PostgreSQL, over a SqlClient: the `pg` pool of a server (scale-out: every instance
 * shares it) or PGlite (tests, and the same SQL embedded). Tables and their reasons are in
 * catalog-migrations.ts; search SQL in postgres-search-query.ts. Documents come back freshly parsed
 * from jsonb, so callers always get their own copies.
 */
import { InFlight } from './in-flight.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../schemas/errors.js';
import type { Account, CalendarOverrides, Department, MatterVersion, SharedMaterial } from '../../schemas/types.generated.js';
import { searchKeys } from '../search/search-keys.js';
import { storedSummary, summaryOf } from '../search/summary-of.js';
import { CATALOG_MIGRATIONS } from './catalog-migrations.js';
import type { CatalogStore, MatterCommit, MatterHead, SearchQuery, SearchResult } from './catalog.store.js';
import { searchSql } from './postgres-search-query.js';
import type { SqlClient } from './sql-client.js';
import { runMigrations } from './sql-migrations.js';

interface HeadRow {
  code: string;
  department_id: string;
  name: string;
  status: MatterHead['status'];
  live_version: number | null;
  latest_version: number | null;
  draft: MatterVersion | null;
  retired_at: string | null;
  revision: number;
  updated_at: string;
}

const HEAD_COLUMNS = 'code, department_id, name, status, live_version, latest_version, draft, retired_at, revision, updated_at';
const SEARCH_COLUMNS = ['search_text', 'sort_key', 'type_code', 'service_objects', 'online_depth', 'themes', 'summary'] as const;
const SEARCH_CASTS = ['text', 'text', 'text', 'text[]', 'int', 'text[]', 'jsonb'] as const;

export class PostgresCatalogStore implements CatalogStore {
  readonly kind = 'postgres' as const;
  #ready: Promise<void> | undefined;
  readonly #inFlight = new InFlight();

  constructor(readonly client: SqlClient) {}

  /** Runs the catalogue migrations (under an advisory lock: instances may start together). */
  init(): Promise<void> {
    this.#ready ??= runMigrations(this.client, CATALOG_MIGRATIONS).then(
      () => undefined,
      (e: unknown) => {
        this.#ready = undefined;
        throw e;
      },
    );
    return this.#ready;
  }

  /** Waits for calls in flight, then closes the client. */
  async close(): Promise<void> {
    await this.#inFlight.drain();
    await this.client.close();
  }

  listDepartments(): Promise<Department[]> {
    return this.#docs('SELECT doc FROM departments ORDER BY id');
  }

  async getDepartment(id: string): Promise<Department | undefined> {
    return (await this.#docs<Department>('SELECT doc FROM departments WHERE id = $1', [id]))[0];
  }

  async putDepartment(department: Department): Promise<void> {
    await this.#query('INSERT INTO departments (id, doc) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc', [department.id, json(department)]);
  }

  listAccounts(): Promise<Account[]> {
    return this.#docs('SELECT doc FROM accounts ORDER BY username');
  }

  async getAccount(username: string): Promise<Account | undefined> {
    return (await this.#docs<Account>('SELECT doc FROM accounts WHERE username = $1', [username]))[0];
  }

  async createAccount(account: Account): Promise<void> {
    const { rows } = await this.#query('INSERT INTO accounts (username, doc) VALUES ($1, $2::jsonb) ON CONFLICT (username) DO NOTHING RETURNING username', [account.username, json(account)]);
    if (rows.length === 0) throw new ConflictError(`account ${account.username} already exists`);
  }

  async updateAccount(account: Account): Promise<void> {
    const { rows } = await this.#query('UPDATE accounts SET doc = $2::jsonb WHERE username = $1 RETURNING username', [account.username, json(account)]);
    if (rows.length === 0) throw new NotFoundError(`account ${account.username}`);
  }

  listSharedMaterials(): Promise<SharedMaterial[]> {
    return this.#docs('SELECT doc FROM shared_materials ORDER BY id');
  }

  async putSharedMaterial(material: SharedMaterial): Promise<void> {
    await this.#query('INSERT INTO shared_materials (id, doc) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc', [material.id, json(material)]);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const { rows } = await this.#query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0]?.value;
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    await this.#query('INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, json(value ?? null)]);
  }

  async listCalendars(): Promise<CalendarOverrides[]> {
    return this.#docs<CalendarOverrides>('SELECT doc FROM calendars ORDER BY year', []);
  }

  async getCalendar(year: number): Promise<CalendarOverrides | undefined> {
    if (!Number.isSafeInteger(year)) return undefined; // as the embedded store: no such key, not a SQL error
    return (await this.#docs<CalendarOverrides>('SELECT doc FROM calendars WHERE year = $1', [year]))[0];
  }

  async putCalendar(calendar: CalendarOverrides): Promise<void> {
    await this.#query('INSERT INTO calendars (year, doc) VALUES ($1, $2::jsonb) ON CONFLICT (year) DO UPDATE SET doc = EXCLUDED.doc', [calendar.year, json(calendar)]);
  }

  async getHead(code: string): Promise<MatterHead | undefined> {
    const { rows } = await this.#query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM matters WHERE code = $1`, [code]);
    return rows[0] && headOf(rows[0]);
  }

  async listHeads(filter: { departmentId?: string } = {}): Promise<MatterHead[]> {
    const { rows } =
      filter.departmentId === undefined
        ? await this.#query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM matters ORDER BY code`)
        : await this.#query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM matters WHERE department_id = $1 ORDER BY code`, [filter.departmentId]);
    return rows.map(headOf);
  }

  async getVersion(code: string, version: number): Promise<MatterVersion | undefined> {
    if (!Number.isSafeInteger(version)) return undefined;
    return (await this.#docs<MatterVersion>('SELECT doc FROM matter_versions WHERE code = $1 AND version = $2', [code, version]))[0];
  }

  listVersions(code: string): Promise<MatterVersion[]> {
    return this.#docs('SELECT doc FROM matter_versions WHERE code = $1 ORDER BY version', [code]);
  }

  /**
   * One transaction:
   * 1. new matter: INSERT … ON CONFLICT DO NOTHING (nothing inserted → it exists → ConflictError);
   *    else UPDATE … WHERE revision = expected (no row → stale or missing → ConflictError). The row
   *    lock makes a concurrent commit with the same expected revision wait, then find no row.
   *    Search columns are rewritten only when this commit decides the live version: published now
   *    (from the new version) or nothing live (cleared); a draft edit leaves them alone.
   * 2. INSERT the published version (its number exists → ConflictError, everything rolls back).
   * 3. when the live version is an older one the search columns do not describe, index it.
   */
  async commitMatter(commit: MatterCommit): Promise<MatterHead> {
    const { head, expectedRevision, publish } = commit;
    if (publish && publish.code !== head.code) throw new BadRequestError(`version of ${publish.code} committed to matter ${head.code}`);
    const live = head.liveVersion === null ? null : publish?.version === head.liveVersion ? publish : undefined;
    const headParams = [head.code, head.departmentId, head.name, head.status, head.liveVersion, head.latestVersion, head.draft === null ? null : json(head.draft), head.retiredAt ?? null, head.updatedAt];
    const search = live === undefined ? undefined : searchParams(live);
    return this.#inFlight.track(
      this.client.transaction(async (tx) => {
        let revision: number;
        let indexed: number | null;
        if (expectedRevision === null) {
          // Head columns in headParams order ($1–$9), revision 1, then the search columns ($10–$16).
          const columns = `${HEAD_COLUMNS.replace(', revision', '')}, revision, ${SEARCH_COLUMNS.join(', ')}`;
          const values = [...headParams.map((_, i) => `$${i + 1}${i === 6 ? '::jsonb' : ''}`), '1', ...SEARCH_CASTS.map((c, i) => `$${headParams.length + i + 1}::${c}`)];
          const { rows } = await tx.query<{ revision: number }>(
            `INSERT INTO matters (${columns}) VALUES (${values.join(', ')}) ON CONFLICT (code) DO NOTHING RETURNING revision`,
            [...headParams, ...(search ?? searchParams(null))],
          );
          if (rows.length === 0) throw new ConflictError(`matter ${head.code} already exists`); // 1
          revision = rows[0].revision;
          indexed = null;
        } else {
          const set = ['department_id = $2', 'name = $3', 'status = $4', 'live_version = $5', 'latest_version = $6', 'draft = $7::jsonb', 'retired_at = $8', 'updated_at = $9', 'revision = revision + 1'];
          const params: unknown[] = [...headParams, expectedRevision];
          if (search) SEARCH_COLUMNS.forEach((c, i) => set.push(`${c} = $${params.push(search[i])}::${SEARCH_CASTS[i]}`));
          const { rows } = await tx.query<{ revision: number; indexed: number | null }>(
            `UPDATE matters SET ${set.join(', ')} WHERE code = $1 AND revision = $10 RETURNING revision, (summary->>'version')::int AS indexed`,
            params,
          );
          if (rows.length === 0) throw new ConflictError(`matter ${head.code} changed since revision ${expectedRevision}: reload it`); // 1
          ({ revision, indexed } = rows[0]);
        }
        if (publish) {
          const { rows } = await tx.query(
            'INSERT INTO matter_versions (code, version, doc, published_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz) ON CONFLICT (code, version) DO NOTHING RETURNING version',
            [publish.code, publish.version, json(publish), publish.publishedAt ?? null],
          );
          if (rows.length === 0) throw new ConflictError(`version ${publish.version} of matter ${head.code} is already published`); // 2
        }
        if (live === undefined && indexed !== head.liveVersion) await reindex(tx, head.code, head.liveVersion!); // 3
        return headOf({ ...rowOf(head), revision });
      }),
    );
  }

  async searchPublished(query: SearchQuery): Promise<SearchResult> {
    const { page, count } = searchSql(query);
    const { rows } = await this.#query<{ summary: Parameters<typeof storedSummary>[0]; total: number }>(page.sql, page.params);
    if (rows.length > 0) return { items: rows.map((r) => storedSummary(r.summary)), total: rows[0].total };
    // Past the last page the window count has no row to ride on.
    const total = query.page > 1 ? (await this.#query<{ total: number }>(count.sql, count.params)).rows[0].total : 0;
    return { items: [], total };
  }

  async #docs<T>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.#query<{ doc: T }>(sql, params)).rows.map((r) => r.doc);
  }

  #query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> {
    return this.#inFlight.track(this.client.query<R>(sql, params));
  }

}

/** Search column values of a live version, in SEARCH_COLUMNS order; all null when nothing is live. */
function searchParams(live: MatterVersion | null): unknown[] {
  if (!live) return SEARCH_COLUMNS.map(() => null);
  const keys = searchKeys(live.definition);
  const summary = summaryOf(live);
  return [keys.text, keys.sortKey, summary.type.code, summary.serviceObjects, summary.onlineDepth, summary.themes, json(summary)];
}

/** Points the search columns at an already stored version (or clears them if it does not exist). */
async function reindex(tx: SqlClient, code: string, version: number): Promise<void> {
  const { rows } = await tx.query<{ doc: MatterVersion }>('SELECT doc FROM matter_versions WHERE code = $1 AND version = $2', [code, version]);
  const values = searchParams(rows[0]?.doc ?? null);
  const set = SEARCH_COLUMNS.map((c, i) => `${c} = $${i + 2}::${SEARCH_CASTS[i]}`);
  await tx.query(`UPDATE matters SET ${set.join(', ')} WHERE code = $1`, [code, ...values]);
}

function rowOf(head: Omit<MatterHead, 'revision'>): Omit<HeadRow, 'revision'> {
  return {
    code: head.code,
    department_id: head.departmentId,
    name: head.name,
    status: head.status,
    live_version: head.liveVersion,
    latest_version: head.latestVersion,
    draft: head.draft === null ? null : (JSON.parse(json(head.draft)) as MatterVersion),
    retired_at: head.retiredAt ?? null,
    updated_at: head.updatedAt,
  };
}

function headOf(row: HeadRow): MatterHead {
  return {
    code: row.code,
    departmentId: row.department_id,
    name: row.name,
    status: row.status,
    liveVersion: row.live_version,
    latestVersion: row.latest_version,
    draft: row.draft,
    ...(row.retired_at === null ? {} : { retiredAt: row.retired_at }),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

function json(value: unknown): string {
  return JSON.stringify(value);
}
