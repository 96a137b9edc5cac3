/**
 * A lowdb adapter whose writes are durable and atomic: when `write` resolves the new content is on
 * disk, and a crash at any moment leaves either the old file or the new one, never a torn mix.
 * (lowdb's own JSONFile renames a temp file too, but never fsyncs, so a power loss can leave an
 * empty file behind the rename.)
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Temp files are `.<name>.<random>.tmp` next to their target, so a rename never crosses devices. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  /** The parsed file, or null when it does not exist yet. */
  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf-8')) as T;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  /**
   * Replaces the file:
   * 1. write the JSON to a fresh temp file in the same directory and fsync it;
   * 2. rename it over the target (atomic on POSIX file systems);
   * 3. fsync the directory so the rename itself survives a power loss.
   * Callers serialize writes to one path; concurrent writes would still each be atomic, last wins.
   */
  async write(data: T): Promise<void> {
    const dir = dirname(this.path);
    const temp = join(dir, `.${basename(this.path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const file = await open(temp, 'wx', 0o600); // 1
      try {
        await file.writeFile(JSON.stringify(data, null, 1));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path); // 2
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    await syncDirectory(dir); // 3
  }
}

/** fsyncs a directory; platforms that cannot open directories (Windows) skip it. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (e) {
    if (process.platform === 'win32') return;
    throw e;
  }
  try {
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw e;
  } finally {
    await handle.close();
  }
}

/** Deletes temp files a crash left in `dir` (their targets are intact by construction). */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!TEMP_FILE.test(name)) continue;
    await unlink(join(dir, name)).catch(() => undefined);
    removed++;
  }
  return removed;
}
