/**
 * Runs tasks one at a time per key, in call order, while tasks of different keys run concurrently.
 * The embedded store uses one key per file, so two commits of one matter never interleave their
 * read-check-write, and a write to one matter never waits for another matter's fsync.
 */
export class KeyedWriteQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every task queued before it under `key`; its result or error is returned. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    // A failed task must not block the ones after it: chain on settlement, not on success.
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  async drain(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values());
  }
}
