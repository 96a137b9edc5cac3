/** What only the embedded store promises: its file layout, one file per edit, atomic writes, safe file names. */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowdbCatalogStore } from '../../../catalog/storage/lowdb-catalog.store.js';
import { BadRequestError, ConflictError, OperationalError } from '../../../schemas/errors.js';
import { createCommit, createPublishedCommit, definition, publishCommit, saveDraftCommit } from './store-fixtures.js';

describe('LowdbCatalogStore files', () => {
  let dir: string;
  let store: LowdbCatalogStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mf-lowdb-'));
    store = new LowdbCatalogStore(dir);
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every file under the store with its modification time in ns. */
  async function mtimes(): Promise<Map<string, bigint>> {
    const out = new Map<string, bigint>();
    for (const sub of ['', 'matters']) {
      for (const name of await readdir(join(dir, sub))) {
        const path = join(sub, name);
        const s = await stat(join(dir, path), { bigint: true });
        if (s.isFile()) out.set(path, s.mtimeNs);
      }
    }
    return out;
  }

  it('given matters and small files, when one matter is committed, then only its file is rewritten', async () => {
    await store.putDepartment({ id: 'scjg', name: '市场监督管理局' });
    await store.createAccount({ username: 'li', role: 'admin', passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    await store.putSharedMaterial({ id: 'id-card', name: '居民身份证' });
    await store.putSetting('k', 1);
    await store.putCalendar({ year: 2026, days: [] });
    const heads = [];
    for (const n of [1, 2, 3]) heads.push(await store.commitMatter(createCommit(definition(`SCJG-XK-00${n}`, `事项${n}`))));
    const before = await mtimes();
    await new Promise((r) => setTimeout(r, 20)); // coarse mtime clocks must tick

    await store.commitMatter(publishCommit(heads[1]));

    const after = await mtimes();
    const changed = [...after].filter(([path, t]) => before.get(path) !== t).map(([path]) => path);
    expect(changed).toEqual([join('matters', 'SCJG-XK-002.json')]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('given the store after many writes, then the folder holds exactly the documented files and no temp file', async () => {
    await store.putDepartment({ id: 'scjg', name: '市场监督管理局' });
    await store.putSetting('k', 1);
    const head = await store.commitMatter(createCommit(definition('SCJG-XK-001', '食品经营许可')));
    await Promise.allSettled([1, 2, 3].map((n) => store.commitMatter(saveDraftCommit(head, definition('SCJG-XK-001', `稿${n}`)))));
    expect((await readdir(dir)).sort()).toEqual(['departments.json', 'matters', 'settings.json']);
    expect(await readdir(join(dir, 'matters'))).toEqual(['SCJG-XK-001.json']);
  });

  it('given a matter file, then it is JSON holding the head and the published versions, with a format number', async () => {
    const commit = createPublishedCommit(definition('SCJG-XK-001', '食品经营许可'));
    const head = await store.commitMatter(commit);
    const file = JSON.parse(await readFile(join(dir, 'matters', 'SCJG-XK-001.json'), 'utf-8'));
    expect(file).toEqual({ format: 1, head, versions: [commit.publish] });
  });

  it.each(['../escape', 'a/b-c', '..', 'ab', 'x'.repeat(65), '-abc', 'abc.json', 'abc\u0000d', 'ＡＢＣ'])(
    'refuses to commit the code %j, writing no file',
    async (code) => {
      const commit = createCommit(definition(code, '坏编码'));
      await expect(store.commitMatter(commit)).rejects.toBeInstanceOf(BadRequestError);
      expect(await readdir(join(dir, 'matters'))).toEqual([]);
      expect((await readdir(dir)).sort()).toEqual(['matters']);
    },
  );

  it('given a code, when another differing only in case is created, then ConflictError (they would share a file on macOS or Windows)', async () => {
    await store.commitMatter(createCommit(definition('SCJG-XK-001', '甲')));
    await expect(store.commitMatter(createCommit(definition('scjg-xk-001', '乙')))).rejects.toBeInstanceOf(ConflictError);
  });

  it('given temp files a crash left behind, when the store opens, then they are deleted and the documents are intact', async () => {
    await store.putDepartment({ id: 'scjg', name: '市场监督管理局' });
    await store.commitMatter(createCommit(definition('SCJG-XK-001', '食品经营许可')));
    await store.close();
    await writeFile(join(dir, '.departments.json.0123456789ab.tmp'), '{"format":1,"items":[{"id":"ha');
    await writeFile(join(dir, 'matters', '.SCJG-XK-001.json.0123456789ab.tmp'), '');

    store = new LowdbCatalogStore(dir);
    await store.init();

    expect((await readdir(dir)).sort()).toEqual(['departments.json', 'matters']);
    expect(await readdir(join(dir, 'matters'))).toEqual(['SCJG-XK-001.json']);
    expect(await store.listDepartments()).toEqual([{ id: 'scjg', name: '市场监督管理局' }]);
  });

  it('given a closed store, when it is used, then OperationalError; an uninitialized one likewise', async () => {
    await store.close();
    await expect(store.listDepartments()).rejects.toBeInstanceOf(OperationalError);
    const fresh = new LowdbCatalogStore(join(dir, 'other'));
    await expect(fresh.getHead('SCJG-XK-001')).rejects.toBeInstanceOf(OperationalError);
  });

  it('given a corrupt matter file, when the store opens, then it fails loudly rather than losing the matter', async () => {
    await store.close();
    await writeFile(join(dir, 'matters', 'SCJG-XK-001.json'), '{"format":1,"head":');
    store = new LowdbCatalogStore(dir);
    await expect(store.init()).rejects.toBeInstanceOf(OperationalError);
  });
});
