/**
 * Supervision figures (电子监察): computed by PostgreSQL in one pass over the cohort with GROUPING
 * SETS — overall, by accepting department, by matter — plus one over complaints. JavaScript only
 * renames columns and joins the two results by group.
 *
 * The cohort is the cases received in `[from, to)`; complaints count by when they were filed.
 * - on time: concluded on or before the due date (China date of concludedAt ≤ dueDate), over the
 *   concluded cases that had a due date;
 * - warnings / overdue: open cases at yellow / red at `now` by the one warning rule (case-warning.ts);
 * - working days: averages over concluded cases whose service recorded both figures;
 * - satisfaction: count, average and distribution of scores 1–5 of rated cases.
 */
import { BadRequestError } from '../../../schemas/errors.js';
import type { SqlClient } from '../../../catalog/storage/sql-client.js';
import type { CaseStatus, Timestamp } from '../../../schemas/types.generated.js';
import { instant } from './case-rows.js';
import { chinaDateOfEpochMs } from '../../calendar/china-time.js';
import { warningSql } from '../case-warning.js';

export interface SupervisionQuery {
  from: Timestamp;
  to: Timestamp;
  departmentId?: string;
  matterCode?: string;
  /** The instant warning levels are read at (default: the store's clock). */
  now?: Timestamp;
}

export interface SupervisionFigures {
  cases: number;
  byStatus: Record<CaseStatus, number>;
  open: number;
  warnings: number;
  overdue: number;
  concluded: number;
  /** Concluded cases that had a due date: the denominator of `onTimeRate`. */
  timed: number;
  onTime: number;
  /** onTime / timed; null when nothing timed concluded. */
  onTimeRate: number | null;
  avgWorkingDaysUsed: number | null;
  avgPromisedDays: number | null;
  satisfaction: { count: number; average: number | null; distribution: [number, number, number, number, number] };
  complaints: number;
}

export interface SupervisionStats {
  total: SupervisionFigures;
  /** Sorted by department id; a null id gathers cases without an accepting department and complaints naming none. */
  byDepartment: (SupervisionFigures & { departmentId: string | null })[];
  /** Sorted by matter code; complaints naming no matter count in `total` only. */
  byMatter: (SupervisionFigures & { matterCode: string })[];
}

const STATUSES: CaseStatus[] = ['submitted', 'supplement_requested', 'refused', 'in_progress', 'suspended', 'granted', 'denied', 'withdrawn'];
const SCORES = [1, 2, 3, 4, 5] as const;
const BOTH_DAYS = 'working_days_used IS NOT NULL AND promised_days IS NOT NULL';

/** The figure columns, `level` the SQL of a row's warning level (case-warning.ts). */
const figures = (level: string) => [
  'count(*)::int AS cases',
  ...STATUSES.map((s) => `count(*) FILTER (WHERE status = '${s}')::int AS "s_${s}"`),
  'count(*) FILTER (WHERE concluded_at IS NULL)::int AS open',
  `count(*) FILTER (WHERE concluded_at IS NULL AND ${level} = 'yellow')::int AS warnings`,
  `count(*) FILTER (WHERE concluded_at IS NULL AND ${level} = 'red')::int AS overdue`,
  'count(*) FILTER (WHERE concluded_at IS NOT NULL)::int AS concluded',
  'count(*) FILTER (WHERE concluded_on IS NOT NULL AND due_date IS NOT NULL)::int AS timed',
  'count(*) FILTER (WHERE concluded_on <= due_date)::int AS on_time',
  `avg(working_days_used) FILTER (WHERE ${BOTH_DAYS})::float8 AS avg_used`,
  `avg(promised_days) FILTER (WHERE ${BOTH_DAYS})::float8 AS avg_promised`,
  'count(rating_score)::int AS rated',
  'avg(rating_score)::float8 AS avg_score',
  ...SCORES.map((n) => `count(*) FILTER (WHERE rating_score = ${n})::int AS score_${n}`),
].join(',\n    ');

type Row = Record<string, number | string | null> & { department_id: string | null; matter_code: string | null; grp: number };

