/**
 * Claims of calendar recomputes (table `calendar_recomputes`): each saved calendar change is
 * recomputed into the open cases exactly once across every server instance sharing the database.
 *
 * - The instance whose INSERT of the change id wins does the work; the others are told `running`
 *   (or `done`) and skip.
 * - The runner touches `heartbeat_at` in every batch transaction (DB time, never the instances'
 *   clocks). A run whose heartbeat is older than the takeover age (it crashed, or its process was
 *   killed) may be claimed by another instance, which starts over: the recompute is idempotent,
 *   cases already moved do not move again and get no second event.
 * - A newer claim supersedes every older unfinished one (at its insert, and at the older run's next
 *   batch for a claim made at the same moment): each run recomputes every open case with
 *   the calendar as stored when it was claimed, which includes all older changes, so the older run
 *   would only write dates the newer one corrects. The older runner finds its claim gone at its
 *   next batch and stops.
 */
import type { SqlClient } from '../../../catalog/storage/sql-client.js';

/**
 * Change ids ending so are late catch-ups of a change (the cases written since it, by instances
 * still on the old calendar): they supersede nothing and no real change yields to them, since
 * they do not cover every case; they do yield to a newer real change.
 */
export const CATCH_UP_SUFFIX = '/late';
const NOT_CATCH_UP = (alias: string) => `${alias}.change_id NOT LIKE '%${CATCH_UP_SUFFIX}'`;

export type ClaimOutcome =
  /** This instance holds the claim: do the work. `at`: the claim's time by the database clock. */
  | { claimed: true; takeover: boolean; at: string }
  /** Another instance finished it, is at it, or a newer change superseded it: skip. */
  | { claimed: false; state: 'done' | 'running' | 'superseded' };

export interface RecomputeRecord {
  changeId: string;
  year: number;
  claimedBy: string;
  claimedAt: string;
  finishedAt?: string;
  supersededBy?: string;
  cases?: number;
  tasks?: number;
}

/**
 * Claims `changeId` for `by`.
 * 1. insert the claim; on success, supersede the older unfinished claims (same transaction);
 * 2. else take it over when unfinished, not superseded and silent for `takeoverAfterMs`;
 * 3. else report why not.
 */
export async function claimRecompute(client: SqlClient, claim: { changeId: string; year: number; by: string; takeoverAfterMs: number }): Promise<ClaimOutcome> {
  return client.transaction(async (tx) => {
    const inserted = await tx.query<{ claimed_at: string | Date }>( // 1
      `INSERT INTO calendar_recomputes (change_id, year, claimed_by, claimed_at, heartbeat_at)
       VALUES ($1, $2, $3, clock_timestamp(), clock_timestamp())
       ON CONFLICT (change_id) DO NOTHING RETURNING claimed_at`,
      [claim.changeId, claim.year, claim.by],
    );
    if (inserted.rows.length === 1) {
      if (!claim.changeId.endsWith(CATCH_UP_SUFFIX)) {
        await tx.query(
          `UPDATE calendar_recomputes SET finished_at = clock_timestamp(), superseded_by = $1
           WHERE finished_at IS NULL AND change_id <> $1`,
          [claim.changeId],
        );
      }
      return { claimed: true, takeover: false, at: new Date(inserted.rows[0].claimed_at).toISOString() };
    }
    const taken = await tx.query<{ claimed_at: string | Date }>( // 2
      `UPDATE calendar_recomputes
         SET claimed_by = $2, claimed_at = clock_timestamp(), heartbeat_at = clock_timestamp(), takeovers = takeovers + 1
       WHERE change_id = $1 AND finished_at IS NULL
         AND heartbeat_at < clock_timestamp() - $3::int * interval '1 millisecond'
       RETURNING claimed_at`,
      [claim.changeId, claim.by, claim.takeoverAfterMs],
    );
    if (taken.rows.length === 1) return { claimed: true, takeover: true, at: new Date(taken.rows[0].claimed_at).toISOString() };
    const { rows } = await tx.query<{ finished: boolean; superseded: boolean }>( // 3
      `SELECT finished_at IS NOT NULL AS finished, superseded_by IS NOT NULL AS superseded FROM calendar_recomputes WHERE change_id = $1`,
      [claim.changeId],
    );
    const r = rows[0];
    return { claimed: false, state: r?.superseded ? 'superseded' : r?.finished ? 'done' : 'running' };
  });
}

