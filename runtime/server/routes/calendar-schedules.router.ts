/**
 * A year's holiday schedule over HTTP: read it (entered, the library's, or the statutory rule's
 * provisional one), preview what entering one would move, and enter it — which saves it as the
 * year's CalendarOverrides (`schedule: true`) and recomputes every open case's and task's dates
 * once across instances (runtime/cases/due-date-recompute.ts).
 *
 * Bad input is a 422 naming each field (`/holidays/1/from`) before anything is read or written.
 * The save comes first, then the recompute: a crash between them leaves the schedule saved and
 * the claim unmade or unfinished; saving again (or `resumeStale`) recomputes.
 */
import type { Logger } from 'pino';
import { BadRequestError, ValidationError } from '../../../schemas/errors.js';
import type { CalendarOverrides } from '../../../schemas/types.generated.js';
import { OVERRIDE_YEARS } from '../../calendar/calendar-overrides.js';
import { librarySchedule, overridesToSchedule, provisionalSchedule, checkYearSchedule, scheduleToOverrides, type YearSchedule } from '../../calendar/year-schedule.js';
import type { DueDateRecompute } from '../../cases/due-date-recompute.js';
import { canonicalHash } from '../../cases/storage/canonical-json.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, pathInt } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';

/**
 * How long after a save other instances may still count with the old calendar (the
 * CalendarProvider's cache, 30 s) plus a margin: a late catch-up then recomputes what they wrote.
 */
const LATE_CATCH_UP_MS = 35_000;

const SCHEDULE = {
  type: 'object',
  required: ['year', 'holidays', 'workdays'],
  properties: {
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    holidays: {
      type: 'array',
      items: { type: 'object', required: ['name', 'from', 'to'], properties: { name: { type: 'string' }, from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } },
    },
    workdays: { type: 'array', items: { type: 'object', required: ['date'], properties: { date: { type: 'string', format: 'date' }, name: { type: 'string' } } } },
    provisional: { type: 'boolean', description: 'true: the statutory rule’s days, nobody entered a schedule (调休 unknown)' },
  },
};
const MOVE = { type: 'object', properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } };
const PREVIEW = {
  type: 'object',
  properties: {
    cases: { type: 'integer', description: 'open cases whose stored dates would change (moved, or confirmed: 预计 no more)' },
    moved: { type: 'integer', description: 'of those, the cases whose dates move' },
    tasks: { type: 'integer', description: 'open tasks whose due dates would move' },
    moves: {
      type: 'array',
      description: 'the first 200 cases whose dates move',
      items: {
        type: 'object',
        properties: {
          caseNo: { type: 'string' },
          dueDate: MOVE,
          acceptDueDate: MOVE,
          tasks: { type: 'array', items: { type: 'object', properties: { taskId: { type: 'string' }, stepName: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } } },
        },
      },
    },
  },
};

export function calendarScheduleRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const { recompute } = deps;

  api.add(
    {
      method: 'get',
      path: '/calendar/schedules/:year',
      tag: 'calendar',
      access: 'staff',
      summary: "A year's holiday schedule: as entered, else the library's, else the statutory rule's (provisional: true, 调休 unknown)",
      response: SCHEDULE,
    },
    async (req, res) => {
      requireActor(req);
      const year = scheduleYear(req.params.year);
      const stored = await deps.store.getCalendar(year);
      const schedule: YearSchedule = stored?.schedule ? overridesToSchedule(stored) : librarySchedule(year) ?? provisionalSchedule(year);
      res.json(schedule);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/calendar/schedules/:year/preview',
      tag: 'calendar',
      access: 'admin',
      summary: 'What entering this schedule would move: how many open cases and tasks, and the first 200 of them (nothing is saved)',
      body: SCHEDULE,
      response: PREVIEW,
    },
    async (req, res) => {
      requireActor(req, 'admin');
      const doc = checkedSchedule(req.params.year, bodyObject(req));
      res.json(await recompute.preview(doc, 200));
    },
  );

  api.add(
    {
      method: 'put',
      path: '/calendar/schedules/:year',
      tag: 'calendar',
      access: 'admin',
      summary: "Enters a year's schedule (replacing its provisional days and earlier corrections), then recomputes every open case's and task's dates once",
      body: SCHEDULE,
      response: {
        type: 'object',
        properties: {
          saved: ref('CalendarOverrides'),
          recompute: { type: 'object', properties: { status: { enum: ['done', 'skipped', 'superseded'] }, cases: { type: 'integer' }, moved: { type: 'integer' }, tasks: { type: 'integer' }, ms: { type: 'integer' } } },
        },
      },
    },
    async (req, res) => {
      const actor = requireActor(req, 'admin');
      const doc = checkedSchedule(req.params.year, bodyObject(req), { updatedBy: actor.username, updatedAt: new Date().toISOString() });
      await deps.store.putCalendar(doc);
      deps.calendar.invalidate();
      // The saved document, stamp included, names the change: saving the same days again is a new
      // change (and moves nothing), a retried run of this one is not.
      const changeId = canonicalHash(doc);
      const result = await recompute.run({ changeId, year: doc.year, changedBy: actor.username });
      if (result.failed.length > 0) deps.logger.warn({ changeId, failed: result.failed }, 'calendar recompute: some cases could not be recomputed');
      if (result.status === 'done' && result.claimedAt) lateCatchUp(recompute, { changeId, year: doc.year, since: result.claimedAt }, deps.logger);
      res.json({ saved: doc, recompute: { status: result.status, cases: result.cases, moved: result.moved, tasks: result.tasks, ms: result.ms } });
    },
  );
}

/** The year of the address and the body's schedule, checked, as the document to store; else 422. */
function checkedSchedule(yearParam: string | string[] | undefined, body: Record<string, unknown>, stamp: { updatedBy?: string; updatedAt?: string } = {}): CalendarOverrides {
  const year = scheduleYear(yearParam);
  const errors = checkYearSchedule(body, year);
  if (errors.length > 0) throw new ValidationError('the schedule is not valid', errors);
  return scheduleToOverrides(body as unknown as YearSchedule, stamp);
}

function scheduleYear(param: string | string[] | undefined): number {
  const year = pathInt(String(param), 'year');
  if (year < OVERRIDE_YEARS.min || year > OVERRIDE_YEARS.max) {
    throw new BadRequestError(`year must be from ${OVERRIDE_YEARS.min} to ${OVERRIDE_YEARS.max}`, [{ path: ':year', message: `must be from ${OVERRIDE_YEARS.min} to ${OVERRIDE_YEARS.max}` }]);
  }
  return year;
}

/**
 * Instances that had the old calendar cached may have written old dates until their cache
 * expired: once it has, recompute the cases written since the claim (its own claim, so once).
 */
function lateCatchUp(recompute: DueDateRecompute, change: { changeId: string; year: number; since: string }, logger: Logger): void {
  const timer = setTimeout(() => {
    recompute.catchUp(change).catch((e: unknown) => {
      logger.warn({ err: e, changeId: change.changeId }, 'calendar recompute: the late catch-up failed; saving the schedule again recomputes');
    });
  }, LATE_CATCH_UP_MS);
  timer.unref();
}
