/**
 * After a calendar change (an admin enters a year's schedule), recomputes the due and warning
 * dates of every open case and task: once, in short optimistic batches, with one audit event
 * `calendar.recomputed` per case whose dates moved, exactly once across server instances.
 *
 * Decisions:
 * - Not a user transition: the case version is NOT bumped (a clerk with the case open keeps a valid
 *   expectedVersion; no false 409). A case is written only if its version is still the one read;
 *   one a clerk changed meanwhile is re-read and retried after the pass (up to RETRY_ROUNDS).
 * - Short transactions: each batch is one transaction over at most `batchSize` cases; the size
 *   adapts so that a batch transaction stays near `targetBatchMs` (the time a concurrent case
 *   action may wait for it, PGlite being one session).
 * - Exactly once: the run claims the change id in `calendar_recomputes` (recompute-claims.ts);
 *   other instances skip; a run silent for `takeoverAfterMs` may be resumed by `resumeStale`.
 *   Recomputing is idempotent (moved cases do not move again), so a takeover writes no event twice.
 * - The calendar is rebuilt from the stored documents AFTER the claim: it then includes every
 *   change saved before, which is why a newer claim may supersede an older unfinished run.
 */
import type { CalendarOverrides, IsoDate } from '../../schemas/types.generated.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseState, EngineDefinition } from '../engine/index.js';
import { caseRecord, changedTasks } from './case-documents.js';
import type { MatterVersions } from './engine-definitions.js';
import type { CaseStore } from './storage/case.store.js';
import { caseRow, taskRow } from './storage/case-rows.js';
import type { RecomputeCandidate, RecomputeClaim, RecomputedCase } from './storage/recompute-store.js';

/** What the engine's `recomputeDates` reports as moved (runtime/engine/recompute-dates.ts). */
export interface DateMoves {
  dueDate?: { from: IsoDate; to: IsoDate };
  tasks: Array<{ taskId: string; stepName: string; from: IsoDate; to: IsoDate }>;
}

/** The engine's pure recompute: the state with every date counted again on `cal`. */
export type RecomputeDatesFn = (state: CaseState, def: EngineDefinition, cal: WorkingCalendar) => { state: CaseState; moved: DateMoves };

/** One case's moves, as the preview lists them. */
export interface CaseMove extends DateMoves {
  caseNo: string;
}

export interface RecomputePreview {
  /** Cases whose stored dates would change. */
  cases: number;
  /** Tasks whose due dates would move. */
  tasks: number;
  /** The first `limit` cases with moved dates, in case-number order. */
  moves: CaseMove[];
}

export interface RecomputeResult {
  /** `done`: this instance ran it; `skipped`: another instance has or had it; `superseded`: a newer change took over mid-run. */
  status: 'done' | 'skipped' | 'superseded';
  changeId: string;
  cases: number;
  tasks: number;
  ms: number;
  /** Cases that could not be recomputed (e.g. a matter version missing), with why; the run goes on. */
  failed: Array<{ caseNo: string; message: string }>;
  /** Cases still changing under the retries (left for the next change or a rerun). */
  unsettled: string[];
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
  /** Batch transaction time to aim for; default 40 ms. */
  targetBatchMs?: number;
  /** A run whose heartbeat is older is considered dead; default 2 minutes. */
  takeoverAfterMs?: number;
  now?: () => Date;
}

const RETRY_ROUNDS = 5;
const MIN_BATCH = 10;
const MAX_FAILED_LISTED = 50;

export class DueDateRecompute {
  readonly instanceId: string;
  readonly #now: () => Date;
  readonly #maxBatch: number;
  readonly #targetMs: number;
  readonly #takeoverMs: number;

  constructor(private readonly deps: DueDateRecomputeDeps) {
    this.instanceId = deps.instanceId ?? `instance-${Math.random().toString(36).slice(2, 10)}`;
    this.#now = deps.now ?? (() => new Date());
    this.#maxBatch = deps.batchSize ?? 200;
    this.#targetMs = deps.targetBatchMs ?? 40;
    this.#takeoverMs = deps.takeoverAfterMs ?? 120_000;
  }

