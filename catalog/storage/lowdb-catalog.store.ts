/**
 * The embedded default store: JSON documents in one folder (MATTERFLOW_DATA_DIR/catalog), kept with
 * lowdb. Layout:
 *
 *   departments.json  accounts.json  shared-materials.json  settings.json  calendars.json
 *   matters/<code>.json   (a matter's head and all its published versions)
 *
 * so one edit rewrites one small file, never the catalogue. Every write is durable before its promise
 * resolves (DurableJsonFile) and writes to one file are serialized (KeyedWriteQueue). Everything is
 * loaded into memory at init; reads never touch the disk and return deep copies. The store validates
 * nothing (CatalogService does) except that a matter code is safe as a file name.
 * One process owns a folder: two servers on the same folder would not see each other's writes.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConflictError, NotFoundError, OperationalError } from '../../schemas/errors.js';
import type { Account, CalendarOverrides, Department, MatterVersion, SharedMaterial } from '../../schemas/types.generated.js';
import type { CatalogStore, MatterCommit, MatterHead, SearchQuery, SearchResult } from './catalog.store.js';
import { removeStaleTempFiles, syncDirectory } from './durable-json-file.js';
import { KeyedWriteQueue } from './keyed-write-queue.js';
import { jsonCopy, LowdbCollection } from './lowdb-collection.js';
import { LowdbMatters } from './lowdb-matters.js';

interface Setting {
  key: string;
  value: unknown;
}

export class LowdbCatalogStore implements CatalogStore {
  readonly kind = 'embedded' as const;
  readonly #queue = new KeyedWriteQueue();
  readonly #departments: LowdbCollection<string, Department>;
  readonly #accounts: LowdbCollection<string, Account>;
  readonly #materials: LowdbCollection<string, SharedMaterial>;
  readonly #settings: LowdbCollection<string, Setting>;
  readonly #calendars: LowdbCollection<number, CalendarOverrides>;
  readonly #matters: LowdbMatters;
  #ready: Promise<void> | undefined;
  #closed = false;

  /** @param root the catalogue folder, e.g. `${dataDir}/catalog`; created when missing. */
  constructor(readonly root: string) {
    const file = (name: string) => join(root, name);
    this.#departments = new LowdbCollection(file('departments.json'), (d) => d.id, this.#queue);
    this.#accounts = new LowdbCollection(file('accounts.json'), (a) => a.username, this.#queue);
    this.#materials = new LowdbCollection(file('shared-materials.json'), (m) => m.id, this.#queue);
    this.#settings = new LowdbCollection(file('settings.json'), (s) => s.key, this.#queue);
    this.#calendars = new LowdbCollection(file('calendars.json'), (c) => c.year, this.#queue);
    this.#matters = new LowdbMatters(file('matters'), this.#queue);
  }

  init(): Promise<void> {
    this.#ready ??= this.#load();
    return this.#ready;
  }

  /**
   * 1. create the folders (and fsync their parents, so they survive a crash);
   * 2. delete temp files a crash may have left (their targets are intact);
   * 3. load the small files, then every matter file, building the search index.
   */
  async #load(): Promise<void> {
    try {
      await mkdir(this.#matters.dir, { recursive: true }); // 1
      await syncDirectory(dirname(this.root));
      await syncDirectory(this.root);
      await removeStaleTempFiles(this.root); // 2
      await removeStaleTempFiles(this.#matters.dir);
      await Promise.all([this.#departments, this.#accounts, this.#materials, this.#settings, this.#calendars].map((c) => c.load())); // 3
      await this.#matters.load();
    } catch (e) {
      this.#ready = undefined;
      if (e instanceof OperationalError) throw e;
      throw new OperationalError(`catalogue store: cannot open ${this.root}`, { cause: e });
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue.drain();
  }

  async listDepartments(): Promise<Department[]> {
    await this.#open();
    return this.#departments.list();
  }

  async getDepartment(id: string): Promise<Department | undefined> {
    await this.#open();
    return this.#departments.get(id);
  }

  async putDepartment(department: Department): Promise<void> {
    await this.#open();
    const copy = jsonCopy(department);
    await this.#departments.update((items) => items.set(copy.id, copy));
  }

  async listAccounts(): Promise<Account[]> {
    await this.#open();
    return this.#accounts.list();
  }

  async getAccount(username: string): Promise<Account | undefined> {
    await this.#open();
    return this.#accounts.get(username);
  }

  async createAccount(account: Account): Promise<void> {
    await this.#open();
    const copy = jsonCopy(account);
    await this.#accounts.update((items) => {
      if (items.has(copy.username)) throw new ConflictError(`account ${copy.username} already exists`);
      items.set(copy.username, copy);
    });
  }

  async updateAccount(account: Account): Promise<void> {
    await this.#open();
    const copy = jsonCopy(account);
    await this.#accounts.update((items) => {
      if (!items.has(copy.username)) throw new NotFoundError(`account ${copy.username}`);
      items.set(copy.username, copy);
    });
  }

  async listSharedMaterials(): Promise<SharedMaterial[]> {
    await this.#open();
    return this.#materials.list();
  }

  async putSharedMaterial(material: SharedMaterial): Promise<void> {
    await this.#open();
    const copy = jsonCopy(material);
    await this.#materials.update((items) => items.set(copy.id, copy));
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    await this.#open();
    return this.#settings.get(key)?.value as T | undefined;
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    await this.#open();
    const setting: Setting = { key, value: jsonCopy(value ?? null) };
    await this.#settings.update((items) => items.set(key, setting));
  }

  async listCalendars(): Promise<CalendarOverrides[]> {
    await this.#open();
    return this.#calendars.list();
  }

  async getCalendar(year: number): Promise<CalendarOverrides | undefined> {
    await this.#open();
    return this.#calendars.get(year);
  }

  async putCalendar(calendar: CalendarOverrides): Promise<void> {
    await this.#open();
    const copy = jsonCopy(calendar);
    await this.#calendars.update((items) => items.set(copy.year, copy));
  }

  async getHead(code: string): Promise<MatterHead | undefined> {
    await this.#open();
    return this.#matters.head(code);
  }

  async listHeads(filter: { departmentId?: string } = {}): Promise<MatterHead[]> {
    await this.#open();
    return this.#matters.heads(filter.departmentId);
  }

  async getVersion(code: string, version: number): Promise<MatterVersion | undefined> {
    await this.#open();
    return this.#matters.version(code, version);
  }

  async listVersions(code: string): Promise<MatterVersion[]> {
    await this.#open();
    return this.#matters.versions(code);
  }

  async commitMatter(commit: MatterCommit): Promise<MatterHead> {
    await this.#open();
    return this.#matters.commit(commit);
  }

  async searchPublished(query: SearchQuery): Promise<SearchResult> {
    await this.#open();
    return this.#matters.search(query);
  }

  /** Every call waits for init; after close the store refuses work instead of writing behind it. */
  async #open(): Promise<void> {
    if (this.#closed) throw new OperationalError('catalogue store is closed');
    if (!this.#ready) throw new OperationalError('catalogue store not initialized: call init() first');
    await this.#ready;
  }
}
