/** The score weights survive a restart: written through one case store on PGlite, read after reopening the data folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../../runtime/cases/storage/open-case-store.js';
import { caseSql } from '../../../runtime/supervision/case-sql.js';
import { DEFAULT_WEIGHTS } from '../../../runtime/supervision/performance-score.js';
import { readWeights, writeWeights } from '../../../runtime/supervision/score-weights.store.js';

const dir = await mkdtemp(join(tmpdir(), 'mf-weights-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('score weights store', () => {
  it('gives the defaults first, then what was written, also after the store is closed and reopened', async () => {
    const first = await openCaseStore({ dataDir: dir });
    expect(await readWeights(caseSql(first))).toEqual({ weights: DEFAULT_WEIGHTS });
    const at = new Date('2026-11-25T08:00:00Z');
    await writeWeights(caseSql(first), { onTimeRate: 5, satisfaction: 4, complaints: 3, supplementRate: 2 }, 'admin', at);
    await writeWeights(caseSql(first), { onTimeRate: 1, satisfaction: 2, complaints: 3, supplementRate: 4 }, 'admin2', at);
    await first.close();

    const again = await openCaseStore({ dataDir: dir });
    try {
      expect(await readWeights(caseSql(again))).toEqual({ weights: { onTimeRate: 1, satisfaction: 2, complaints: 3, supplementRate: 4 }, updatedAt: at.toISOString(), updatedBy: 'admin2' });
      const { rows } = await caseSql(again).query<{ id: string }>("SELECT id FROM schema_migrations WHERE id LIKE 'supervision/%'");
      expect(rows.map((r) => r.id)).toEqual(['supervision/1']);
    } finally {
      await again.close();
    }
  });
});
