/**
 * Calls a store has started and not yet seen settle, so `close()` can let them finish before the
 * client goes away (graceful shutdown: in-flight requests complete, nothing is cut half-way).
 */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();

  /** Remembers `promise` until it settles; returns it unchanged. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const forget = () => this.#pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Resolves once every call tracked so far has settled, however it settled. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
  }
}
