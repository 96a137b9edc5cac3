/**
 * The working-day calendar over HTTP: each day's status for a year, "N working days after a date"
 * (预计 when the count crosses a year without a published schedule), which years lack a schedule,
 * and the admin's corrections (the State Council publishes next year's schedule late each year;
 * entering a whole schedule is calendar-schedules.router.ts).
 */
import { ValidationError } from '../../../schemas/errors.js';
import { applyOverride } from '../../calendar/calendar-overrides.js';
import { toChinaDate } from '../../calendar/china-time.js';
import { MAX_WORKING_DAYS } from '../../calendar/working-calendar.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, pathInt, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { BadRequestError } from '../../../schemas/errors.js';

const DAY_INFO = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date' },
    working: { type: 'boolean' },
    kind: { enum: ['workday', 'weekend', 'holiday', 'adjusted_workday'] },
    name: { type: 'string' },
    source: { enum: ['library', 'override', 'weekday-rule', 'schedule', 'statutory-rule'] },
    provisional: { type: 'boolean', description: 'present (true) on every day of a year without a published schedule: the statutory rule’s days, 调休 unknown' },
  },
};

const STATUS = {
  type: 'object',
  properties: {
    today: { type: 'string', format: 'date' },
    missingYears: {
      type: 'array',
      description: 'years to enter a schedule for: upcoming (this year, and from 1 November the next) or open-cases (an open case’s or task’s due date falls in it)',
      items: { type: 'object', properties: { year: { type: 'integer' }, reason: { enum: ['upcoming', 'open-cases'] }, openCases: { type: 'integer' } } },
    },
    provisionalYears: { type: 'array', items: { type: 'integer' } },
    scheduleYears: { type: 'array', items: { type: 'integer' } },
  },
};

export function calendarRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/calendar',
      tag: 'calendar',
      access: 'public',
      summary: "Every day of a year: working day, weekend, holiday or adjusted working day (调休), and where that comes from",
      query: [{ name: 'year', description: 'e.g. 2026 (default: this year)', schema: { type: 'integer', minimum: 2000, maximum: 2100 } }],
      response: {
        type: 'object',
        properties: {
          year: { type: 'integer' },
          workingDays: { type: 'integer' },
          provisional: { type: 'boolean', description: 'no published schedule: the statutory rule’s days (预计)' },
          days: { type: 'array', items: DAY_INFO },
        },
      },
    },
    async (req, res) => {
      const year = queryInt(req, 'year', { min: 2000, max: 2100, default: Number(toChinaDate(deps.clock()).slice(0, 4)) })!;
      const days = (await deps.calendar.current()).year(year);
      res.json({ year, workingDays: days.filter((d) => d.working).length, provisional: days[0]!.provisional === true, days });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/calendar/status',
      tag: 'calendar',
      access: 'staff',
      summary: 'Which years lack a published holiday schedule (their days follow the statutory rule and are provisional)',
      response: STATUS,
    },
    async (req, res) => {
      requireActor(req);
      res.json(await deps.calendar.status(deps.clock()));
    },
  );

  api.add(
    {
      method: 'get',
      path: '/calendar/due',
      tag: 'calendar',
      access: 'public',
      summary: 'The date N working days after `from` (`from` itself not counted)',
      query: [
        { name: 'from', description: 'YYYY-MM-DD', schema: { type: 'string', format: 'date' }, required: true },
        { name: 'days', description: `0–${MAX_WORKING_DAYS}`, schema: { type: 'integer', minimum: 0, maximum: MAX_WORKING_DAYS }, required: true },
      ],
      response: {
        type: 'object',
        properties: {
          from: { type: 'string' },
          days: { type: 'integer' },
          due: { type: 'string', format: 'date' },
          provisional: { type: 'boolean', description: 'the count crosses a day of a year without a published schedule: 预计, may move when it is entered' },
        },
      },
    },
    async (req, res) => {
      const from = queryString(req, 'from', 10);
      if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || new Date(`${from}T00:00:00Z`).toISOString().slice(0, 10) !== from) {
        throw new BadRequestError('from must be a date YYYY-MM-DD', [{ path: '?from', message: 'must be a date YYYY-MM-DD' }]);
      }
      const days = queryInt(req, 'days', { min: 0, max: MAX_WORKING_DAYS });
      if (days === undefined) throw new BadRequestError('days is required', [{ path: '?days', message: 'is required' }]);
      const cal = await deps.calendar.current();
      const due = cal.addWorkingDays(from, days);
      res.json({ from, days, due, provisional: cal.crossesProvisional(from, due) });
    },
  );

  api.add(
    {
      method: 'put',
      path: '/calendar/:year',
      tag: 'calendar',
      access: 'admin',
      summary: 'Set days of a year as working days or holidays (merged into the stored overrides)',
      body: { type: 'object', required: ['days'], properties: { days: { type: 'array', items: ref('CalendarOverrides/$defs/dayOverride') } } },
      response: ref('CalendarOverrides'),
    },
    async (req, res) => {
      const actor = requireActor(req, 'admin');
      const year = pathInt(String(req.params.year), 'year');
      const body = bodyObject(req);
      const current = await deps.store.getCalendar(year);
      const result = applyOverride(current, body.days as never, year, { updatedBy: actor.username, updatedAt: deps.clock().toISOString() });
      if (!result.ok) throw new ValidationError('the calendar overrides are not valid', result.errors);
      await deps.store.putCalendar(result.value);
      deps.calendar.invalidate();
      res.json(result.value);
    },
  );
}
