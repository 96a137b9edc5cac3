import { describe, expect, it } from 'vitest';
import { formatChinaDate, formatChinaDateTime, formatChinaDateTimeSeconds } from '../../../../runtime/web/shared/china-time';

describe('china time', () => {
  it('shows an instant in China time, eight hours ahead of UTC', () => {
    expect(formatChinaDateTime('2026-11-25T06:03:05Z')).toBe('2026-11-25 14:03');
    expect(formatChinaDateTimeSeconds('2026-11-25T06:03:05.123Z')).toBe('2026-11-25 14:03:05');
    expect(formatChinaDateTime(new Date('2026-11-25T06:03:05+08:00'))).toBe('2026-11-25 06:03');
  });
  it('crosses midnight and the year in China before UTC does', () => {
    expect(formatChinaDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatChinaDate('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(formatChinaDate('2026-12-31T15:59:59Z')).toBe('2026-12-31');
  });
  it('keeps a plain date and shows an unreadable value as given', () => {
    expect(formatChinaDate('2026-11-25')).toBe('2026-11-25');
    expect(formatChinaDateTime('not a time')).toBe('not a time');
  });
});
