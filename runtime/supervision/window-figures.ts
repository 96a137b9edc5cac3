/**
 * 窗口绩效: the figures of each hall window (窗口), for the same performance score as departments.
 * A case belongs to the window that accepted it, as the case recorded it (`acceptedBy.windowId`,
 * a front desk's window when it accepted for another department), or for cases stored before that,
 * the window of the clerk who accepted it (the `accept` task's `completedBy` → that account's
 * `windowId`); the window is looked up among the accepting department's windows. A case not yet
 * accepted, accepted without a window, or at a window the department does not list, counts under
 * the department's "no window" group (windowId null). Pure: rows in, groups out.
 */
import type { ScoreFigures } from './performance-score.js';

/** The figures of the cases one desk accepted, by one clerk (acceptedBy null: not accepted). */
export interface AcceptorFigures {
  /** The accepting department (the matter's while not accepted). */
  departmentId: string;
  /** The accepting window as the case recorded it; null: not recorded. */
  windowId?: string | null;
  acceptedBy: string | null;
  cases: number;
  timed: number;
  onTime: number;
  /** Rated cases and the sum of their scores (1–5). */
  rated: number;
  ratingSum: number;
  complaints: number;
  supplemented: number;
}

export interface WindowFigures {
  departmentId: string;
  /** null: cases of no known window (未指定窗口). */
  windowId: string | null;
  windowName: string | null;
  figures: ScoreFigures;
}

export interface WindowLookup {
  /** username → the account's window id, for accounts that have one. */
  windowOf: ReadonlyMap<string, string>;
  /** department id → its windows' names by window id. */
  windowsOf: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** Groups the per-clerk rows by (department, window), sorted by department then window (no window last). */
export function windowFigures(rows: readonly AcceptorFigures[], lookup: WindowLookup): WindowFigures[] {
  const groups = new Map<string, { departmentId: string; windowId: string | null; windowName: string | null; sum: Omit<AcceptorFigures, 'departmentId' | 'windowId' | 'acceptedBy'> }>();
  for (const r of rows) {
    const wid = r.windowId ?? (r.acceptedBy === null ? undefined : lookup.windowOf.get(r.acceptedBy)) ?? undefined;
    const name = wid === undefined ? undefined : lookup.windowsOf.get(r.departmentId)?.get(wid);
    const windowId = name === undefined ? null : wid!;
    const key = JSON.stringify([r.departmentId, windowId]);
    let g = groups.get(key);
    if (!g) {
      g = { departmentId: r.departmentId, windowId, windowName: name ?? null, sum: { cases: 0, timed: 0, onTime: 0, rated: 0, ratingSum: 0, complaints: 0, supplemented: 0 } };
      groups.set(key, g);
    }
    for (const k of Object.keys(g.sum) as (keyof typeof g.sum)[]) g.sum[k] += r[k];
  }
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return [...groups.values()]
    .sort((a, b) => order(a.departmentId, b.departmentId) || order(a.windowId, b.windowId))
    .map(({ departmentId, windowId, windowName, sum }) => ({
      departmentId,
      windowId,
      windowName,
      figures: {
        cases: sum.cases,
        timed: sum.timed,
        onTime: sum.onTime,
        satisfactionAverage: sum.rated > 0 ? sum.ratingSum / sum.rated : null,
        complaints: sum.complaints,
        supplemented: sum.supplemented,
      },
    }));
}
