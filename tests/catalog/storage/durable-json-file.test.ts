import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../catalog/storage/durable-json-file.js';

describe('DurableJsonFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-durable-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('given no file, when read, then null', async () => {
    expect(await new DurableJsonFile(join(dir, 'a.json')).read()).toBeNull();
  });

  it('given a write, when read back by a new adapter, then the same data, and only the target file exists', async () => {
    await new DurableJsonFile(join(dir, 'a.json')).write({ name: '食品经营许可', n: [1, 2] });
    expect(await new DurableJsonFile(join(dir, 'a.json')).read()).toEqual({ name: '食品经营许可', n: [1, 2] });
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('given concurrent writes to one path, then the file is one of them, whole', async () => {
    const file = new DurableJsonFile<{ i: number; pad: string }>(join(dir, 'a.json'));
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.write({ i, pad: 'x'.repeat(10_000 * (i % 3)) })));
    const data = JSON.parse(await readFile(join(dir, 'a.json'), 'utf-8'));
    expect(data.pad).toBe('x'.repeat(10_000 * (data.i % 3)));
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('given a folder that does not exist, when written, then it rejects and leaves nothing behind', async () => {
    await expect(new DurableJsonFile(join(dir, 'missing', 'a.json')).write({})).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('given an unserializable value, when written, then it rejects, the old file stays and no temp file remains', async () => {
    const file = new DurableJsonFile<unknown>(join(dir, 'a.json'));
    await file.write({ v: 1 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(file.write(cyclic)).rejects.toThrow();
    expect(await file.read()).toEqual({ v: 1 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});
