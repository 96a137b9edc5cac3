/**
 * Per-test set-up of the case store contract: a fresh schema on the target, a store on it with a
 * fake clock, more stores or raw SQL clients on the same schema on demand, all closed and the schema
 * dropped after the test.
 */
import { afterEach, beforeEach } from 'vitest';
import type { SqlClient } from '../../../../catalog/storage/sql-client.js';
import { PostgresCaseStore, type PostgresCaseStoreOptions } from '../../../../runtime/cases/storage/postgres-case.store.js';
import type { CaseStoreTarget } from './case-store-targets.js';

/** The instant the fake clock starts at: Monday 2026-03-02, 10:00 in China. */
export const T0 = '2026-03-02T02:00:00.000Z';

export interface CaseStoreContext {
  readonly store: PostgresCaseStore;
  readonly target: CaseStoreTarget;
  /** Sets the clock every store of this test reads. */
  setNow(iso: string): void;
  /** Another store over the same schema, like another server process; closed after the test. */
  open(options?: Omit<PostgresCaseStoreOptions, 'ownsClient'>): Promise<PostgresCaseStore>;
  /** A raw SQL client on the schema (to tamper, to inspect); closed after the test. */
  sql(): Promise<SqlClient>;
}

export function useCaseStore(target: CaseStoreTarget): CaseStoreContext {
  let schema: Awaited<ReturnType<CaseStoreTarget['schema']>>;
  let closers: (() => Promise<void>)[] = [];
  let store: PostgresCaseStore | undefined;
  let now = T0;

  const ctx: CaseStoreContext = {
    get store() {
      if (!store) throw new Error('no store: beforeEach did not run');
      return store;
    },
    target,
    setNow(iso) {
      now = iso;
    },
    async open(options = {}) {
      const s = new PostgresCaseStore(await schema.connect(), { now: () => new Date(now), ...options });
      closers.push(() => s.close());
      await s.init();
      return s;
    },
    async sql() {
      const client = await schema.connect();
      closers.push(() => client.close());
      return client;
    },
  };

  beforeEach(async () => {
    now = T0;
    closers = [];
    schema = await target.schema();
    store = await ctx.open();
  });

  afterEach(async () => {
    try {
      for (const close of closers.reverse()) await close();
    } finally {
      store = undefined;
      await schema.drop();
    }
  });

  return ctx;
}
