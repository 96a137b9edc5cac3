import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../runtime/server/data-dir-lock.js';

describe('data folder lock', () => {
  it('given a folder locked by one process, a second lock fails with a clear message until the first is released', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mf-lock-'));
    const release = await lockDataDir(join(dir, 'data'));
    await expect(lockDataDir(join(dir, 'data'))).rejects.toThrow(/another Matterflow process is using the data folder/);
    await release();
    const again = await lockDataDir(join(dir, 'data'));
    await again();
    await rm(dir, { recursive: true, force: true });
  });
});
