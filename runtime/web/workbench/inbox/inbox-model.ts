/**
 * The inbox as data: each open task with what the list shows of its case, the filters (matter,
 * case status, step, overdue only), the sort orders and the count per colour — the colour and the
 * counts from the server's `warning` of each task, so they agree with supervision. No React here.
 */
import { DUE_TONES, dueTone, type DueTone } from './due-tone';

export interface InboxTask {
  id: string;
  caseNo: string;
  nodeId: string;
  stepName: string;
  departmentId: string;
  status: string;
  openedAt: string;
  dueDate?: string;
  dueDateProvisional?: boolean;
  warnAt?: string;
  warning?: 'none' | 'yellow' | 'red';
  version: number;
}

export interface InboxCase {
  caseNo: string;
  matterCode: string;
  status: string;
  applicantName?: string;
  receivedAt?: string;
}

export interface InboxRow {
  task: InboxTask;
  case?: InboxCase;
  matterName?: string;
  tone: DueTone;
}

export interface InboxFilter {
  matter?: string;
  status?: string;
  step?: string;
  overdueOnly?: boolean;
  tone?: DueTone;
}

export type InboxSort = 'urgency' | 'opened' | 'received';

/** The rows, each coloured by the server's warning of its task (the one rule; no date arithmetic here). */
export function inboxRows(tasks: readonly InboxTask[], cases: ReadonlyMap<string, InboxCase>, matterNames: ReadonlyMap<string, string>): InboxRow[] {
  return tasks.map((task) => {
    const c = cases.get(task.caseNo);
    return { task, case: c, matterName: c ? matterNames.get(c.matterCode) : undefined, tone: dueTone(task) };
  });
}

export function filterRows(rows: readonly InboxRow[], f: InboxFilter): InboxRow[] {
  return rows.filter(
    (r) =>
      (!f.matter || r.case?.matterCode === f.matter) &&
      (!f.status || r.case?.status === f.status) &&
      (!f.step || r.task.stepName === f.step) &&
      (!f.overdueOnly || r.tone === 'overdue') &&
      (!f.tone || r.tone === f.tone),
  );
}

const TONE_RANK: Record<DueTone, number> = { overdue: 0, warning: 1, ok: 2 };

/** urgency: overdue, then warning, then ok, each by due date (none last) then opening time; opened: oldest first; received: newest case first. */
export function sortRows(rows: readonly InboxRow[], sort: InboxSort): InboxRow[] {
  const byDue = (a: InboxRow, b: InboxRow) => (a.task.dueDate ?? '9999') .localeCompare(b.task.dueDate ?? '9999');
  const byOpened = (a: InboxRow, b: InboxRow) => a.task.openedAt.localeCompare(b.task.openedAt);
  const compare: Record<InboxSort, (a: InboxRow, b: InboxRow) => number> = {
    urgency: (a, b) => TONE_RANK[a.tone] - TONE_RANK[b.tone] || byDue(a, b) || byOpened(a, b),
    opened: (a, b) => byOpened(a, b) || a.task.caseNo.localeCompare(b.task.caseNo),
    received: (a, b) => (b.case?.receivedAt ?? '').localeCompare(a.case?.receivedAt ?? '') || b.task.caseNo.localeCompare(a.task.caseNo),
  };
  return [...rows].sort(compare[sort]);
}

export function toneCounts(rows: readonly InboxRow[]): Record<DueTone, number> {
  const counts = Object.fromEntries(DUE_TONES.map((t) => [t, 0])) as Record<DueTone, number>;
  for (const r of rows) counts[r.tone]++;
  return counts;
}

/** The distinct values a filter offers, sorted. */
export function options(rows: readonly InboxRow[]): { matters: Array<{ code: string; name: string }>; statuses: string[]; steps: string[] } {
  const matters = new Map<string, string>();
  const statuses = new Set<string>();
  const steps = new Set<string>();
  for (const r of rows) {
    if (r.case) {
      matters.set(r.case.matterCode, r.matterName ?? r.case.matterCode);
      statuses.add(r.case.status);
    }
    steps.add(r.task.stepName);
  }
  return {
    matters: [...matters].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    statuses: [...statuses].sort(),
    steps: [...steps].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}
