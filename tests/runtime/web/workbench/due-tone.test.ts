import { describe, expect, it } from 'vitest';
import { addDays, chinaToday, daysLeft, dueTone } from '../../../../runtime/web/workbench/inbox/due-tone';

describe('dueTone', () => {
  const today = '2026-11-25';
  it('is overdue past the due date, or when the runtime marked it red', () => {
    expect(dueTone({ dueDate: '2026-11-24' }, today)).toBe('overdue');
    expect(dueTone({ dueDate: '2026-12-31', warning: 'red' }, today)).toBe('overdue');
  });
  it('is a warning from warnOn on, or when marked yellow', () => {
    expect(dueTone({ dueDate: '2026-12-10', warnOn: '2026-11-25' }, today)).toBe('warning');
    expect(dueTone({ dueDate: '2026-12-10', warnOn: '2026-11-26' }, today)).toBe('ok');
    expect(dueTone({ dueDate: '2026-12-10', warning: 'yellow' }, today)).toBe('warning');
  });
  it('without warnOn, warns on the day before the due date and on it', () => {
    expect(dueTone({ dueDate: '2026-11-26' }, today)).toBe('warning');
    expect(dueTone({ dueDate: '2026-11-25' }, today)).toBe('warning');
    expect(dueTone({ dueDate: '2026-11-27' }, today)).toBe('ok');
  });
  it('is ok with no due date and no mark', () => {
    expect(dueTone({}, today)).toBe('ok');
    expect(dueTone({ warning: 'none' }, today)).toBe('ok');
  });
});

describe('dates', () => {
  it('reads today in China time', () => {
    expect(chinaToday(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(chinaToday(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24');
  });
  it('adds days across a month end and counts days left', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(daysLeft('2026-12-01', '2026-11-25')).toBe(6);
    expect(daysLeft('2026-11-20', '2026-11-25')).toBe(-5);
  });
});