  /**
   * What saving `proposed` would move, without writing anything: the calendar is the stored one
   * with `proposed` in place of its year's document.
   */
  async preview(proposed: CalendarOverrides, limit = 200): Promise<RecomputePreview> {
    const stored = await this.deps.calendars();
    const cal = createWorkingCalendar([...stored.filter((c) => c.year !== proposed.year), proposed]);
    const out: RecomputePreview = { cases: 0, tasks: 0, moves: [] };
    let after: string | undefined;
    for (;;) {
      const candidates = await this.deps.store.recomputes.openCasesAfter(after, this.#maxBatch);
      if (candidates.length === 0) break;
      after = candidates.at(-1)!.caseNo;
      for (const c of candidates) {
        const r = await this.#recomputeOne(c, cal, proposed.year, 'preview').catch(() => undefined);
        if (!r) continue;
        out.cases += 1;
        out.tasks += r.move.tasks.length;
        if (out.moves.length < limit && (r.move.dueDate || r.move.tasks.length > 0)) out.moves.push(r.move);
      }
    }
    return out;
  }

  /**
   * Recomputes every open case for the saved change `changeId`, unless another instance has it.
   * 1. claim the change (skip when not won);
   * 2. build the calendar from the stored documents;
   * 3. pass over the open cases in keyset batches: recompute, write the moved ones;
   * 4. re-read and retry the cases that changed under a batch;
   * 5. record the run finished with its counts.
   */
  async run(change: { changeId: string; year: number; changedBy?: string }): Promise<RecomputeResult> {
    const started = performance.now();
    const claim: RecomputeClaim = { changeId: change.changeId, year: change.year, by: this.instanceId };
    const result: RecomputeResult = { status: 'done', changeId: change.changeId, cases: 0, tasks: 0, ms: 0, failed: [], unsettled: [] };
    const done = (status: RecomputeResult['status']) => ({ ...result, status, ms: Math.round(performance.now() - started) });
    const outcome = await this.deps.store.recomputes.claim(claim, this.#takeoverMs); // 1
    if (!outcome.claimed) return done('skipped');
    const cal = createWorkingCalendar(await this.deps.calendars()); // 2

    let batch = Math.min(this.#maxBatch, 50);
    let retry: string[] = [];
    let after: string | undefined;
    for (;;) { // 3
      const candidates = await this.deps.store.recomputes.openCasesAfter(after, batch);
      if (candidates.length === 0) break;
      after = candidates.at(-1)!.caseNo;
      const step = await this.#writeBatch(claim, candidates, cal, change, result);
      if (!step) return done('superseded');
      retry.push(...step.stale);
      batch = this.#nextBatch(batch, step.ms, candidates.length);
    }
    for (let round = 0; round < RETRY_ROUNDS && retry.length > 0; round++) { // 4
      const again: string[] = [];
      for (let i = 0; i < retry.length; i += batch) {
        const candidates = await this.deps.store.recomputes.openCasesIn(retry.slice(i, i + batch));
        const step = await this.#writeBatch(claim, candidates, cal, change, result);
        if (!step) return done('superseded');
        again.push(...step.stale);
      }
      retry = again;
    }
    result.unsettled = retry;
    if (!(await this.deps.store.recomputes.finish(claim, { cases: result.cases, tasks: result.tasks }))) return done('superseded'); // 5
    return done('done');
  }

  /** Resumes runs whose instance died (heartbeat older than the takeover age): call periodically, on any instance. */
  async resumeStale(): Promise<RecomputeResult[]> {
    const stale = await this.deps.store.recomputes.stale(this.#takeoverMs);
    const out: RecomputeResult[] = [];
    for (const r of stale) out.push(await this.run({ changeId: r.changeId, year: r.year }));
    return out;
  }

  /** Recomputes a batch and writes the cases that changed; undefined when the claim is lost. */
  async #writeBatch(claim: RecomputeClaim, candidates: RecomputeCandidate[], cal: WorkingCalendar, change: { year: number; changeId: string; changedBy?: string }, result: RecomputeResult) {
    const writes: RecomputedCase[] = [];
    const moves = new Map<string, number>();
    for (const c of candidates) {
      try {
        const r = await this.#recomputeOne(c, cal, change.year, change.changeId, change.changedBy);
        if (!r) continue;
        writes.push(r.write);
        moves.set(c.caseNo, r.move.tasks.length);
      } catch (e) {
        if (result.failed.length < MAX_FAILED_LISTED) result.failed.push({ caseNo: c.caseNo, message: (e as Error).message });
      }
    }
    const t = performance.now();
    // An empty batch still checks the claim: it is the heartbeat, and how a superseded run stops early.
    const outcome = await this.deps.store.recomputes.writeBatch(claim, writes);
    const ms = performance.now() - t;
    if (!outcome.ok) return undefined;
    result.cases += outcome.written.length;
    for (const no of outcome.written) result.tasks += moves.get(no) ?? 0;
    return { stale: outcome.stale, ms };
  }

  /** Adapts the batch size to keep a batch transaction near the target time. */
  #nextBatch(current: number, ms: number, read: number): number {
    if (read < current) return current;
    const scaled = ms <= 0 ? current * 2 : Math.round(current * (this.#targetMs / ms));
    return Math.max(MIN_BATCH, Math.min(this.#maxBatch, Math.min(current * 2, scaled)));
  }

  /**
   * One case on the new calendar: undefined when nothing stored would change, else the write
   * (guarded by the version read) and its moves.
   */
  async #recomputeOne(c: RecomputeCandidate, cal: WorkingCalendar, year: number, changeId: string, changedBy?: string): Promise<{ write: RecomputedCase; move: CaseMove } | undefined> {
    const { engine } = await this.deps.versions.get(c.case.matterCode, c.case.matterVersion);
    const { state, moved } = this.deps.recomputeDates(c.state, engine, cal);
    const record = caseRecord(state, engine, c.case.applicant, c.caseNo, cal);
    const stateChanged = JSON.stringify(state) !== JSON.stringify(c.state);
    const warnAt = record.warnAt === undefined ? undefined : new Date(record.warnAt).toISOString();
    if (!stateChanged && warnAt === c.warnAt && !moved.dueDate && moved.tasks.length === 0) return undefined;
    const tasks = changedTasks(c.state, state, engine, c.caseNo, cal)
      .filter((t) => t.expectedVersion !== undefined) // a recompute opens no task
      .map((t, i) => taskRow(t, c.caseNo, `tasks[${i}]`));
    const move: CaseMove = { caseNo: c.caseNo, ...(moved.dueDate ? { dueDate: moved.dueDate } : {}), tasks: moved.tasks };
    return {
      move,
      write: {
        expectedVersion: c.version,
        row: caseRow(record, c.caseNo),
        tasks,
        audit: {
          at: this.#now().toISOString(),
          caseNo: c.caseNo,
          actor: { kind: 'system' },
          action: 'calendar.recomputed',
          payload: {
            year,
            changeId,
            ...(changedBy ? { changedBy } : {}),
            ...(moved.dueDate ? { dueDate: moved.dueDate } : {}),
            tasks: moved.tasks,
          },
        },
      },
    };
  }
}
