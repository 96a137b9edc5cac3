/**
 * After a calendar change (an admin enters a year's schedule), recomputes the due and warning
 * dates of every open case and task with the engine's pure `recomputeDates`: in short optimistic
 * batches, one audit event `calendar.recomputed` per case whose stored dates changed, exactly
 * once across server instances.
 *
 * Decisions:
 * - Not a user transition: no version is bumped, neither the case row's nor (recompute-dates.ts)
 *   the tasks', so a clerk holding a case or task version gets no false 409. A case is written only
 *   if its version is still the one read; one a clerk changed meanwhile is re-read and retried
 *   after the passes (up to RETRY_ROUNDS).
 * - The price of not bumping: a clerk's action that read its state just before a batch and
 *   commits just after it writes the old dates back. The catch-up pass after the main pass
 *   recomputes every case written since the claim by someone else; the router's late catch-up
 *   does the same once other instances' calendar caches (30 s) have expired.
 * - Short holds: a batch is one transaction whose size adapts to stay near `targetBatchMs`, and
 *   the run pauses after each batch (`pauseRatio`), so a case action queued behind it (PGlite is
 *   one session; the event loop is shared) waits for about one batch at most.
 * - Exactly once: the run claims the change id in `calendar_recomputes` (recompute-claims.ts);
 *   other instances skip; a run silent for `takeoverAfterMs` may be resumed by `resumeStale`.
 *   Recomputing is idempotent (moved cases do not move again), so a takeover writes no event twice.
 * - The calendar is rebuilt from the stored documents AFTER the claim: it then includes every
 *   change saved before, which is why a newer claim supersedes an older unfinished run.
 */
import type { CalendarOverrides } from '../../schemas/types.generated.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { isMove, recomputeCase, type CaseMove, type DateMoves, type RecomputeDatesFn } from './due-date-recompute-case.js';
import type { MatterVersions } from './engine-definitions.js';
import type { CaseStore } from './storage/case.store.js';
import { CATCH_UP_SUFFIX } from './storage/recompute-claims.js';
import type { RecomputeCandidate, RecomputeClaim, RecomputedCase } from './storage/recompute-store.js';

export interface RecomputePreview {
  /** Cases whose stored dates would change: moved, or only confirmed (预计 no more), or the warning instant alone. */
  cases: number;
  /** Of those, the cases whose dates move. */
  moved: number;
  /** Tasks whose due dates would move. */
  tasks: number;
  /** The first `limit` cases with moved dates, in case-number order. */
  moves: CaseMove[];
}

export interface RecomputeResult {
  /** `done`: this instance ran it; `skipped`: another instance has or had it; `superseded`: a newer change took over mid-run. */
  status: 'done' | 'skipped' | 'superseded';
  changeId: string;
  /** Cases written (each with one audit event): dates moved, confirmed or the warning instant moved. */
  cases: number;
  /** Of those, the cases whose dates moved. */
  moved: number;
  /** Tasks whose due dates moved. */
  tasks: number;
  ms: number;
  /** Cases that could not be recomputed (e.g. a matter version missing), with why; the run goes on. */
  failed: Array<{ caseNo: string; message: string }>;
  /** Cases still changing under the retries (left for the next change or a rerun). */
  unsettled: string[];
  /** When this instance claimed the change (database clock); absent when skipped. */
  claimedAt?: string;
  /**
   * The longest single store call of the run (a read, or a batch transaction): on the embedded
   * store (one session) the longest a case action's query can have waited for the run.
   */
  longestHoldMs: number;
}

export interface DueDateRecomputeDeps {
  store: CaseStore;
  versions: Pick<MatterVersions, 'get'>;
  /** Every stored calendar document (the catalogue's listCalendars). */
  calendars: () => Promise<CalendarOverrides[]>;
  recomputeDates: RecomputeDatesFn;
  /** Names this instance in claims; random by default. */
  instanceId?: string;
  /** Largest batch (cases read and written per transaction); default 200. */
  batchSize?: number;
  /** Batch transaction time to aim for; default 10 ms. */
  targetBatchMs?: number;
  /** Pause after each batch, as a share of the batch's time (1: half the time goes to other work); default 0.5. */
  pauseRatio?: number;
  /** A run whose heartbeat is older is considered dead; default 2 minutes. */
  takeoverAfterMs?: number;
  now?: () => Date;
}

/** The state of one run. */
interface Run {
  claim: RecomputeClaim;
  cal: WorkingCalendar;
  change: { year: number; changeId: string; changedBy?: string };
  result: RecomputeResult;
  /** Cases per batch, adapted as the run goes. */
  batch: number;
  /** Cases that changed under a batch: retried after the passes. */
  stale: string[];
  /** updated_at of each case this run wrote. */
  writtenAt: Map<string, string>;
}

