/**
 * The case actions as HTTP bodies: what each accepts (for the OpenAPI document) and how a body
 * becomes an engine action. Shapes are checked here; the rules are the engine's.
 */
import { ValidationError } from '../../../schemas/errors.js';
import type { EngineAction, SuspensionKind } from '../../engine/index.js';
import { bodyString } from '../http/request-input.js';

export const ACTION_SUMMARY: Record<string, string> = {
  accept: '受理: accept the application; the clock starts',
  refuse: '不予受理: refuse with reasons (the notice states the right to review or sue)',
  'supplement-request': '补正: one notice listing every missing or defective material; the clock stops',
  supplement: "The applicant supplies the notice's materials (with the query code)",
  suspend: '特别程序: inspection, testing, appraisal, expert review or hearing; the clock stops',
  resume: 'Resume after a special procedure',
  'extension-request': '延期申请 (art. 42): a clerk or leader asks once per case, days within the matter’s limit (default 10 working days), with reasons; 422 names /days when over the limit',
  'extension-decision': '延期审批 (leader only, 本行政机关负责人批准): approve or refuse the pending request; only an approval moves the due date',
  withdraw: 'The applicant withdraws (with the query code)',
};

export const ACTION_BODY: Record<string, Record<string, unknown>> = {
  accept: { comment: { type: 'string' }, expectedVersion: { type: 'integer' } },
  refuse: { reasons: { type: 'string' }, expectedVersion: { type: 'integer' } },
  'supplement-request': { items: { type: 'array', items: { type: 'object', properties: { materialId: { type: 'string' }, problem: { enum: ['missing', 'defective'] }, note: { type: 'string' } } } }, expectedVersion: { type: 'integer' } },
  supplement: { queryCode: { type: 'string' }, materials: { type: 'array', items: { type: 'object', properties: { materialId: { type: 'string' }, fileIds: { type: 'array', items: { type: 'string' } } } } } },
  suspend: { kind: { enum: ['inspection', 'testing', 'appraisal', 'expert_review', 'hearing'] }, reason: { type: 'string' }, expectedDays: { type: 'integer' }, expectedVersion: { type: 'integer' } },
  resume: { comment: { type: 'string' }, expectedVersion: { type: 'integer' } },
  'extension-request': { days: { type: 'integer', minimum: 1, maximum: 60 }, reason: { type: 'string', maxLength: 2000 }, expectedVersion: { type: 'integer' } },
  'extension-decision': { approve: { type: 'boolean' }, comment: { type: 'string', maxLength: 2000 }, expectedVersion: { type: 'integer' } },
  withdraw: { queryCode: { type: 'string' }, reason: { type: 'string' } },
};

/** Request body → engine action; shapes are checked here, rules by the engine. */
export function toAction(name: string, body: Record<string, unknown>): EngineAction {
  switch (name) {
    case 'accept':
      return { type: 'accept', comment: bodyString(body, 'comment', { max: 5000 }) };
    case 'refuse':
      return { type: 'refuse', reasons: bodyString(body, 'reasons', { required: true, max: 5000 })! };
    case 'supplement-request': {
      const items = body.items;
      if (!Array.isArray(items)) throw new ValidationError('items must list the missing or defective materials', [{ path: '/items', message: 'must be an array' }]);
      return { type: 'request_supplement', items: items as never };
    }
    case 'supplement': {
      const materials = body.materials;
      if (!Array.isArray(materials)) throw new ValidationError('materials must be an array', [{ path: '/materials', message: 'must be an array' }]);
      return { type: 'supplement', materials: materials as never };
    }
    case 'suspend': {
      const kind = bodyString(body, 'kind', { required: true, max: 30 }) as SuspensionKind;
      const expectedDays = body.expectedDays;
      if (expectedDays !== undefined && !Number.isInteger(expectedDays)) throw new ValidationError('expectedDays must be an integer', [{ path: '/expectedDays', message: 'must be an integer' }]);
      return { type: 'suspend', kind, reason: bodyString(body, 'reason', { required: true, max: 2000 })!, ...(expectedDays !== undefined ? { expectedDays: expectedDays as number } : {}) };
    }
    case 'resume':
      return { type: 'resume', comment: bodyString(body, 'comment', { max: 2000 }) };
    case 'extension-request': {
      const days = body.days;
      if (!Number.isInteger(days)) throw new ValidationError('延期天数须为整数', [{ path: '/days', message: 'must be a whole number of working days' }]);
      return { type: 'request_extension', days: days as number, reason: bodyString(body, 'reason', { required: true, max: 2000 })! };
    }
    case 'extension-decision': {
      if (typeof body.approve !== 'boolean') throw new ValidationError('须选择批准或不批准', [{ path: '/approve', message: 'must be true or false' }]);
      const comment = bodyString(body, 'comment', { max: 2000 });
      return { type: 'decide_extension', approve: body.approve, ...(comment ? { comment } : {}) };
    }
    default:
      return { type: 'withdraw', reason: bodyString(body, 'reason', { max: 2000 }) };
  }
}
