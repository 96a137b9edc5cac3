import { describe, expect, it } from 'vitest';
import { chinaToday, daysLeft, dueTone } from '../../../../runtime/web/workbench/inbox/due-tone';

describe('dueTone', () => {
  it('takes the colour from the server mark alone', () => {
    expect(dueTone({ warning: 'red' })).toBe('overdue');
    expect(dueTone({ warning: 'yellow' })).toBe('warning');
    expect(dueTone({ warning: 'none' })).toBe('ok');
    expect(dueTone({})).toBe('ok');
  });
  it('derives nothing from the dates: a due date tomorrow or yesterday without a mark stays as the server says', () => {
    expect(dueTone({ dueDate: '2026-11-24', warning: 'none' } as never, '2026-11-25')).toBe('ok');
    expect(dueTone({ dueDate: '2026-11-26' } as never, '2026-11-25')).toBe('ok');
  });
});

describe('dates', () => {
  it('reads today in China time', () => {
    expect(chinaToday(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(chinaToday(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24');
  });
  it('counts days left', () => {
    expect(daysLeft('2026-12-01', '2026-11-25')).toBe(6);
    expect(daysLeft('2026-11-20', '2026-11-25')).toBe(-5);
  });
});
