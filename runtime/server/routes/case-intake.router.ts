/**
 * 窗口收件 over HTTP: a clerk (or leader) of the matter's department, or of a front desk allowed to
 * accept it, registers a paper application for the applicant. Idempotent under Idempotency-Key
 * like POST /cases.
 */
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, idempotencyKey } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { engineActorFor } from './case-access.js';
import { INTAKE_MATERIAL_STATUSES } from '../../cases/window-intake-shapes.js';

const MISSING_ITEM = {
  type: 'object',
  properties: { materialId: { type: 'string' }, name: { type: 'string' }, problem: { enum: ['missing', 'defective'] }, note: { type: 'string' } },
};

export function intakeRoute(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'post',
      path: '/cases/intake',
      tag: 'cases',
      access: 'staff',
      summary: '窗口收件: register a paper application for the applicant (clerk, leader of the matter’s department or of an allowed front desk). Materials may be missing or defective: the application is received and `missing` lists what the one-time notice must name. accept=true accepts a complete application at once when the matter has one stage',
      description: 'Send an `Idempotency-Key` header to make retries safe. 422 names each bad field (`/materials/2/materialId`, form fields as for online applications); nothing is stored on any 4xx. The answer carries the query code for the applicant’s receipt.',
      status: 201,
      body: {
        type: 'object',
        required: ['matterCode', 'data', 'materials', 'applicant'],
        properties: {
          matterCode: { type: 'string' },
          situation: { type: 'string' },
          data: { type: 'object' },
          applicant: ref('Case/$defs/applicant'),
          materials: {
            type: 'array',
            items: {
              type: 'object',
              required: ['materialId', 'status'],
              properties: {
                materialId: { type: 'string' },
                status: { enum: [...INTAKE_MATERIAL_STATUSES] },
                fileIds: { type: 'array', items: { type: 'string' } },
                note: { type: 'string', maxLength: 1000 },
              },
            },
          },
          accept: { type: 'boolean' },
        },
      },
      response: {
        type: 'object',
        properties: {
          caseNo: { type: 'string' },
          queryCode: { type: 'string' },
          status: { type: 'string' },
          matterCode: { type: 'string' },
          matterVersion: { type: 'integer' },
          acceptDueDate: { type: 'string', format: 'date' },
          missing: { type: 'array', items: MISSING_ITEM },
          dueDate: { type: 'string', format: 'date' },
          dueDateProvisional: { type: 'boolean' },
        },
      },
    },
    async (req, res) => {
      const actor = requireActor(req, 'clerk', 'leader');
      const body = bodyObject(req);
      const key = idempotencyKey(req);
      const result = await deps.cases.intake(
        {
          matterCode: body.matterCode as string,
          situation: body.situation as string | undefined,
          data: body.data,
          applicant: body.applicant,
          materials: body.materials,
          ...(body.accept !== undefined ? { accept: body.accept as boolean } : {}),
        },
        (def) => engineActorFor(deps.store, actor, def),
        key,
      );
      res.status(result.status).json(result.body);
    },
  );
}
