/**
 * The embedded store serves one process: lowdb files and PGlite are not safe to open from two at
 * once. A lock on the data folder (proper-lockfile: a lock directory refreshed while we run, taken
 * over when its owner died) turns a second `npm start` on the same folder into a clear error
 * instead of silently interleaved writes.
 */
import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, { realpath: false, stale: 30_000, update: 10_000, lockfilePath: `${dataDir}/.matterflow.lock` });
  } catch (e) {
    if ((e as { code?: string }).code === 'ELOCKED') {
      throw new Error(`another Matterflow process is using the data folder ${dataDir}; stop it first, or set DATABASE_URL to share a PostgreSQL server between instances`);
    }
    throw e;
  }
}
