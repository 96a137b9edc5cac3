/**
 * The matters of the embedded store: one lowdb file per matter (`matters/<code>.json`) holding its
 * head and every published version, mirrored in memory, plus the search index of live versions.
 * A commit rewrites that one file; its check and write run in the matter's own write queue.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { BadRequestError, ConflictError, OperationalError } from '../../schemas/errors.js';
import type { MatterVersion } from '../../schemas/types.generated.js';
import { MemorySearchIndex } from '../search/memory-search-index.js';
import { summaryOf } from '../search/summary-of.js';
import type { MatterCommit, MatterHead, SearchQuery, SearchResult } from './catalog.store.js';
import { DurableJsonFile } from './durable-json-file.js';
import type { KeyedWriteQueue } from './keyed-write-queue.js';
import { jsonCopy, writeDurably } from './lowdb-collection.js';
import { assertSafeMatterCode, MATTER_CODE_PATTERN } from './safe-matter-code.js';

/** On-disk shape of `matters/<code>.json`. */
export interface MatterFile {
  format: 1;
  head: MatterHead;
  /** Published versions, oldest first; never rewritten once written. */
  versions: MatterVersion[];
}

/** Files read at once while loading: enough to hide latency, few enough to stay under fd limits. */
const LOAD_CONCURRENCY = 32;

export class LowdbMatters {
  readonly #files = new Map<string, Low<MatterFile>>();
  /** lower-case code → code: two codes differing in case would share a file on macOS or Windows. */
  readonly #folded = new Map<string, string>();
  /** code → the live version the index holds, so draft edits skip re-indexing. */
  readonly #indexed = new Map<string, number>();
  readonly #index = new MemorySearchIndex();

  constructor(
    readonly dir: string,
    private readonly queue: KeyedWriteQueue,
  ) {}

  /** Reads every matter file and builds the search index from the live versions. */
  async load(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && MATTER_CODE_PATTERN.test(n.slice(0, -5)));
    this.#index.beginBulkLoad();
    for (let i = 0; i < names.length; i += LOAD_CONCURRENCY) {
      await Promise.all(names.slice(i, i + LOAD_CONCURRENCY).map((n) => this.#loadFile(n.slice(0, -5))));
    }
  }

  head(code: string): MatterHead | undefined {
    const file = this.#files.get(code);
    return file ? structuredClone(file.data.head) : undefined;
  }

  /** Heads ordered by code. */
  heads(departmentId?: string): MatterHead[] {
    return [...this.#files.keys()]
      .sort()
      .map((code) => this.#files.get(code)!.data.head)
      .filter((h) => departmentId === undefined || h.departmentId === departmentId)
      .map((h) => structuredClone(h));
  }

  version(code: string, version: number): MatterVersion | undefined {
    const found = this.#files.get(code)?.data.versions.find((v) => v.version === version);
    return found ? structuredClone(found) : undefined;
  }

  versions(code: string): MatterVersion[] {
    return structuredClone(this.#files.get(code)?.data.versions ?? []);
  }

  search(query: SearchQuery): SearchResult {
    return this.#index.search(query);
  }

  /**
   * Applies a commit:
   * 1. refuse an unsafe code or a version of another matter, before touching any file;
   * 2. in the matter's queue: check the revision (null = must not exist), the case-folded code and
   *    that the published version number is new;
   * 3. write the whole matter file durably (temp, fsync, rename, fsync dir);
   * 4. adopt it in memory and refresh the search entry when the live version changed.
   */
  async commit(commit: MatterCommit): Promise<MatterHead> {
    const code = commit.head.code;
    assertSafeMatterCode(code); // 1
    if (commit.publish && commit.publish.code !== code) {
      throw new BadRequestError(`version of ${commit.publish.code} committed to matter ${code}`);
    }
    // Keyed case-folded: SCJG-1 and scjg-1 must not both pass the clash check below at once.
    return this.queue.run(`matters/${code.toLowerCase()}`, async () => {
      const current = this.#files.get(code)?.data; // 2
      if (commit.expectedRevision === null && current) throw new ConflictError(`matter ${code} already exists`);
      if (commit.expectedRevision !== null && current?.head.revision !== commit.expectedRevision) {
        throw new ConflictError(`matter ${code} changed: revision ${current?.head.revision ?? 'none'}, expected ${commit.expectedRevision}`);
      }
      const folded = this.#folded.get(code.toLowerCase());
      if (folded !== undefined && folded !== code) throw new ConflictError(`matter code ${code} clashes with ${folded} (codes differing only in case)`);
      const published = commit.publish ? jsonCopy(commit.publish) : undefined;
      if (published && current?.versions.some((v) => v.version === published.version)) {
        throw new ConflictError(`version ${published.version} of matter ${code} is already published`);
      }
      const versions = published ? [...(current?.versions ?? []), published].sort((a, b) => a.version - b.version) : (current?.versions ?? []);
      const next: MatterFile = { format: 1, head: { ...jsonCopy(commit.head), revision: (current?.head.revision ?? 0) + 1 }, versions };

      const low = this.#files.get(code) ?? new Low<MatterFile>(new DurableJsonFile(this.#pathOf(code)), next);
      await writeDurably(low, next, `matter ${code}`); // 3
      this.#files.set(code, low); // 4
      this.#folded.set(code.toLowerCase(), code);
      this.#reindex(next);
      return structuredClone(next.head);
    });
  }

  #pathOf(code: string): string {
    return join(this.dir, `${code}.json`);
  }

  async #loadFile(code: string): Promise<void> {
    const low = new Low<MatterFile>(new DurableJsonFile(this.#pathOf(code)), { format: 1, head: null!, versions: [] });
    try {
      await low.read();
    } catch (e) {
      throw new OperationalError(`catalogue store: cannot read matter file ${code}.json`, { cause: e });
    }
    if (low.data.head?.code !== code) throw new OperationalError(`catalogue store: matter file ${code}.json holds ${low.data.head?.code}`);
    this.#files.set(code, low);
    this.#folded.set(code.toLowerCase(), code);
    this.#reindex(low.data);
  }

  #reindex(file: MatterFile): void {
    const { code, liveVersion } = file.head;
    const live = liveVersion === null ? undefined : file.versions.find((v) => v.version === liveVersion);
    if (!live) {
      this.#index.remove(code);
      this.#indexed.delete(code);
    } else if (this.#indexed.get(code) !== live.version) {
      this.#index.upsert(summaryOf(live), live.definition);
      this.#indexed.set(code, live.version);
    }
  }
}
