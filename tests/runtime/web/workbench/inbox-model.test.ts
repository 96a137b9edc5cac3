import { describe, expect, it } from 'vitest';
import { filterRows, inboxRows, options, sortRows, toneCounts, type InboxCase, type InboxTask } from '../../../../runtime/web/workbench/inbox/inbox-model';

const task = (id: string, caseNo: string, dueDate: string | undefined, openedAt: string, warning: InboxTask['warning'], stepName = '受理'): InboxTask => ({
  id, caseNo, nodeId: 'n', stepName, departmentId: 'zrzy', status: 'open', openedAt, version: 1, warning, ...(dueDate ? { dueDate } : {}),
});
// The server's marks: t2 past its date (red), t3 within the last 20 % of its working time (yellow).
const tasks = [
  task('t1', 'C1', '2026-12-10', '2026-11-20T01:00:00Z', 'none'),
  task('t2', 'C2', '2026-11-20', '2026-11-18T01:00:00Z', 'red', '规划审查'),
  task('t3', 'C3', '2026-11-26', '2026-11-21T01:00:00Z', 'yellow'),
  task('t4', 'C4', undefined, '2026-11-22T01:00:00Z', undefined),
];
const cases = new Map<string, InboxCase>([
  ['C1', { caseNo: 'C1', matterCode: 'M-A', status: 'submitted', receivedAt: '2026-11-20T01:00:00Z' }],
  ['C2', { caseNo: 'C2', matterCode: 'M-B', status: 'in_progress', receivedAt: '2026-11-10T01:00:00Z' }],
  ['C3', { caseNo: 'C3', matterCode: 'M-A', status: 'submitted', receivedAt: '2026-11-21T01:00:00Z' }],
  ['C4', { caseNo: 'C4', matterCode: 'M-A', status: 'submitted', receivedAt: '2026-11-22T01:00:00Z' }],
]);
const rows = inboxRows(tasks, cases, new Map([['M-A', '甲事项'], ['M-B', '乙事项']]));

describe('inbox model', () => {
  it('colours each row by the server mark and counts the colours', () => {
    expect(rows.map((r) => r.tone)).toEqual(['ok', 'overdue', 'warning', 'ok']);
    // A date close by without a mark stays green: the browser derives no warning of its own.
    expect(inboxRows([task('t5', 'C1', '2026-11-25', '2026-11-20T01:00:00Z', 'none')], cases, new Map())[0]!.tone).toBe('ok');
    expect(toneCounts(rows)).toEqual({ overdue: 1, warning: 1, ok: 2 });
    expect(rows[0]!.matterName).toBe('甲事项');
  });
  it('sorts most urgent first, no due date last', () => {
    expect(sortRows(rows, 'urgency').map((r) => r.task.id)).toEqual(['t2', 't3', 't1', 't4']);
    expect(sortRows(rows, 'opened').map((r) => r.task.id)).toEqual(['t2', 't1', 't3', 't4']);
    expect(sortRows(rows, 'received').map((r) => r.task.id)).toEqual(['t4', 't3', 't1', 't2']);
  });
  it('filters by matter, status, step and overdue', () => {
    expect(filterRows(rows, { matter: 'M-B' }).map((r) => r.task.id)).toEqual(['t2']);
    expect(filterRows(rows, { status: 'submitted', matter: 'M-A' }).map((r) => r.task.id)).toEqual(['t1', 't3', 't4']);
    expect(filterRows(rows, { step: '规划审查' }).map((r) => r.task.id)).toEqual(['t2']);
    expect(filterRows(rows, { overdueOnly: true }).map((r) => r.task.id)).toEqual(['t2']);
    expect(filterRows(rows, { tone: 'warning' }).map((r) => r.task.id)).toEqual(['t3']);
    expect(filterRows(rows, {})).toHaveLength(4);
  });
  it('offers the distinct matters, statuses and steps', () => {
    const o = options(rows);
    expect(o.matters).toEqual([{ code: 'M-A', name: '甲事项' }, { code: 'M-B', name: '乙事项' }]);
    expect(o.statuses).toEqual(['in_progress', 'submitted']);
    expect(o.steps.sort()).toEqual(['受理', '规划审查'].sort());
  });
});
