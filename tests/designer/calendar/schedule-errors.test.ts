/** Field error placement: a path naming a cell lands on it; anything else goes above the tables. */
import { describe, expect, it } from 'vitest';
import { placeErrors } from '../../../designer/calendar/schedule-errors.js';

describe('placeErrors', () => {
  const placed = placeErrors(
    [
      { path: '/holidays/1/from', problem: 'overlap', other: 0 },
      { path: '/holidays/1/from', problem: 'badDate' },
      { path: '/workdays/0/date', problem: 'duplicate' },
      { path: '/workdays/0', problem: 'badShape' },
      { path: '/holidays/7/to', problem: 'invalid' },
      { path: '/year', problem: 'yearMismatch' },
      { path: '', problem: 'badJson' },
    ],
    { holidays: 2, workdays: 1 },
  );

  it('puts the first error of a cell on it', () => {
    expect(placed.at('holidays', 1, 'from')).toEqual({ path: '/holidays/1/from', problem: 'overlap', other: 0 });
    expect(placed.at('holidays', 0, 'from')).toBeUndefined();
    expect(placed.at('workdays', 0, 'date')?.problem).toBe('duplicate');
    expect(placed.at('workdays', 0, '')?.problem).toBe('badShape');
    expect(placed.placed).toBe(3);
  });

  it('keeps rows the tables lack and document errors general', () => {
    expect(placed.general.map((e) => e.path)).toEqual(['/holidays/7/to', '/year', '']);
  });
});
