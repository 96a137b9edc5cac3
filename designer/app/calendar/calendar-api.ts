/**
 * The working calendar's admin calls (runtime/server/routes/calendar.router.ts): which years lack a
 * published schedule, a year's schedule (entered, or the statutory rule's provisional one), the
 * preview of what a new schedule moves, and saving it (which recomputes every open case and task).
 */
import type { CalendarOverrides } from '../../../schemas/types.generated.js';
import type { YearSchedule } from '../../calendar/year-schedule';
import { request } from '../api';

/** GET /api/calendar/status, as the calendar core computes it (runtime/calendar/calendar-status.ts). */
export type { CalendarStatus, MissingYear } from '../../../runtime/calendar/calendar-status';
import type { CalendarStatus } from '../../../runtime/calendar/calendar-status';

export interface ScheduleMove {
  caseNo: string;
  dueDate?: { from: string; to: string };
  /** The art. 32 answer deadline of a case still waiting to be accepted. */
  acceptDueDate?: { from: string; to: string };
  tasks?: Array<{ taskId: string; stepName: string; from: string; to: string }>;
}

export interface SchedulePreview {
  /** Open cases whose stored dates change: moved, or only confirmed (预计 no more). */
  cases: number;
  /** Of those, the cases whose dates move. */
  moved?: number;
  tasks: number;
  /** The first 200 moves. */
  moves: ScheduleMove[];
}

export interface SavedSchedule {
  saved: CalendarOverrides;
  recompute: { status?: 'done' | 'skipped' | 'superseded'; cases: number; moved?: number; tasks: number; ms: number };
}

export const calendarStatus = () => request<CalendarStatus>('GET', '/calendar/status');
export const yearSchedule = (year: number) => request<YearSchedule>('GET', `/calendar/schedules/${year}`);
export const previewSchedule = (schedule: YearSchedule) => request<SchedulePreview>('POST', `/calendar/schedules/${schedule.year}/preview`, schedule);
export const saveSchedule = (schedule: YearSchedule) => request<SavedSchedule>('PUT', `/calendar/schedules/${schedule.year}`, schedule);
