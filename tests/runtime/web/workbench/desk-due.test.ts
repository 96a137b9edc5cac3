import { describe, expect, it } from 'vitest';
import { deskDue, type DeskCase } from '../../../../runtime/web/workbench/inbox/desk-due';

const base = { caseNo: 'C1', status: 'submitted', receivedAt: '2026-03-02T01:00:00Z', acceptDueDate: '2026-03-09' } as unknown as DeskCase;

describe('the deadline a desk row shows', () => {
  it('before acceptance: 受理期限 coloured by the server\'s acceptWarning', () => {
    expect(deskDue(base)).toEqual({ kind: 'accept', date: '2026-03-09', tone: 'ok' });
    expect(deskDue({ ...base, acceptWarning: 'yellow' })?.tone).toBe('warning');
    expect(deskDue({ ...base, acceptWarning: 'red' })?.tone).toBe('overdue');
  });
  it('once accepted: the decision\'s due date by the case warning; nothing without dates', () => {
    const accepted = { ...base, status: 'in_progress', acceptedAt: '2026-03-03T01:00:00Z', dueDate: '2026-03-20', warning: 'red', acceptWarning: 'none' } as DeskCase;
    expect(deskDue(accepted)).toEqual({ kind: 'decision', date: '2026-03-20', provisional: false, tone: 'overdue' });
    expect(deskDue({ ...base, acceptDueDate: undefined } as DeskCase)).toBeUndefined();
  });
});
