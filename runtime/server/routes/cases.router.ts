/**
 * Cases over HTTP: applying (public, idempotent under Idempotency-Key), tracking with the query
 * code, the staff's case actions, the audit trail, rating and complaints.
 */
import { rateLimit } from 'express-rate-limit';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { BadRequestError, InvalidStateError, NotFoundError, UnauthorizedError, ValidationError } from '../../../schemas/errors.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { errorBody } from '../http/error-handler.js';
import { bodyObject, bodyString, idempotencyKey, queryEnum, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { assertStaffMaySee, engineActorFor, publicProgress } from './case-access.js';
import { caseView, taskView } from '../../cases/case-views.js';
import { historyWithNames } from '../../cases/history-names.js';
import { acceptWarningOf } from '../../cases/accept-warning.js';
import { intakeRoute } from './case-intake.router.js';
import { ACTION_BODY, ACTION_SUMMARY, toAction } from './case-action-requests.js';
import { deemedAcceptance } from '../../calendar/deemed-acceptance.js';
import { toChinaDate } from '../../calendar/china-time.js';
import type { StoredCase } from '../../cases/storage/case-records.js';

const STATUSES = ['submitted', 'supplement_requested', 'refused', 'in_progress', 'suspended', 'granted', 'denied', 'withdrawn'] as const;
const STAFF_ACTIONS = ['accept', 'refuse', 'supplement-request', 'suspend', 'resume', 'extension-request', 'extension-decision'] as const;
/** Roles that work cases; a leader (科室负责人) also works the inbox like a clerk. */
const CASE_ROLES = ['clerk', 'leader', 'admin', 'supervisor'] as const;
const LEVELS = ['none', 'yellow', 'red'] as const;
const APPLICANT_ACTIONS = ['supplement', 'withdraw'] as const;

export function caseRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const { cases } = deps;
  intakeRoute(api, deps);
  /** Art. 32: a deemed acceptance is explained in words, on the applicant's and the staff's views alike. */
  const deemedNote = async (stored: StoredCase) => {
    if (!stored.case.deemedAccepted) return {};
    const at = stored.state.history.find((h) => h.action === 'deem_accepted')?.at ?? new Date().toISOString();
    const verdict = deemedAcceptance({ receivedAt: stored.state.submittedAt, now: at }, await deps.calendar.current());
    return { deemedAcceptanceNote: verdict.explanation };
  };
  const publicLimiter = rateLimit({
    windowMs: 60_000,
    limit: deps.config.publicRateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => void res.status(429).json(errorBody('RATE_LIMITED', 'too many requests from this address; wait a minute')),
  });
  api.router.post('/cases', publicLimiter);
  api.router.post('/complaints', publicLimiter);

  api.add(
    {
      method: 'post',
      path: '/cases',
      tag: 'cases',
      access: 'public',
      summary: 'Apply: validates the form, the situation and the materials (422 lists every problem), returns the receipt',
      description: 'Send an `Idempotency-Key` header to make retries safe: the same key and body return the first answer.',
      status: 201,
      body: {
        type: 'object',
        required: ['matterCode', 'data', 'materials', 'applicant'],
        properties: {
          matterCode: { type: 'string' },
          situation: { type: 'string' },
          data: { type: 'object' },
          materials: { type: 'array', items: { type: 'object', properties: { materialId: { type: 'string' }, fileIds: { type: 'array', items: { type: 'string' } }, status: { enum: ['provided', 'deferred', 'committed'] } } } },
          applicant: ref('Case/$defs/applicant'),
        },
      },
      response: { type: 'object', properties: { caseNo: { type: 'string' }, queryCode: { type: 'string' }, status: { type: 'string' }, dueDate: { type: 'string' }, notice: ref('Case/$defs/supplementNotice') } },
    },
    async (req, res) => {
      const body = bodyObject(req);
      const key = idempotencyKey(req);
      const result = await cases.submit(
        { matterCode: body.matterCode as string, situation: body.situation as string | undefined, data: body.data, materials: body.materials as never, applicant: body.applicant },
        key,
      );
      res.status(result.status).json(result.body);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/cases',
      tag: 'cases',
      access: 'staff',
      summary: "Cases (a clerk's or leader's: their department's, or with scope=desk those their department received or accepted; supervisor, admin: all), newest first; each with its warning level now, and a case not yet accepted with its acceptance deadline's level (acceptWarning, by the same rule: acceptDueDate, warned 5 working days from the last complete submission)",
      query: [
        { name: 'status', description: STATUSES.join(' | '), schema: { enum: [...STATUSES] } },
        { name: 'department', description: 'accepting department (supervisor, admin)', schema: { type: 'string' } },
        { name: 'matter', description: 'matter code', schema: { type: 'string' } },
        { name: 'overdue', description: '1: open cases past their due date', schema: { enum: ['0', '1'] } },
        { name: 'warning', description: 'open cases at this level now (none | yellow 预警 | red 超期), by the one warning rule', schema: { enum: [...LEVELS] } },
        { name: 'scope', description: 'desk: the cases your department received at its window or accepted (综合窗口), whatever their matter’s department', schema: { enum: ['desk'] } },
        { name: 'from', description: 'received at or after (ISO date or instant)', schema: { type: 'string' } },
        { name: 'to', description: 'received before', schema: { type: 'string' } },
        { name: 'page', description: '1-based', schema: { type: 'integer', minimum: 1 } },
        { name: 'pageSize', description: '1–100', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      ],
      response: { type: 'object', properties: { items: { type: 'array', items: ref('Case') }, total: { type: 'integer' } } },
    },
    async (req, res) => {
      const actor = requireActor(req);
      const wide = actor.role === 'admin' || actor.role === 'supervisor';
      const overdue = queryEnum(req, 'overdue', ['0', '1'] as const);
      const desk = queryEnum(req, 'scope', ['desk'] as const) === 'desk';
      const now = deps.clock();
      const department = wide ? queryString(req, 'department', 64) : actor.departmentId;
      const warning = queryEnum(req, 'warning', LEVELS);
      const page = await deps.caseStore.listCases({
        status: queryEnum(req, 'status', STATUSES),
        ...(desk ? { deskDepartmentId: department ?? actor.departmentId ?? '-' } : { departmentId: department }),
        matterCode: queryString(req, 'matter', 64),
        ...(overdue ? { overdue: overdue === '1', today: toChinaDate(now) } : {}),
        ...(warning ? { warning, now: now.toISOString() } : {}),
        receivedFrom: instantParam(req, 'from'),
        receivedTo: instantParam(req, 'to'),
        page: queryInt(req, 'page', { min: 1, max: 100000, default: 1 })!,
        pageSize: queryInt(req, 'pageSize', { min: 1, max: 100, default: 20 })!,
      });
      // A row not yet accepted also carries its acceptance deadline's level (受理期限, art. 32).
      const cal = await deps.calendar.current();
      res.json({
        ...page,
        items: page.items.map((c) => {
          const acceptWarning = acceptWarningOf(c, now, cal);
          return { ...caseView(c, now), ...(acceptWarning ? { acceptWarning } : {}) };
        }),
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/cases/:caseNo',
      tag: 'cases',
      access: 'public',
      summary: 'With ?queryCode=: the applicant\'s progress view. Signed-in staff: the case with its tasks and version',
      query: [{ name: 'queryCode', description: "the applicant's query code from the receipt", schema: { type: 'string' } }],
      response: { type: 'object' },
    },
    async (req, res) => {
      const caseNo = String(req.params.caseNo);
      const queryCode = queryString(req, 'queryCode', 40);
      if (queryCode !== undefined) {
        if (!(await deps.caseStore.checkQueryCode(caseNo, queryCode))) throw new NotFoundError(`case ${caseNo} with this query code`);
        const stored = await cases.getCase(caseNo);
        const { version } = await deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
        res.json({ ...publicProgress(stored, version.definition.name), ...(await deemedNote(stored)) });
        return;
      }
      if (!req.actor) throw new UnauthorizedError('sign in, or give the query code from the receipt');
      const stored = await cases.getCase(caseNo);
      assertStaffMaySee(req.actor, stored);
      const now = deps.clock();
      // The task rows (what inboxes read), in the case's opening order.
      const rows = new Map((await deps.caseStore.listTasks({ caseNo, page: 1, pageSize: 500 })).items.map((t) => [t.id, t]));
      const tasks = stored.state.tasks.map((t) => rows.get(t.id) ?? { ...t, caseNo });
      res.json({
        ...caseView(stored.case, now),
        ...(await deemedNote(stored)),
        version: stored.version,
        tasks: tasks.map((t) => taskView(t, now)),
        history: await historyWithNames(stored.state.history, async (u) => (await deps.store.getAccount(u))?.displayName),
      });
    },
  );

  for (const name of [...STAFF_ACTIONS, ...APPLICANT_ACTIONS]) {
    const applicant = (APPLICANT_ACTIONS as readonly string[]).includes(name);
    api.add(
      {
        method: 'post',
        path: `/cases/:caseNo/${name}`,
        tag: 'cases',
        access: applicant ? 'public' : 'staff',
        summary: ACTION_SUMMARY[name],
        body: { type: 'object', properties: ACTION_BODY[name] },
        response: ref('Case'),
      },
      async (req, res) => {
        const caseNo = String(req.params.caseNo);
        const body = req.body === undefined ? {} : bodyObject(req);
        const action = toAction(name, body);
        if (applicant) {
          const code = bodyString(body, 'queryCode', { required: true, max: 40 })!;
          if (!(await deps.caseStore.checkQueryCode(caseNo, code))) throw new NotFoundError(`case ${caseNo} with this query code`);
          await cases.act(caseNo, action, { kind: 'applicant' });
          const stored = await cases.getCase(caseNo);
          const { version } = await deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
          res.json(publicProgress(stored, version.definition.name));
          return;
        }
        // 延期审批 is the head's (art. 42): a leader of the matter's department, never the clerk who asked.
        const actor = name === 'extension-decision' ? requireActor(req, 'leader') : requireActor(req, ...CASE_ROLES);
        const stored = await cases.getCase(caseNo);
        assertStaffMaySee(actor, stored);
        const expected = body.expectedVersion;
        if (expected !== undefined && !Number.isInteger(expected)) throw new ValidationError('expectedVersion must be an integer', [{ path: '/expectedVersion', message: 'must be an integer' }]);
        const { engine } = await deps.versions.get(stored.case.matterCode, stored.case.matterVersion);
        const updated = await cases.act(caseNo, action, await engineActorFor(deps.store, actor, engine), expected as number | undefined);
        res.json(caseView(updated, deps.clock()));
      },
    );
  }

  api.add(
    { method: 'get', path: '/cases/:caseNo/audit', tag: 'cases', access: 'staff', summary: "The case's audit events, hash-chained", response: { type: 'array', items: ref('AuditEvent') } },
    async (req, res) => {
      const actor = requireActor(req);
      const stored = await cases.getCase(String(req.params.caseNo));
      assertStaffMaySee(actor, stored);
      res.json(await deps.caseStore.auditOf(stored.case.caseNo));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/cases/:caseNo/rating',
      tag: 'cases',
      access: 'public',
      summary: '好差评: the applicant rates a concluded case once (1–5)',
      status: 201,
      body: { type: 'object', required: ['queryCode', 'score'], properties: { queryCode: { type: 'string' }, score: { type: 'integer', minimum: 1, maximum: 5 }, comment: { type: 'string', maxLength: 2000 } } },
      response: ref('Case/$defs/rating'),
    },
    async (req, res) => {
      const caseNo = String(req.params.caseNo);
      const body = bodyObject(req);
      const code = bodyString(body, 'queryCode', { required: true, max: 40 })!;
      if (!(await deps.caseStore.checkQueryCode(caseNo, code))) throw new NotFoundError(`case ${caseNo} with this query code`);
      const score = body.score;
      if (!Number.isInteger(score) || (score as number) < 1 || (score as number) > 5) throw new ValidationError('score must be 1–5', [{ path: '/score', message: 'must be an integer from 1 to 5' }]);
      const stored = await cases.getCase(caseNo);
      if (!stored.case.concludedAt) throw new InvalidStateError('a case can be rated once it is concluded');
      const comment = bodyString(body, 'comment', { max: 2000 });
      const rating = { score: score as number, at: new Date().toISOString(), ...(comment ? { comment } : {}) };
      await deps.caseStore.rateCase(caseNo, rating, { kind: 'applicant' });
      res.status(201).json(rating);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/complaints',
      tag: 'cases',
      access: 'public',
      summary: '投诉 about a case (with its query code), a matter or a department',
      status: 201,
      body: { type: 'object', required: ['text', 'contact'], properties: { text: { type: 'string', maxLength: 5000 }, contact: { type: 'string', maxLength: 200 }, caseNo: { type: 'string' }, queryCode: { type: 'string' }, matterCode: { type: 'string' }, departmentId: { type: 'string' } } },
      response: { type: 'object', properties: { id: { type: 'string' } } },
    },
    async (req, res) => {
      const body = bodyObject(req);
      const text = bodyString(body, 'text', { required: true, max: 5000 })!;
      const contact = bodyString(body, 'contact', { required: true, max: 200 })!;
      const caseNo = bodyString(body, 'caseNo', { max: 40 });
      let departmentId = bodyString(body, 'departmentId', { max: 64 });
      let matterCode = bodyString(body, 'matterCode', { max: 64 });
      if (caseNo) {
        const code = bodyString(body, 'queryCode', { required: true, max: 40 })!;
        if (!(await deps.caseStore.checkQueryCode(caseNo, code))) throw new NotFoundError(`case ${caseNo} with this query code`);
        const stored = await cases.getCase(caseNo);
        departmentId ??= stored.case.departmentId;
        matterCode ??= stored.case.matterCode;
      }
      if (departmentId && !(await deps.store.getDepartment(departmentId))) throw new ValidationError('unknown department', [{ path: '/departmentId', message: `unknown department ${departmentId}` }]);
      const complaint = { id: randomUUID(), text, contact, at: new Date().toISOString(), ...(caseNo ? { caseNo } : {}), ...(matterCode ? { matterCode } : {}), ...(departmentId ? { departmentId } : {}) };
      await deps.caseStore.addComplaint(complaint, { kind: 'applicant' });
      res.status(201).json({ id: complaint.id });
    },
  );
}

function instantParam(req: Request, name: string): string | undefined {
  const raw = queryString(req, name, 40);
  if (raw === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00+08:00` : raw;
  if (Number.isNaN(Date.parse(at))) throw new BadRequestError(`${name} must be a date or an instant`, [{ path: `?${name}`, message: 'must be YYYY-MM-DD or an ISO instant' }]);
  return new Date(at).toISOString();
}
