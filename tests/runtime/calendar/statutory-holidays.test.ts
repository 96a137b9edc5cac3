/**
 * The statutory rule (《全国年节及纪念日放假办法》, 2024) for years without a published schedule.
 *
 * 2027 by the rule:
 *   元旦   Fri 01-01
 *   春节   除夕 Fri 02-05, 初一 Sat 02-06, 初二 Sun 02-07, 初三 Mon 02-08 → 补假 Tue 02-09, Wed 02-10
 *   清明节 Mon 04-05 · 劳动节 Sat 05-01, Sun 05-02 → 补假 Mon 05-03, Tue 05-04
 *   端午节 Wed 06-09 · 中秋节 Wed 09-15
 *   国庆节 Fri 10-01, Sat 10-02, Sun 10-03 → 补假 Mon 10-04, Tue 10-05
 */
import { describe, expect, it } from 'vitest';
import { statutoryFestivals, statutoryHolidays } from '../../../runtime/calendar/statutory-holidays.js';
import { createWorkingCalendar } from '../../../runtime/calendar/working-calendar.js';
import { datesFromTo } from './official-2026.js';

const cal = createWorkingCalendar();

describe('2027 by the rule', () => {
  const expected = [
    { name: '元旦', days: ['2027-01-01'], madeUp: [] },
    { name: '春节', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], madeUp: ['2027-02-09', '2027-02-10'] },
    { name: '清明节', days: ['2027-04-05'], madeUp: [] },
    { name: '劳动节', days: ['2027-05-01', '2027-05-02'], madeUp: ['2027-05-03', '2027-05-04'] },
    { name: '端午节', days: ['2027-06-09'], madeUp: [] },
    { name: '中秋节', days: ['2027-09-15'], madeUp: [] },
    { name: '国庆节', days: ['2027-10-01', '2027-10-02', '2027-10-03'], madeUp: ['2027-10-04', '2027-10-05'] },
  ];
  it('given 2027, when the rule is computed, then each holiday has its days and 补假', () => {
    expect(statutoryFestivals(2027)).toEqual(expected);
  });

  it.each([
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-02-05', name: '春节' },
    { date: '2027-02-06', name: '春节' },
    { date: '2027-02-08', name: '春节' },
    { date: '2027-02-09', name: '春节补假' },
    { date: '2027-02-10', name: '春节补假' },
    { date: '2027-05-01', name: '劳动节' },
    { date: '2027-05-04', name: '劳动节补假' },
    { date: '2027-10-03', name: '国庆节' },
    { date: '2027-10-05', name: '国庆节补假' },
  ])('given $date, when the calendar is asked, then it is the provisional holiday $name', ({ date, name }) => {
    expect(cal.dayInfo(date)).toMatchObject({ date, working: false, kind: 'holiday', name, source: 'statutory-rule', provisional: true });
  });

  it.each([
    { date: '2027-01-04', kind: 'workday' },
    { date: '2027-02-04', kind: 'workday' },
    { date: '2027-02-11', kind: 'workday' },
    { date: '2027-02-13', kind: 'weekend' },
    { date: '2027-10-06', kind: 'workday' },
  ])('given $date around the holidays, when asked, then it is a provisional $kind', ({ date, kind }) => {
    expect(cal.dayInfo(date)).toMatchObject({ kind, source: 'statutory-rule', provisional: true });
  });

  it('given the due-date example of the issue, when counted, then 元旦 is not a working day and the date is provisional', () => {
    expect(cal.addWorkingDays('2026-12-30', 3)).toBe('2027-01-05');
    expect(cal.crossesProvisional('2026-12-30', '2027-01-05')).toBe(true);
    expect(cal.addWorkingDays('2027-02-04', 1)).toBe('2027-02-11');
  });
});

