/**
 * The case store's part of a calendar recompute (CaseStore.recomputes): claims that make a change
 * recomputed exactly once across instances (recompute-claims.ts), and the batch reads and writes
 * (recompute-batches.ts). The service (runtime/cases/due-date-recompute.ts) drives them.
 */
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import { chinaDateOfEpochMs } from '../../calendar/china-time.js';
import {
  openCaseStamps, openCasesAfter, openCasesIn, writeRecomputedBatch, type BatchOutcome, type RecomputeCandidate, type RecomputedCase,
} from './recompute-batches.js';
import {
  claimRecompute, finishRecompute, getRecompute, staleRecomputes, type ClaimOutcome, type RecomputeRecord,
} from './recompute-claims.js';

export type { BatchOutcome, ClaimOutcome, RecomputeCandidate, RecomputedCase, RecomputeRecord };

export interface RecomputeClaim {
  /** Identifies the calendar change, e.g. the hash of the saved document. */
  changeId: string;
  year: number;
  /** The claiming instance. */
  by: string;
}

export interface RecomputeStore {
  /**
   * Claims a change for this instance; exactly one of concurrent claimers wins. An unfinished run
   * silent for `takeoverAfterMs` is taken over; a newer claim supersedes older unfinished ones.
   */
  claim(claim: RecomputeClaim, takeoverAfterMs: number): Promise<ClaimOutcome>;
  /** Records the run's counts; false when the claim was lost meanwhile. */
  finish(claim: RecomputeClaim, counts: { cases: number; tasks: number }): Promise<boolean>;
  get(changeId: string): Promise<RecomputeRecord | undefined>;
  /** Unfinished runs silent for `olderThanMs` (their instance died): for a takeover job. */
  stale(olderThanMs: number): Promise<RecomputeRecord[]>;
  /** Open cases after `afterCaseNo` in case-number order (keyset paging). */
  openCasesAfter(afterCaseNo: string | undefined, limit: number): Promise<RecomputeCandidate[]>;
  /** The named cases still open. */
  openCasesIn(caseNos: readonly string[]): Promise<RecomputeCandidate[]>;
  /** Case numbers and last-write times (database clock) of open cases after `afterCaseNo`: the catch-up's narrow pages. */
  openCaseStamps(afterCaseNo: string | undefined, limit: number): Promise<Array<{ caseNo: string; updatedAt: string }>>;
  /**
   * Writes a batch in one transaction if `claim` is still held: each case only if still at its
   * read version (not bumped), its moved tasks, one audit event per case written.
   */
  writeBatch(claim: RecomputeClaim, batch: readonly RecomputedCase[]): Promise<BatchOutcome>;
}

export class PostgresRecomputeStore implements RecomputeStore {
  constructor(
    private readonly client: SqlClient,
    private readonly now: () => Date,
    private readonly track: <T>(p: Promise<T>) => Promise<T>,
  ) {}

  claim(claim: RecomputeClaim, takeoverAfterMs: number): Promise<ClaimOutcome> {
    return this.track(claimRecompute(this.client, { ...claim, takeoverAfterMs: Math.max(0, Math.round(takeoverAfterMs)) }));
  }

  finish(claim: RecomputeClaim, counts: { cases: number; tasks: number }): Promise<boolean> {
    return this.track(finishRecompute(this.client, claim.changeId, claim.by, counts));
  }

  get(changeId: string): Promise<RecomputeRecord | undefined> {
    return this.track(getRecompute(this.client, changeId));
  }

  stale(olderThanMs: number): Promise<RecomputeRecord[]> {
    return this.track(staleRecomputes(this.client, Math.max(0, Math.round(olderThanMs))));
  }

  openCasesAfter(afterCaseNo: string | undefined, limit: number): Promise<RecomputeCandidate[]> {
    return this.track(openCasesAfter(this.client, afterCaseNo, limit));
  }

  openCasesIn(caseNos: readonly string[]): Promise<RecomputeCandidate[]> {
    return this.track(openCasesIn(this.client, caseNos));
  }

  openCaseStamps(afterCaseNo: string | undefined, limit: number): Promise<Array<{ caseNo: string; updatedAt: string }>> {
    return this.track(openCaseStamps(this.client, afterCaseNo, limit));
  }

  writeBatch(claim: RecomputeClaim, batch: readonly RecomputedCase[]): Promise<BatchOutcome> {
    const now = this.now();
    return this.track(writeRecomputedBatch(this.client, claim, batch, { now, today: chinaDateOfEpochMs(now.getTime()) }));
  }
}