/** GROUPING() sets a bit per aggregated-away column (department 2, matter 1): 3 overall, 1 by department, 2 by matter. */
const GROUPS = `GROUPING(department_id, matter_code) AS grp`;

export async function supervisionStats(client: SqlClient, query: SupervisionQuery): Promise<SupervisionStats> {
  const from = instant(query.from, 'from');
  const to = instant(query.to, 'to');
  if (from === null || to === null) throw new BadRequestError('from and to: both are required');
  const now = instant(query.now ?? new Date().toISOString(), 'now')!;
  // Scope first ($1, $2, then department / matter), so both queries share the numbering; the
  // case query alone appends today and now for the warning levels.
  const params: unknown[] = [from, to];
  const scope = ['department_id', 'matter_code'].flatMap((col, i) => {
    const value = i === 0 ? query.departmentId : query.matterCode;
    return value === undefined ? [] : [`${col} = $${params.push(value)}`];
  });
  const where = (at: string) => [`${at} >= $1::timestamptz`, `${at} < $2::timestamptz`, ...scope].join(' AND ');
  const sets = 'GROUP BY GROUPING SETS ((), (department_id), (matter_code))';
  const caseParams = [...params, chinaDateOfEpochMs(Date.parse(now)), now];
  const level = warningSql(`$${caseParams.length - 1}::date`, `$${caseParams.length}::timestamptz`);
  const [cases, complaints] = await Promise.all([
    client.query<Row>(`SELECT department_id, matter_code, ${GROUPS},\n    ${figures(level)}\n  FROM cases WHERE ${where('received_at')} ${sets}`, caseParams),
    client.query<Row>(`SELECT department_id, matter_code, ${GROUPS}, count(*)::int AS complaints FROM complaints WHERE ${where('at')} ${sets}`, params),
  ]);
  const filed = new Map(complaints.rows.map((r) => [groupKey(r), Number(r.complaints)]));
  const byKey = new Map(cases.rows.map((r) => [groupKey(r), figuresOf(r, filed.get(groupKey(r)) ?? 0)]));
  // Complaints about a department or matter with no case in the cohort still form their group.
  for (const r of complaints.rows) if (!byKey.has(groupKey(r))) byKey.set(groupKey(r), figuresOf(null, Number(r.complaints)));

  const groups = [...byKey.entries()].map(([key, figures]) => ({ key: JSON.parse(key) as [number, string | null], figures }));
  const byCode = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return {
    total: byKey.get(JSON.stringify([3, null])) ?? figuresOf(null, 0),
    byDepartment: groups.filter((g) => g.key[0] === 1).sort((a, b) => byCode(a.key[1], b.key[1])).map((g) => ({ departmentId: g.key[1], ...g.figures })),
    byMatter: groups.filter((g) => g.key[0] === 2 && g.key[1] !== null).sort((a, b) => byCode(a.key[1], b.key[1])).map((g) => ({ matterCode: g.key[1]!, ...g.figures })),
  };
}

/** [grouping bits, the grouped value]: GROUPING() is 3 overall, 1 by department, 2 by matter. */
function groupKey(r: Row): string {
  const grp = Number(r.grp);
  return JSON.stringify([grp, grp === 1 ? r.department_id : grp === 2 ? r.matter_code : null]);
}

function figuresOf(r: Row | null, complaints: number): SupervisionFigures {
  const n = (col: string) => (r === null ? 0 : Number(r[col] ?? 0));
  const avg = (col: string) => (r === null || r[col] === null ? null : Number(r[col]));
  const timed = n('timed');
  return {
    cases: n('cases'),
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, n(`s_${s}`)])) as Record<CaseStatus, number>,
    open: n('open'),
    warnings: n('warnings'),
    overdue: n('overdue'),
    concluded: n('concluded'),
    timed,
    onTime: n('on_time'),
    onTimeRate: timed === 0 ? null : n('on_time') / timed,
    avgWorkingDaysUsed: avg('avg_used'),
    avgPromisedDays: avg('avg_promised'),
    satisfaction: { count: n('rated'), average: avg('avg_score'), distribution: SCORES.map((s) => n(`score_${s}`)) as SupervisionFigures['satisfaction']['distribution'] },
    complaints,
  };
}
