/**
 * The contract every CatalogStore passes (lowdb files, PostgreSQL on PGlite, PostgreSQL server).
 * Each test gets a fresh, empty store from the harness; `reopen` gives a second instance over the
 * same files / database, which is how durability and "reads come from storage" are checked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogStore, MatterHead } from '../../../catalog/storage/catalog.store.js';
import { ConflictError, NotFoundError } from '../../../schemas/errors.js';
import type { Account, CalendarOverrides, Department, SharedMaterial } from '../../../schemas/types.generated.js';
import {
  createCommit,
  createPublishedCommit,
  definition,
  publishCommit,
  retireCommit,
  saveDraftCommit,
} from './store-fixtures.js';
import { describeSearchContract } from './catalog-store-search.contract.js';

export interface StoreHarness {
  /** A new store instance over this harness's storage, initialized. */
  open(): Promise<CatalogStore>;
  /** Removes the storage (temp folder, schema). */
  destroy(): Promise<void>;
}

const department = (id: string, name = `部门${id}`): Department => ({ id, name, windows: [{ id: 'w1', name: '1号窗口' }] });
const account = (username: string, over: Partial<Account> = {}): Account => ({ username, role: 'editor', departmentId: 'scjg', passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA', createdAt: '2026-01-01T00:00:00.000Z', ...over });
const material = (id: string, name: string): SharedMaterial => ({ id, name, medium: 'paper_or_electronic', fileTypes: ['pdf'] });
const calendar = (year: number): CalendarOverrides => ({ year, days: [{ date: `${year}-10-11`, working: true, name: '国庆节调休' }], updatedBy: 'admin' });
const codes = (items: { code: string }[]) => items.map((i) => i.code);

export function describeCatalogStoreContract(name: string, factory: () => Promise<StoreHarness>): void {
  describe(`CatalogStore contract: ${name}`, () => {
    let harness: StoreHarness;
    let opened: CatalogStore[];
    let store: CatalogStore;

    /** Closes every instance so far and opens a new one over the same storage. */
    async function reopen(): Promise<CatalogStore> {
      for (const s of opened) await s.close();
      store = await harness.open();
      opened.push(store);
      return store;
    }

    beforeEach(async () => {
      harness = await factory();
      opened = [];
      await reopen();
    });

    afterEach(async () => {
      try {
        for (const s of opened) await s.close();
      } finally {
        await harness.destroy();
      }
    });

    async function create(code: string, name: string): Promise<MatterHead> {
      return store.commitMatter(createCommit(definition(code, name)));
    }

    async function published(code: string, name: string): Promise<MatterHead> {
      return store.commitMatter(publishCommit(await create(code, name)));
    }

    describe('departments, accounts, materials, settings, calendars', () => {
      it('given departments put in any order, when listed, then they come ordered by id and a put replaces', async () => {
        await store.putDepartment(department('wjw'));
        await store.putDepartment(department('scjg'));
        await store.putDepartment(department('wjw', '卫生健康委员会'));
        expect(await store.listDepartments()).toEqual([department('scjg'), department('wjw', '卫生健康委员会')]);
        expect(await store.getDepartment('wjw')).toEqual(department('wjw', '卫生健康委员会'));
        expect(await store.getDepartment('none')).toBeUndefined();
      });

      it('given an account, when created twice, then the second is a ConflictError and the first stays', async () => {
        await store.createAccount(account('li'));
        await expect(store.createAccount(account('li', { role: 'admin' }))).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getAccount('li')).toEqual(account('li'));
      });

      it('given accounts, when one is updated, then only it changes; updating a missing one is NotFound', async () => {
        await store.createAccount(account('zhang'));
        await store.createAccount(account('li'));
        await store.updateAccount(account('li', { tokenVersion: 2, disabled: true }));
        expect(await store.listAccounts()).toEqual([account('li', { tokenVersion: 2, disabled: true }), account('zhang')]);
        await expect(store.updateAccount(account('wang'))).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.getAccount('wang')).toBeUndefined();
      });

      it('given shared materials, when put and replaced, then the list holds the latest of each, by id', async () => {
        await store.putSharedMaterial(material('id-card', '身份证'));
        await store.putSharedMaterial(material('business-license', '营业执照'));
        await store.putSharedMaterial(material('id-card', '居民身份证'));
        expect(await store.listSharedMaterials()).toEqual([material('business-license', '营业执照'), material('id-card', '居民身份证')]);
      });

      it('given settings of several JSON kinds, when read back, then each is as put; a missing one is undefined', async () => {
        await store.putSetting('auth.tokenSecret', 'c2VjcmV0');
        await store.putSetting('score.weights', { onTime: 0.6, rating: [1, 2, 3] });
        await store.putSetting('flags', [true, false]);
        await store.putSetting('auth.tokenSecret', 'bmV3');
        expect(await store.getSetting('auth.tokenSecret')).toBe('bmV3');
        expect(await store.getSetting('score.weights')).toEqual({ onTime: 0.6, rating: [1, 2, 3] });
        expect(await store.getSetting('flags')).toEqual([true, false]);
        expect(await store.getSetting('missing')).toBeUndefined();
      });

      it('given calendars of two years, when one is replaced, then each year reads its own', async () => {
        await store.putCalendar(calendar(2026));
        await store.putCalendar(calendar(2027));
        await store.putCalendar({ ...calendar(2027), days: [] });
        expect(await store.getCalendar(2026)).toEqual(calendar(2026));
        expect(await store.getCalendar(2027)).toEqual({ ...calendar(2027), days: [] });
        expect(await store.getCalendar(2028)).toBeUndefined();
        expect((await store.listCalendars()).map((c) => c.year)).toEqual([2026, 2027]);
      });
    });

    describe('matters', () => {
      it('given a new matter, when committed, then its head has revision 1 and reads back equal', async () => {
        const commit = createCommit(definition('SCJG-XK-001', '食品经营许可'));
        const head = await store.commitMatter(commit);
        expect(head).toEqual({ ...commit.head, revision: 1 });
        expect(await store.getHead('SCJG-XK-001')).toEqual(head);
        expect(await store.listVersions('SCJG-XK-001')).toEqual([]);
        expect(await store.getHead('NONE-001')).toBeUndefined();
      });

      it('given a draft, when saved and published, then revisions count up and the version is stored', async () => {
        const created = await create('SCJG-XK-001', '食品经营许可');
        const saved = await store.commitMatter(saveDraftCommit(created, definition('SCJG-XK-001', '食品经营许可（新）')));
        expect(saved.revision).toBe(2);
        const commit = publishCommit(saved);
        const live = await store.commitMatter(commit);
        expect(live).toMatchObject({ revision: 3, liveVersion: 1, latestVersion: 1, draft: null, status: 'published', name: '食品经营许可（新）' });
        expect(await store.getVersion('SCJG-XK-001', 1)).toEqual(commit.publish);
        expect(await store.getVersion('SCJG-XK-001', 2)).toBeUndefined();
        expect(await store.listVersions('SCJG-XK-001')).toEqual([commit.publish]);
      });

      it('given matters of two departments, when heads are listed, then by code, optionally filtered', async () => {
        await create('WJW-XK-002', '医疗机构执业许可');
        await store.commitMatter(createCommit(definition('GAJ-QR-001', '户口迁移', { departmentId: 'gaj' })));
        await create('SCJG-XK-001', '食品经营许可');
        expect(codes(await store.listHeads())).toEqual(['GAJ-QR-001', 'SCJG-XK-001', 'WJW-XK-002']);
        expect(codes(await store.listHeads({ departmentId: 'gaj' }))).toEqual(['GAJ-QR-001']);
        expect(await store.listHeads({ departmentId: 'none' })).toEqual([]);
      });

      it('given a head, when committed with a stale revision, then ConflictError and nothing changes', async () => {
        const v1 = await create('SCJG-XK-001', '食品经营许可');
        const v2 = await store.commitMatter(saveDraftCommit(v1, definition('SCJG-XK-001', '第二稿')));
        await expect(store.commitMatter(saveDraftCommit(v1, definition('SCJG-XK-001', '过期稿')))).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getHead('SCJG-XK-001')).toEqual(v2);
      });

      it('given an existing code, when created again, then ConflictError and the first stays', async () => {
        const first = await create('SCJG-XK-001', '食品经营许可');
        await expect(create('SCJG-XK-001', '另一个')).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getHead('SCJG-XK-001')).toEqual(first);
      });

      it('given no matter, when committed with an expected revision, then ConflictError and nothing is created', async () => {
        const { head } = createCommit(definition('SCJG-XK-009', '不存在'));
        await expect(store.commitMatter({ head, expectedRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getHead('SCJG-XK-009')).toBeUndefined();
      });

      it('given a published version, when its number is published again, then ConflictError and the commit is all undone', async () => {
        const live = await published('SCJG-XK-001', '食品经营许可');
        const original = await store.getVersion('SCJG-XK-001', 1);
        const again = publishCommit(live, definition('SCJG-XK-001', '篡改'));
        again.publish = { ...again.publish!, version: 1 };
        again.head = { ...again.head, liveVersion: 1, latestVersion: 1 };
        await expect(store.commitMatter(again)).rejects.toBeInstanceOf(ConflictError);
        expect(await store.getHead('SCJG-XK-001')).toEqual(live);
        expect(await store.getVersion('SCJG-XK-001', 1)).toEqual(original);
        expect((await store.searchPublished({ q: '篡改', page: 1, pageSize: 5 })).total).toBe(0);
      });

      it('given version 1, when later drafts are saved and version 2 is published, then version 1 is unchanged', async () => {
        const live = await published('SCJG-XK-001', '食品经营许可');
        const v1 = await store.getVersion('SCJG-XK-001', 1);
        const draft = await store.commitMatter(saveDraftCommit(live, definition('SCJG-XK-001', '食品经营许可', { promisedDays: 5 })));
        const v2head = await store.commitMatter(publishCommit(draft));
        expect(v2head).toMatchObject({ liveVersion: 2, latestVersion: 2 });
        expect(await store.getVersion('SCJG-XK-001', 1)).toEqual(v1);
        expect((await store.listVersions('SCJG-XK-001')).map((v) => [v.version, v.definition.promisedDays])).toEqual([[1, 10], [2, 5]]);
      });

      it('given a retired matter, when read, then retiredAt is kept and the versions stay readable', async () => {
        const live = await published('SCJG-XK-001', '食品经营许可');
        const retired = await store.commitMatter(retireCommit(live, '2026-04-01T00:00:00.000Z'));
        expect(retired).toMatchObject({ liveVersion: null, latestVersion: 1, status: 'retired', retiredAt: '2026-04-01T00:00:00.000Z' });
        expect(await store.getHead('SCJG-XK-001')).toEqual(retired);
        expect(await store.getVersion('SCJG-XK-001', 1)).toBeDefined();
      });

      it('given two commits with the same expected revision at once, then exactly one wins', async () => {
        const head = await create('SCJG-XK-001', '食品经营许可');
        const results = await Promise.allSettled(['甲稿', '乙稿', '丙稿'].map((n) => store.commitMatter(saveDraftCommit(head, definition('SCJG-XK-001', n)))));
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.map((r) => r.reason instanceof ConflictError)).toEqual([true, true]);
        const stored = await store.getHead('SCJG-XK-001');
        expect(stored).toEqual((won[0] as PromiseFulfilledResult<MatterHead>).value);
        expect(stored?.revision).toBe(2);
      });

      it('given two creations of one code at once, then exactly one wins', async () => {
        const results = await Promise.allSettled([create('SCJG-XK-001', '甲'), create('SCJG-XK-001', '乙')]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const loser = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(loser?.reason).toBeInstanceOf(ConflictError);
      });
    });

    describe('copies and durability', () => {
      it('given returned objects, when the caller mutates them, then nothing stored changes', async () => {
        await store.putDepartment(department('scjg'));
        await store.createAccount(account('li'));
        await store.putSetting('weights', { a: 1 });
        const head = await published('SCJG-XK-001', '食品经营许可');
        head.name = 'x';
        (await store.getHead('SCJG-XK-001'))!.name = 'x';
        (await store.listHeads())[0].status = 'retired';
        (await store.getVersion('SCJG-XK-001', 1))!.definition.name = 'x';
        (await store.listVersions('SCJG-XK-001'))[0].definition.materials.length = 0;
        (await store.listDepartments())[0].name = 'x';
        (await store.getDepartment('scjg'))!.windows!.length = 0;
        (await store.getAccount('li'))!.role = 'admin';
        (await store.getSetting<{ a: number }>('weights'))!.a = 2;
        (await store.searchPublished({ q: '食品', page: 1, pageSize: 5 })).items[0].themes.push('x');
        expect((await store.getHead('SCJG-XK-001'))!.name).toBe('食品经营许可');
        expect((await store.listHeads())[0].status).toBe('published');
        expect((await store.getVersion('SCJG-XK-001', 1))!.definition).toEqual(definition('SCJG-XK-001', '食品经营许可'));
        expect(await store.getDepartment('scjg')).toEqual(department('scjg'));
        expect((await store.getAccount('li'))!.role).toBe('editor');
        expect(await store.getSetting('weights')).toEqual({ a: 1 });
        expect((await store.searchPublished({ q: '食品', page: 1, pageSize: 5 })).items[0].themes).toEqual([]);
      });

      it('given objects passed in, when the caller mutates them afterwards, then nothing stored changes', async () => {
        const dep = department('scjg');
        await store.putDepartment(dep);
        dep.name = 'x';
        const commit = createPublishedCommit(definition('SCJG-XK-001', '食品经营许可'));
        await store.commitMatter(commit);
        commit.publish!.definition.name = 'x';
        commit.head.name = 'x';
        expect((await store.getDepartment('scjg'))!.name).toBe('部门scjg');
        expect((await store.getHead('SCJG-XK-001'))!.name).toBe('食品经营许可');
        expect((await store.getVersion('SCJG-XK-001', 1))!.definition.name).toBe('食品经营许可');
      });

      it('given data of every kind, when a new store instance opens the same storage, then it sees all of it', async () => {
        await store.putDepartment(department('scjg'));
        await store.createAccount(account('li'));
        await store.putSharedMaterial(material('id-card', '居民身份证'));
        await store.putSetting('auth.tokenSecret', 'c2VjcmV0');
        await store.putCalendar(calendar(2026));
        const live = await published('SCJG-XK-001', '食品经营许可');
        const drafted = await store.commitMatter(saveDraftCommit(live, definition('SCJG-XK-001', '食品经营许可', { promisedDays: 3 })));
        const versions = await store.listVersions('SCJG-XK-001');
        const search = await store.searchPublished({ q: 'spjy', page: 1, pageSize: 5 });

        const again = await reopen();
        expect(await again.listDepartments()).toEqual([department('scjg')]);
        expect(await again.listAccounts()).toEqual([account('li')]);
        expect(await again.listSharedMaterials()).toEqual([material('id-card', '居民身份证')]);
        expect(await again.getSetting('auth.tokenSecret')).toBe('c2VjcmV0');
        expect(await again.getCalendar(2026)).toEqual(calendar(2026));
        expect(await again.getHead('SCJG-XK-001')).toEqual(drafted);
        expect(await again.listVersions('SCJG-XK-001')).toEqual(versions);
        expect(await again.searchPublished({ q: 'spjy', page: 1, pageSize: 5 })).toEqual(search);
        expect(search.total).toBe(1);
        expect((await again.commitMatter(publishCommit(drafted))).revision).toBe(drafted.revision + 1);
      });
    });

    describeSearchContract(() => store);
  });
}