describe('the rule against what is known', () => {
  // 除夕 ends 腊月, of 29 days in 2025–2027 and of 30 in 2024; 清明, 端午 and 中秋 as published.
  it.each([
    { year: 2024, eve: '2024-02-09', qingming: '2024-04-04', duanwu: '2024-06-10', zhongqiu: '2024-09-17' },
    { year: 2025, eve: '2025-01-28', qingming: '2025-04-04', duanwu: '2025-05-31', zhongqiu: '2025-10-06' },
    { year: 2026, eve: '2026-02-16', qingming: '2026-04-05', duanwu: '2026-06-19', zhongqiu: '2026-09-25' },
    { year: 2027, eve: '2027-02-05', qingming: '2027-04-05', duanwu: '2027-06-09', zhongqiu: '2027-09-15' },
  ])('given $year, when computed, then 除夕 is $eve and the lunar and solar-term days are as published', ({ year, eve, qingming, duanwu, zhongqiu }) => {
    const byName = new Map(statutoryFestivals(year).map((f) => [f.name, f.days]));
    expect(byName.get('春节')![0]).toBe(eve);
    expect(byName.get('清明节')).toEqual([qingming]);
    expect(byName.get('端午节')).toEqual([duanwu]);
    expect(byName.get('中秋节')).toEqual([zhongqiu]);
  });

  // The State Council's schedules of 2025 and 2026 (the amended 办法's first years) rest on every day
  // the rule gives, 补假 included, and add 调休 on top, which the rule cannot know.
  it.each([2025, 2026])('given the published %i schedule, when compared, then every day of the rule is a rest day in it', (year) => {
    const notResting = [...statutoryHolidays(year).keys()].filter((date) => cal.isWorkingDay(date));
    expect(cal.dayInfo(`${year}-06-01`).source).toBe('library');
    expect(notResting).toEqual([]);
  });

  it('given 2026, when computed, then 补假 falls on the next working day as the schedule has it (清明 Sun → Mon, 劳动节 and 国庆 Sat → Mon)', () => {
    const madeUp = Object.fromEntries(statutoryFestivals(2026).map((f) => [f.name, f.madeUp]));
    expect(madeUp).toMatchObject({ 清明节: ['2026-04-06'], 劳动节: ['2026-05-04'], 国庆节: ['2026-10-05'], 春节: [], 元旦: [] });
  });

  it('given 2028, when 中秋 falls on 国庆 day 3 (10-03), then both holidays are owed and 中秋 is made up after 国庆’s own 补假', () => {
    const f = Object.fromEntries(statutoryFestivals(2028).map((x) => [x.name, x]));
    expect(f['国庆节']).toEqual({ name: '国庆节', days: ['2028-10-01', '2028-10-02', '2028-10-03'], madeUp: ['2028-10-04'] });
    expect(f['中秋节']).toEqual({ name: '中秋节', days: ['2028-10-03'], madeUp: ['2028-10-05'] });
    expect(statutoryHolidays(2028).get('2028-10-03')).toBe('国庆节');
    expect(statutoryHolidays(2028).get('2028-10-05')).toBe('中秋节补假');
    // 元旦 2028 is a Saturday: made up on Monday 01-03.
    expect(f['元旦']!.madeUp).toEqual(['2028-01-03']);
  });

  it('given a year the tables do not reach, when computed, then a RangeError names the year', () => {
    expect(() => statutoryFestivals(1899)).toThrow(/^year must be an integer from 1900 to 9999, got 1899$/);
  });

  it('given the holidays handed out, when a caller tries to change them, then the cache is unaffected', () => {
    const first = statutoryFestivals(2030)[0]!;
    expect(() => { (first as { name: string }).name = 'x'; }).toThrow(TypeError);
    expect(statutoryFestivals(2030)[0]!.name).toBe('元旦');
  });
});

describe('years and sources', () => {
  it('given 2027 and 2035, when listed, then every day is provisional and the rule’s holidays are rest days', () => {
    for (const year of [2027, 2035]) {
      const days = cal.year(year);
      expect(days.every((d) => d.provisional === true && d.source === 'statutory-rule')).toBe(true);
      for (const date of statutoryHolidays(year).keys()) expect(cal.isWorkingDay(date), date).toBe(false);
    }
  });

  it('given the library years and the years before the amended 办法, when asked, then no day is provisional', () => {
    for (const date of [...datesFromTo('2026-01-01', '2026-01-10'), '2003-06-02', '2024-02-09']) {
      expect(cal.dayInfo(date).provisional, date).toBeUndefined();
    }
    expect(cal.crossesProvisional('2025-12-01', '2026-12-31')).toBe(false);
  });
});
