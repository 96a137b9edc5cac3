/**
 * One small lowdb file holding a keyed collection (departments, accounts, the material library,
 * settings, calendars), mirrored in memory. Reads come from memory; a change is applied to a copy,
 * written durably, and only then becomes visible — so no reader ever sees a write that could still
 * fail, and a failed write leaves memory as it was.
 */
import { Low } from 'lowdb';
import { OperationalError } from '../../schemas/errors.js';
import { DurableJsonFile } from './durable-json-file.js';
import type { KeyedWriteQueue } from './keyed-write-queue.js';

/** On-disk shape; `format` lets a later release migrate the file on read. */
export interface CollectionFile<T> {
  format: 1;
  items: T[];
}

export class LowdbCollection<K extends string | number, T> {
  readonly #low: Low<CollectionFile<T>>;
  #items = new Map<K, T>();

  constructor(
    readonly path: string,
    private readonly keyOf: (item: T) => K,
    private readonly queue: KeyedWriteQueue,
  ) {
    this.#low = new Low<CollectionFile<T>>(new DurableJsonFile(path), { format: 1, items: [] });
  }

  async load(): Promise<void> {
    await this.#low.read();
    this.#items = new Map(this.#low.data.items.map((item) => [this.keyOf(item), item]));
  }

  /** Deep copies, ordered by key. */
  list(): T[] {
    return [...this.#items.keys()].sort(compareKeys).map((k) => structuredClone(this.#items.get(k)!));
  }

  get(key: K): T | undefined {
    const item = this.#items.get(key);
    return item === undefined ? undefined : structuredClone(item);
  }

  /**
   * Applies `change` to a copy of the items and persists it. `change` runs inside this file's write
   * queue, so a check it makes (e.g. "username not taken") still holds when the write lands; it may
   * throw to refuse the change.
   */
  update(change: (items: Map<K, T>) => void): Promise<void> {
    return this.queue.run(this.path, async () => {
      const next = new Map(this.#items);
      change(next);
      const data: CollectionFile<T> = { format: 1, items: [...next.keys()].sort(compareKeys).map((k) => next.get(k)!) };
      await writeDurably(this.#low, data, this.path);
      this.#items = next;
    });
  }
}

/** Writes `data` through a lowdb instance and adopts it as its state once it is on disk. */
export async function writeDurably<T>(low: Low<T>, data: T, what: string): Promise<void> {
  try {
    await low.adapter.write(data);
  } catch (e) {
    throw new OperationalError(`catalogue store: could not write ${what}`, { cause: e });
  }
  low.data = data;
}

/** Stored documents are copied through JSON: what is kept is exactly what a reload would read. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function compareKeys(a: string | number, b: string | number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
