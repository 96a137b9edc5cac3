/**
 * Migration cases/2 (AddWarnAtAndDesks) on a database written by cases/1: the warning day becomes
 * the start of that day in China, an accepted case is credited to its department, a decided one
 * too, and the store then reads and writes the row as any other.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteClient } from '../../../../catalog/storage/pglite-client.js';
import type { SqlClient } from '../../../../catalog/storage/sql-client.js';
import { runMigrations } from '../../../../catalog/storage/sql-migrations.js';
import { CASE_MIGRATIONS } from '../../../../runtime/cases/storage/case-migrations.js';
import { PostgresCaseStore } from '../../../../runtime/cases/storage/postgres-case.store.js';

let dir = '';
let client: SqlClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mf-case-migrations-'));
  client = await createPgliteClient(dir);
});
afterAll(async () => {
  await client.close();
  await rm(dir, { recursive: true, force: true });
});

describe('case migrations', () => {
  it('cases/2 backfills warn_at and the desks of rows written under cases/1', async () => {
    await runMigrations(client, CASE_MIGRATIONS.filter((m) => m.id === 'cases/1'));
    const doc = { caseNo: 'MF-OLD-000001', matterCode: 'M', matterVersion: 1, status: 'granted', receivedAt: '2026-03-02T02:00:00.000Z', version: 3 };
    await client.query(
      `INSERT INTO cases (case_no, matter_code, matter_version, department_id, status, received_at, accepted_at, due_date, warn_on, concluded_at, outcome, version, doc, state)
       VALUES ('MF-OLD-000001', 'M', 1, 'scjg', 'granted', '2026-03-02T02:00:00Z', '2026-03-02T03:00:00Z', '2026-03-16', '2026-03-13', '2026-03-10T02:00:00Z', 'granted', 3, $1::jsonb, '{}'::jsonb),
              ('MF-OLD-000002', 'M', 1, 'scjg', 'submitted', '2026-03-02T02:00:00Z', NULL, NULL, NULL, NULL, NULL, 0, $1::jsonb, '{}'::jsonb)`,
      [JSON.stringify(doc)],
    );
    const store = new PostgresCaseStore(client, { ownsClient: false });
    await store.init();
    const { rows } = await client.query<{ case_no: string; warn_at: Date | null; accept_department_id: string | null; decide_department_id: string | null }>(
      'SELECT case_no, warn_at, accept_department_id, decide_department_id FROM cases ORDER BY case_no',
    );
    expect(rows.map((r) => [r.case_no, r.warn_at && new Date(r.warn_at).toISOString(), r.accept_department_id, r.decide_department_id])).toEqual([
      ['MF-OLD-000001', '2026-03-12T16:00:00.000Z', 'scjg', 'scjg'],
      ['MF-OLD-000002', null, null, null],
    ]);
    expect((await store.getCase('MF-OLD-000001'))?.desks).toEqual({ acceptDepartmentId: 'scjg', decideDepartmentId: 'scjg' });
    await store.close();
  });
});