const RETRY_ROUNDS = 5;
/** Cases a preview reads at a time: short reads and short stretches of computing. */
const PREVIEW_PAGE = 50;
/** Catch-up pages are narrow (no documents): this many times a batch. */
const CATCH_UP_PAGE = 10;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000, Math.max(0, Math.round(ms)))));
const MIN_BATCH = 10;
const MAX_FAILED_LISTED = 50;

export class DueDateRecompute {
  readonly instanceId: string;
  readonly #now: () => Date;
  readonly #maxBatch: number;
  readonly #targetMs: number;
  readonly #takeoverMs: number;
  readonly #pauseRatio: number;

  constructor(private readonly deps: DueDateRecomputeDeps) {
    this.instanceId = deps.instanceId ?? `instance-${Math.random().toString(36).slice(2, 10)}`;
    this.#now = deps.now ?? (() => new Date());
    this.#maxBatch = deps.batchSize ?? 200;
    this.#targetMs = deps.targetBatchMs ?? 10;
    this.#pauseRatio = deps.pauseRatio ?? 0.5;
    this.#takeoverMs = deps.takeoverAfterMs ?? 120_000;
  }

  /**
   * What saving `proposed` would move, without writing anything: the calendar is the stored one
   * with `proposed` in place of its year's document.
   */
  async preview(proposed: CalendarOverrides, limit = 200): Promise<RecomputePreview> {
    const stored = await this.deps.calendars();
    const cal = createWorkingCalendar([...stored.filter((c) => c.year !== proposed.year), proposed]);
    const out: RecomputePreview = { cases: 0, moved: 0, tasks: 0, moves: [] };
    let after: string | undefined;
    for (;;) {
      const t0 = performance.now();
      const candidates = await this.deps.store.recomputes.openCasesAfter(after, PREVIEW_PAGE);
      if (candidates.length === 0) break;
      after = candidates.at(-1)!.caseNo;
      for (const c of candidates) {
        const r = await this.#recomputeOne(c, cal, { year: proposed.year, changeId: 'preview' }).catch(() => undefined);
        if (!r) continue;
        out.cases += 1;
        out.tasks += r.move.tasks.length;
        if (isMove(r.move)) out.moved += 1;
        if (out.moves.length < limit && isMove(r.move)) out.moves.push(r.move);
      }
      await pause((performance.now() - t0) * this.#pauseRatio); // as a run does: give way to case actions
    }
    return out;
  }

  /**
   * Recomputes every open case for the saved change `changeId`, unless another instance has it.
   * With `since`, only the open cases written after that instant (a late catch-up, see below).
   * 1. claim the change (skip when not won);
   * 2. build the calendar from the stored documents;
   * 3. pass over the open cases in keyset batches: recompute, write those whose dates changed;
   * 4. catch-up pass over the cases others wrote since the claim (a clerk's action that read its
   *    state before our batch and committed after it, or an instance still counting with the old
   *    calendar): our own writes are recognized by their updated_at and skipped;
   * 5. re-read and retry the cases that changed under a batch;
   * 6. record the run finished with its counts.
   */
  async run(change: { changeId: string; year: number; changedBy?: string; since?: string }): Promise<RecomputeResult> {
    const started = performance.now();
    const claim: RecomputeClaim = { changeId: change.changeId, year: change.year, by: this.instanceId };
    const result: RecomputeResult = { status: 'done', changeId: change.changeId, cases: 0, moved: 0, tasks: 0, ms: 0, failed: [], unsettled: [], longestHoldMs: 0 };
    const done = (status: RecomputeResult['status']) => ({ ...result, status, ms: Math.round(performance.now() - started) });
    const outcome = await this.deps.store.recomputes.claim(claim, this.#takeoverMs); // 1
    if (!outcome.claimed) return done('skipped');
    result.claimedAt = outcome.at;
    const run: Run = { claim, cal: createWorkingCalendar(await this.deps.calendars()), change, result, batch: Math.min(this.#maxBatch, 20), stale: [], writtenAt: new Map() }; // 2

    const store = this.deps.store.recomputes;
    const { since } = change;
    if (since === undefined) {
      if (!(await this.#pass(run, (after, n) => this.#held(run, store.openCasesAfter(after, n))))) return done('superseded'); // 3
    }
    // Written by someone else since `since` (or since our claim): not by this run's own batch.
    const from = since ?? outcome.at;
    const changed = async (after: string | undefined, n: number) => {
      const stamps = await this.#held(run, store.openCaseStamps(after, n * CATCH_UP_PAGE));
      const nos = stamps.filter((x) => x.updatedAt > from && run.writtenAt.get(x.caseNo) !== x.updatedAt).map((x) => x.caseNo);
      return { candidates: nos.length === 0 ? [] : await this.#held(run, store.openCasesIn(nos)), last: stamps.at(-1)?.caseNo };
    };
    if (!(await this.#pass(run, changed))) return done('superseded'); // 4

    let retry = run.stale;
    for (let round = 0; round < RETRY_ROUNDS && retry.length > 0; round++) { // 5
      run.stale = [];
      for (let i = 0; i < retry.length; i += run.batch) {
        const candidates = await this.#held(run, store.openCasesIn(retry.slice(i, i + run.batch)));
        if ((await this.#writeBatch(run, candidates)) === undefined) return done('superseded');
      }
      retry = run.stale;
    }
    result.unsettled = retry;
    if (!(await store.finish(claim, { cases: result.cases, tasks: result.tasks }))) return done('superseded'); // 6
    return done('done');
  }

  /**
   * One keyset pass over what `read` pages through; false when the claim was lost. `read` gives
   * either candidates (paged by their last case number) or `{ candidates, last }`.
   */
  async #pass(run: Run, read: (after: string | undefined, n: number) => Promise<RecomputeCandidate[] | { candidates: RecomputeCandidate[]; last: string | undefined }>): Promise<boolean> {
    let after: string | undefined;
    for (;;) {
      const size = run.batch;
      const t0 = performance.now();
      const page = await read(after, size);
      const { candidates, last } = Array.isArray(page) ? { candidates: page, last: page.at(-1)?.caseNo } : page;
      if (last === undefined) return true;
      after = last;
      const ms = await this.#writeBatch(run, candidates);
      if (ms === undefined) return false;
      if (candidates.length === size) run.batch = this.#nextBatch(size, ms);
      // Give way: case actions queued behind this batch (PGlite is one session; the event loop is
      // shared) run before the next one, so none waits for more than about one batch.
      await pause((performance.now() - t0) * this.#pauseRatio);
    }
  }

  /** Awaits a store call, keeping the longest one: how long the run held the session at a time. */
  async #held<T>(run: Run, call: Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await call;
    } finally {
      run.result.longestHoldMs = Math.max(run.result.longestHoldMs, Math.round(performance.now() - t));
    }
  }

  /**
   * The late catch-up of a change: once other instances' calendar caches have expired, recomputes
   * the open cases written since `since` (the change's claim), under its own claim.
   */
  catchUp(change: { changeId: string; year: number; since: string }): Promise<RecomputeResult> {
    return this.run({ changeId: `${change.changeId}${CATCH_UP_SUFFIX}`, year: change.year, since: change.since });
  }

  /** Resumes runs whose instance died (heartbeat older than the takeover age): call periodically, on any instance. */
  async resumeStale(): Promise<RecomputeResult[]> {
    const stale = await this.deps.store.recomputes.stale(this.#takeoverMs);
    const out: RecomputeResult[] = [];
    for (const r of stale) out.push(await this.run({ changeId: r.changeId, year: r.year }));
    return out;
  }

  /** Recomputes a batch and writes the cases that changed; the write's time in ms, undefined when the claim is lost. */
  async #writeBatch(run: Run, candidates: RecomputeCandidate[]): Promise<number | undefined> {
    const { result, change } = run;
    const writes: RecomputedCase[] = [];
    const moves = new Map<string, DateMoves>();
    for (const c of candidates) {
      try {
        const r = await this.#recomputeOne(c, run.cal, change);
        if (!r) continue;
        writes.push(r.write);
        moves.set(c.caseNo, r.move);
      } catch (e) {
        if (result.failed.length < MAX_FAILED_LISTED) result.failed.push({ caseNo: c.caseNo, message: (e as Error).message });
      }
    }
    const t = performance.now();
    // An empty batch still checks the claim: it is the heartbeat, and how a superseded run stops early.
    const outcome = await this.#held(run, this.deps.store.recomputes.writeBatch(run.claim, writes));
    const ms = performance.now() - t;
    if (!outcome.ok) return undefined;
    result.cases += outcome.written.length;
    for (const no of outcome.written) {
      const move = moves.get(no)!;
      result.tasks += move.tasks.length;
      if (isMove(move)) result.moved += 1;
      if (outcome.writtenAt) run.writtenAt.set(no, outcome.writtenAt);
    }
    run.stale.push(...outcome.stale);
    return ms;
  }

  /** Adapts the batch size to keep a batch transaction near the target time. */
  #nextBatch(current: number, ms: number): number {
    const scaled = ms <= 0 ? current * 2 : Math.round(current * (this.#targetMs / ms));
    return Math.max(MIN_BATCH, Math.min(this.#maxBatch, current * 2, scaled));
  }

  /** One case on the new calendar with its matter version's definition (see recomputeCase). */
  async #recomputeOne(c: RecomputeCandidate, cal: WorkingCalendar, change: { year: number; changeId: string; changedBy?: string }) {
    const { engine } = await this.deps.versions.get(c.case.matterCode, c.case.matterVersion);
    return recomputeCase(c, engine, cal, this.deps.recomputeDates, { ...change, at: this.#now().toISOString() });
  }
}

export type { CaseMove, DateMoves, RecomputeDatesFn };