/**
 * Inside a batch transaction: whether `by` still holds `changeId`, touching its heartbeat. Locks the
 * claim row until COMMIT, so a takeover or a superseding claim waits for the batch in flight and
 * the batch after it finds the claim gone. A claim is also lost to any newer unfinished one (two
 * changes claimed at the same moment do not see each other's insert): the run then records itself
 * superseded by the newest, which counts with a calendar holding both changes.
 */
export async function holdsClaim(tx: SqlClient, changeId: string, by: string): Promise<boolean> {
  const { rows } = await tx.query(
    `UPDATE calendar_recomputes AS r SET heartbeat_at = clock_timestamp()
     WHERE change_id = $1 AND claimed_by = $2 AND finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM calendar_recomputes o WHERE o.finished_at IS NULL AND o.change_id <> r.change_id AND o.claimed_at > r.claimed_at AND ${NOT_CATCH_UP('o')})
     RETURNING change_id`,
    [changeId, by],
  );
  if (rows.length === 1) return true;
  await tx.query(
    `UPDATE calendar_recomputes AS r SET finished_at = clock_timestamp(),
       superseded_by = (SELECT o.change_id FROM calendar_recomputes o WHERE o.finished_at IS NULL AND o.change_id <> r.change_id AND ${NOT_CATCH_UP('o')} ORDER BY o.claimed_at DESC LIMIT 1)
     WHERE change_id = $1 AND claimed_by = $2 AND finished_at IS NULL`,
    [changeId, by],
  );
  return false;
}

/** Marks the run finished with its counts; false when the claim was lost meanwhile. */
export async function finishRecompute(client: SqlClient, changeId: string, by: string, counts: { cases: number; tasks: number }): Promise<boolean> {
  const { rows } = await client.query(
    `UPDATE calendar_recomputes SET finished_at = clock_timestamp(), cases = $3, tasks = $4
     WHERE change_id = $1 AND claimed_by = $2 AND finished_at IS NULL RETURNING change_id`,
    [changeId, by, counts.cases, counts.tasks],
  );
  return rows.length === 1;
}

/** Unfinished, unsuperseded runs silent for `olderThanMs`: what a takeover job resumes. */
export async function staleRecomputes(client: SqlClient, olderThanMs: number): Promise<RecomputeRecord[]> {
  const { rows } = await client.query<RecordRow>(
    `SELECT ${COLUMNS} FROM calendar_recomputes
     WHERE finished_at IS NULL AND heartbeat_at < clock_timestamp() - $1::int * interval '1 millisecond'
     ORDER BY claimed_at`,
    [olderThanMs],
  );
  return rows.map(recordOf);
}

export async function getRecompute(client: SqlClient, changeId: string): Promise<RecomputeRecord | undefined> {
  const { rows } = await client.query<RecordRow>(`SELECT ${COLUMNS} FROM calendar_recomputes WHERE change_id = $1`, [changeId]);
  return rows[0] && recordOf(rows[0]);
}

interface RecordRow {
  change_id: string;
  year: number;
  claimed_by: string;
  claimed_at: string | Date;
  finished_at: string | Date | null;
  superseded_by: string | null;
  cases: number | null;
  tasks: number | null;
}

const COLUMNS = 'change_id, year, claimed_by, claimed_at, finished_at, superseded_by, cases, tasks';

function recordOf(r: RecordRow): RecomputeRecord {
  return {
    changeId: r.change_id,
    year: r.year,
    claimedBy: r.claimed_by,
    claimedAt: new Date(r.claimed_at).toISOString(),
    ...(r.finished_at === null ? {} : { finishedAt: new Date(r.finished_at).toISOString() }),
    ...(r.superseded_by === null ? {} : { supersededBy: r.superseded_by }),
    ...(r.cases === null ? {} : { cases: r.cases }),
    ...(r.tasks === null ? {} : { tasks: r.tasks }),
  };
}
