import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../../../runtime/cases/storage/open-case-store.js';
import type { PostgresCaseStore } from '../../../../runtime/cases/storage/postgres-case.store.js';
import { runAuditVerify } from '../../../../runtime/scripts/audit-verify.js';
import { caseNo, submitted } from './case-fixtures.js';

describe('npm run audit:verify (runtime/scripts/audit-verify.ts)', () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function verify(): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await runAuditVerify({ MATTERFLOW_DATA_DIR: dir }, (line) => lines.push(line));
    return { code, lines };
  }

  it('given an intact store, then one line naming the count and the head, and exit code 0', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-verify-'));
    const store = await openCaseStore({ dataDir: dir });
    for (let n = 1; n <= 3; n++) await store.createCase(submitted(caseNo(n)));
    await store.close();
    const { code, lines } = await verify();
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^audit ok: 3 events verified in [\d.]+ s; head seq 3 hash [0-9a-f]{64} /);
  });

  it('given an event altered behind the store, then one line naming its seq, and exit code 1', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-verify-'));
    const store = (await openCaseStore({ dataDir: dir })) as PostgresCaseStore;
    for (let n = 1; n <= 3; n++) await store.createCase(submitted(caseNo(n)));
    await store.client.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only; UPDATE audit_events SET at = '2026-01-01T00:00:00Z' WHERE seq = 2`);
    await store.close();
    const { code, lines } = await verify();
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^audit BROKEN at seq 2: hash does not match the content; 1 events intact before it; head seq 3 /)]);
  });

  it('given a data folder without a case store, then exit code 1 and nothing is created', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-verify-'));
    const { code, lines } = await verify();
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/no case store at .*cases/);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual([]);
  });
});
