/** The department inbox and task completion. */
import { ValidationError } from '../../../schemas/errors.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, bodyString, queryEnum, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { engineActor } from './case-access.js';

const TASK_ACTIONS = ['approve', 'deny', 'return', 'accept', 'refuse', 'supplement-request', 'conclude'] as const;

export function taskRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/tasks',
      tag: 'tasks',
      access: 'staff',
      summary: "The inbox: mine=1 gives the signed-in clerk's department's open tasks; department= (supervisor, admin) any department's. Most urgent first",
      query: [
        { name: 'mine', description: '1: my department’s inbox', schema: { enum: ['1'] } },
        { name: 'department', description: 'department id (supervisor, admin)', schema: { type: 'string' } },
        { name: 'status', description: 'open (default) | completed | cancelled', schema: { enum: ['open', 'completed', 'cancelled'] } },
        { name: 'page', description: '1-based', schema: { type: 'integer' } },
        { name: 'pageSize', description: '1–100', schema: { type: 'integer' } },
      ],
      response: { type: 'object', properties: { items: { type: 'array', items: ref('Task') }, total: { type: 'integer' } } },
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
      res.json(
        await deps.caseStore.listTasks({
          departmentId,
          status: queryEnum(req, 'status', ['open', 'completed', 'cancelled'] as const) ?? 'open',
          page: queryInt(req, 'page', { min: 1, max: 100000, default: 1 })!,
          pageSize: queryInt(req, 'pageSize', { min: 1, max: 100, default: 20 })!,
        }),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/tasks/:id/complete',
      tag: 'tasks',
      access: 'staff',
      summary: 'Act on a task of your department: approve, deny (reasons), return (toNodeId), or at the accept step accept / refuse / supplement-request, or for 即办件 conclude (outcome granted / denied) on the spot. expectedVersion: the task version you saw (409 when somebody acted first)',
      body: {
        type: 'object',
        required: ['action'],
        properties: {
          action: { enum: [...TASK_ACTIONS] },
          comment: { type: 'string', maxLength: 5000 },
          toNodeId: { type: 'string' },
          items: { type: 'array' },
          outcome: { enum: ['granted', 'denied'] },
          expectedVersion: { type: 'integer' },
        },
      },
      response: { type: 'object', properties: { case: ref('Case'), task: ref('Task') } },
    },
    async (req, res) => {
      const actor = requireActor(req, 'clerk', 'admin', 'supervisor');
      const body = bodyObject(req);
      const action = bodyString(body, 'action', { required: true, max: 30 })!;
      if (!(TASK_ACTIONS as readonly string[]).includes(action)) {
        throw new ValidationError(`unknown action ${action}`, [{ path: '/action', message: `must be one of ${TASK_ACTIONS.join(', ')}` }]);
      }
      const expectedVersion = body.expectedVersion;
      if (expectedVersion !== undefined && !Number.isInteger(expectedVersion)) {
        throw new ValidationError('expectedVersion must be an integer', [{ path: '/expectedVersion', message: 'must be an integer' }]);
      }
      res.json(
        await deps.cases.completeTask(
          String(req.params.id),
          {
            action,
            comment: bodyString(body, 'comment', { max: 5000 }),
            toNodeId: bodyString(body, 'toNodeId', { max: 64 }),
            items: body.items,
            outcome: bodyString(body, 'outcome', { max: 10 }),
            expectedVersion: expectedVersion as number | undefined,
          },
          engineActor(actor),
        ),
      );
    },
  );
}
