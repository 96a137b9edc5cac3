import { describe, expect, it } from 'vitest';
import { defaultGranularity, denseSeries, MAX_PERIODS, periodsOf, weekStart } from '../../../runtime/supervision/period-series.js';

describe('period series', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('days cover [from, to), weeks the Mondays of the weeks touched', () => {
    expect(periodsOf('2026-02-27', '2026-03-02', 'day')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(periodsOf('2026-11-25', '2026-12-08', 'week')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(periodsOf('2020-01-01', '2030-01-01', 'day')).toHaveLength(MAX_PERIODS);
  });

  it('picks days up to 62 days, weeks beyond', () => {
    expect(defaultGranularity('2026-10-01', '2026-11-01')).toBe('day');
    expect(defaultGranularity('2026-01-01', '2026-11-01')).toBe('week');
  });

  it('fills every period, zeros included, and ignores unknown periods and statuses', () => {
    const points = denseSeries(['2026-11-24', '2026-11-25'], [
      { period: '2026-11-25', status: 'granted', count: 2 },
      { period: '2026-11-25', status: 'submitted', count: 1 },
      { period: '2026-11-01', status: 'granted', count: 9 },
      { period: '2026-11-24', status: 'bogus', count: 9 },
    ]);
    expect(points.map((p) => [p.period, p.cases])).toEqual([['2026-11-24', 0], ['2026-11-25', 3]]);
    expect(points[1]!.byStatus).toMatchObject({ granted: 2, submitted: 1, denied: 0 });
    expect(Object.keys(points[0]!.byStatus)).toHaveLength(8);
  });
});
