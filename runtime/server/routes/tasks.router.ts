/** The department inbox and task completion. */
import { ValidationError } from '../../../schemas/errors.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, bodyString, queryEnum, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { engineActorFor } from './case-access.js';
import { caseView, taskView } from '../../cases/case-views.js';

const TASK_ACTIONS = ['approve', 'deny', 'return', 'accept', 'refuse', 'supplement-request', 'conclude', 'deliver', 'acknowledge'] as const;
const DELIVERY_SCHEMA = {
  type: 'object',
  description: '统一出件: window { recipient, date } | post { address, waybillNo, recipient? } | electronic { email? }',
  required: ['method'],
  properties: {
    method: { enum: ['window', 'post', 'electronic'] },
    recipient: { type: 'string', maxLength: 100 },
    date: { type: 'string', format: 'date' },
    address: { type: 'string', maxLength: 300 },
    waybillNo: { type: 'string', pattern: '^[A-Za-z0-9-]{6,40}$' },
    email: { type: 'string', maxLength: 200 },
  },
};

export function taskRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/tasks',
      tag: 'tasks',
      access: 'staff',
      summary: "The inbox: mine=1 gives the signed-in clerk's department's open tasks; department= (supervisor, admin) any department's. Most urgent first; each task with its warning level now, 知会 tasks (kind inform) included; `counts` of the open tasks by level (the same rule as supervision)",
      query: [
        { name: 'mine', description: '1: my department’s inbox', schema: { enum: ['1'] } },
        { name: 'department', description: 'department id (supervisor, admin)', schema: { type: 'string' } },
        { name: 'status', description: 'open (default) | completed | cancelled', schema: { enum: ['open', 'completed', 'cancelled'] } },
        { name: 'page', description: '1-based', schema: { type: 'integer' } },
        { name: 'pageSize', description: '1–100', schema: { type: 'integer' } },
      ],
      response: {
        type: 'object',
        properties: {
          items: { type: 'array', items: ref('Task') },
          total: { type: 'integer' },
          counts: { type: 'object', properties: { open: { type: 'integer' }, yellow: { type: 'integer' }, red: { type: 'integer' } } },
        },
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      const wide = actor.role === 'admin' || actor.role === 'supervisor';
      const asked = queryString(req, 'department', 64);
      const mine = queryEnum(req, 'mine', ['1'] as const);
      const departmentId = wide ? (mine ? actor.departmentId : asked) : actor.departmentId;
      if (!wide && asked && asked !== actor.departmentId) {
        throw new ValidationError('you can read only your own department’s inbox', [{ path: '?department', message: `must be ${actor.departmentId}` }]);
      }
      const now = deps.clock();
      const [page, counts] = await Promise.all([
        deps.caseStore.listTasks({
          departmentId,
          status: queryEnum(req, 'status', ['open', 'completed', 'cancelled'] as const) ?? 'open',
          page: queryInt(req, 'page', { min: 1, max: 100000, default: 1 })!,
          pageSize: queryInt(req, 'pageSize', { min: 1, max: 100, default: 20 })!,
        }),
        deps.caseStore.countTasks({ departmentId }, now.toISOString()),
      ]);
      res.json({ ...page, items: page.items.map((t) => taskView(t, now)), counts });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/tasks/:id/complete',
      tag: 'tasks',
      access: 'staff',
      summary: 'Act on a task of your department: approve, deny (reasons), return (toNodeId), or at the accept step accept / refuse / supplement-request (also a front desk allowed for the matter), or for 即办件 conclude (outcome granted / denied) on the spot; deliver (统一出件, with delivery) a deliver step; acknowledge a 知会 task. expectedVersion: the task version you saw (409 when somebody acted first; a 会签 signer whose task only gained other signatures meanwhile is not in conflict)',
      body: {
        type: 'object',
        required: ['action'],
        properties: {
          action: { enum: [...TASK_ACTIONS] },
          comment: { type: 'string', maxLength: 5000 },
          toNodeId: { type: 'string' },
          items: { type: 'array' },
          outcome: { enum: ['granted', 'denied'] },
          delivery: DELIVERY_SCHEMA,
          expectedVersion: { type: 'integer' },
        },
      },
      response: { type: 'object', properties: { case: ref('Case'), task: ref('Task') } },
    },
    async (req, res) => {
      const actor = requireActor(req, 'clerk', 'leader', 'admin', 'supervisor');
      const body = bodyObject(req);
      const action = bodyString(body, 'action', { required: true, max: 30 })!;
      if (!(TASK_ACTIONS as readonly string[]).includes(action)) {
        throw new ValidationError(`unknown action ${action}`, [{ path: '/action', message: `must be one of ${TASK_ACTIONS.join(', ')}` }]);
      }
      const expectedVersion = body.expectedVersion;
      if (expectedVersion !== undefined && !Number.isInteger(expectedVersion)) {
        throw new ValidationError('expectedVersion must be an integer', [{ path: '/expectedVersion', message: 'must be an integer' }]);
      }
      const done = await deps.cases.completeTask(
        String(req.params.id),
        {
          action,
          comment: bodyString(body, 'comment', { max: 5000 }),
          toNodeId: bodyString(body, 'toNodeId', { max: 64 }),
          items: body.items,
          outcome: bodyString(body, 'outcome', { max: 10 }),
          delivery: body.delivery,
          expectedVersion: expectedVersion as number | undefined,
        },
        (def) => engineActorFor(deps.store, actor, def),
      );
      const now = deps.clock();
      res.json({ case: caseView(done.case, now), task: done.task ? taskView(done.task, now) : undefined });
    },
  );
}
