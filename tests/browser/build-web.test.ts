/**
 * The staleness check `npm start` runs before the server: the newest change under the inputs,
 * folders included (a deleted file shows as its folder's change), node_modules and dist skipped.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newestMtime } from '../../runtime/scripts/build-web.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
let dir: string;

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tree(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'mf-stale-'));
  await mkdir(join(dir, 'a', 'b'), { recursive: true });
  await mkdir(join(dir, 'node_modules'));
  await writeFile(join(dir, 'a', 'b', 'x.ts'), 'x');
  await writeFile(join(dir, 'a', 'y.ts'), 'y');
  await writeFile(join(dir, 'node_modules', 'z.js'), 'z');
  for (const p of ['a/b/x.ts', 'a/y.ts', 'a/b', 'a', 'node_modules/z.js', 'node_modules', '.']) await utimes(join(dir, p), T0, T0);
  return dir;
}

describe('build-web staleness', () => {
  it('finds the newest file deep in the tree', async () => {
    const root = await tree();
    expect(await newestMtime(root)).toBe(T0.getTime());
    await utimes(join(root, 'a', 'b', 'x.ts'), at(5), at(5));
    expect(await newestMtime(root)).toBe(at(5).getTime());
  });

  it('sees a deleted file through its folder, and ignores node_modules', async () => {
    const root = await tree();
    await utimes(join(root, 'node_modules', 'z.js'), at(9), at(9));
    expect(await newestMtime(root)).toBe(T0.getTime());
    await rm(join(root, 'a', 'y.ts'));
    expect(await newestMtime(root)).toBeGreaterThan(at(9).getTime());
  });

  it('treats a missing input as never changed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-stale-'));
    expect(await newestMtime(join(dir, 'nope'))).toBe(0);
  });
});
