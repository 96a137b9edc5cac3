/**
 * A process killed (SIGKILL) while writing leaves the old or the new file, never half of one: a child
 * rewrites one file in a loop with documents of varying size, and is killed at an arbitrary moment.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHILD = `
import { DurableJsonFile } from ${JSON.stringify(resolve('catalog/storage/durable-json-file.ts'))};
const file = new DurableJsonFile(process.env.MF_TARGET);
for (let i = 0; ; i++) await file.write({ i, pad: 'x'.repeat(1000 * (i % 50)) });
`;

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let n = 0; n < 400 && !(await check()); n++) await new Promise((r) => setTimeout(r, 25));
}

describe('DurableJsonFile under SIGKILL', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('given a writer killed mid-loop, then the file is always one whole document', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-crash-'));
    const target = join(dir, 'doc.json');
    for (const delay of [40, 120, 230]) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { stdio: 'ignore', env: { ...process.env, MF_TARGET: target } });
      await until(async () => (await stat(target).catch(() => undefined)) !== undefined);
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const doc = JSON.parse(await readFile(target, 'utf-8'));
      expect(doc.pad).toBe('x'.repeat(1000 * (doc.i % 50)));
    }
  });
});
