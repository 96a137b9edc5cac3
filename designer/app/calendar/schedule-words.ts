/** A schedule error in the admin's words: what is wrong with the cell (and, for a clash, which row it clashes with). */
import type { ScheduleError } from '../../calendar/schedule-check';
import type { I18n } from '../i18n';

export function scheduleErrorWords(e: ScheduleError, t: I18n['t'], year: number): string {
  const other = e.other === undefined ? 0 : e.other + 1;
  switch (e.problem) {
    case 'required': return t('calendar.err.required');
    case 'badDate': return t('calendar.err.badDate');
    case 'outsideYear': return t('calendar.err.outsideYear', { year });
    case 'fromAfterTo': return t('calendar.err.fromAfterTo');
    case 'overlap': return e.other === undefined ? t('calendar.err.overlapAny') : t('calendar.err.overlap', { n: other });
    case 'workdayInHoliday': return e.other === undefined ? t('calendar.err.workdayInHolidayAny') : t('calendar.err.workdayInHoliday', { n: other });
    case 'workdayNotWeekend': return t('calendar.err.workdayNotWeekend');
    case 'duplicate': return t('calendar.err.duplicate', { n: other });
    case 'tooLong': return t('calendar.err.tooLong');
    case 'badShape': return t('calendar.err.badShape');
    case 'yearMismatch': return t('calendar.err.yearMismatch', { year });
    case 'badJson': return t('calendar.err.badJson');
    default: return t('calendar.err.invalid');
  }
}

/** Where an error is, for the list above the tables: 第 2 个假期 · 开始日期. */
export function scheduleErrorPlace(e: ScheduleError, t: I18n['t']): string {
  const m = /^\/(holidays|workdays)(?:\/(\d+)(?:\/(name|from|to|date))?)?$/.exec(e.path);
  if (!m) return e.path === '/year' ? t('calendar.field.year') : t('calendar.field.file');
  const list = t(m[1] === 'holidays' ? 'calendar.holidays' : 'calendar.workdays');
  if (m[2] === undefined) return list;
  const row = t(m[1] === 'holidays' ? 'calendar.place.holiday' : 'calendar.place.workday', { n: Number(m[2]) + 1 });
  return m[3] ? `${row} · ${t(`calendar.field.${m[3] as 'name' | 'from' | 'to' | 'date'}`)}` : row;
}
