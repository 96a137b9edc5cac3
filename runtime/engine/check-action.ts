/**
 * Shape checks of an action before anything is decided on it. Actions come from HTTP bodies, so
 * they are untrusted: a wrong shape is INVALID_INPUT naming the field, never a crash later.
 */
import { checkDelivery } from './check-delivery.js';
import { SUSPENSION_KINDS, type EngineAction } from './engine-action.js';
import { EngineError } from './engine.error.js';

const TYPES = new Set<string>([
  'accept', 'refuse', 'request_supplement', 'supplement', 'conclude', 'approve', 'deny', 'return',
  'suspend', 'resume', 'request_extension', 'decide_extension', 'deliver', 'acknowledge', 'withdraw', 'deem_accepted',
]);
/** The longest extension any matter may allow (a special law's); the matter's own limit is checked on request. */
const MAX_EXTENSION_DAYS = 60;
const MAX_TEXT = 5000;

/**
 * 1. A known `type`.
 * 2. Per type: required texts non-empty, ids strings, numbers whole and in range, lists non-empty.
 */
export function checkAction(action: unknown): EngineAction {
  // 1.
  if (typeof action !== 'object' || action === null) throw bad('action', 'must be an object');
  const a = action as Record<string, unknown>;
  if (typeof a.type !== 'string' || !TYPES.has(a.type)) {
    throw new EngineError('INVALID_ACTION', `action.type: "${String(a.type)}" is not an action the engine knows`);
  }
  // 2.
  switch (a.type) {
    case 'accept': optText(a, 'taskId'); optText(a, 'comment'); break;
    case 'refuse': optText(a, 'taskId'); text(a, 'reasons', 'a refusal states its reasons (art. 38)'); break;
    case 'request_supplement':
      optText(a, 'taskId');
      list(a, 'items', true).forEach((item, i) => {
        const o = obj(item, `items[${i}]`);
        text(o, 'materialId', undefined, `items[${i}].`);
        if (o.problem !== 'missing' && o.problem !== 'defective') throw bad(`items[${i}].problem`, 'must be "missing" or "defective"');
        optText(o, 'note', `items[${i}].`);
      });
      break;
    case 'supplement':
      list(a, 'materials', false).forEach((item, i) => {
        const o = obj(item, `materials[${i}]`);
        text(o, 'materialId', undefined, `materials[${i}].`);
        const files = list(o, 'fileIds', false, `materials[${i}].`);
        files.forEach((f, j) => { if (typeof f !== 'string' || f === '') throw bad(`materials[${i}].fileIds[${j}]`, 'must be a file id'); });
      });
      break;
    case 'conclude':
      optText(a, 'taskId');
      if (a.outcome !== 'granted' && a.outcome !== 'denied') throw bad('outcome', 'must be "granted" or "denied"');
      if (a.outcome === 'denied') text(a, 'reasons', 'a denial states its reasons (art. 38)');
      else optText(a, 'reasons');
      break;
    case 'approve': text(a, 'taskId'); optText(a, 'comment'); break;
    case 'deny': text(a, 'taskId'); text(a, 'comment', 'a denial states its reasons (art. 38)'); break;
    case 'return': text(a, 'taskId'); text(a, 'toNodeId'); text(a, 'comment', 'say why the case goes back'); break;
    case 'suspend':
      if (!SUSPENSION_KINDS.includes(a.kind as never)) throw bad('kind', `must be one of ${SUSPENSION_KINDS.join(', ')}`);
      text(a, 'reason');
      if (a.expectedDays !== undefined) whole(a, 'expectedDays', 0, 3650);
      break;
    case 'resume': optText(a, 'comment'); break;
    case 'request_extension':
      whole(a, 'days', 1, MAX_EXTENSION_DAYS, `an extension is a whole number of working days, 1 to at most ${MAX_EXTENSION_DAYS}`);
      text(a, 'reason', 'an extension request states its reasons (art. 42)');
      break;
    case 'decide_extension':
      if (typeof a.approve !== 'boolean') throw bad('approve', 'must be true or false');
      optText(a, 'comment');
      break;
    case 'deliver':
      text(a, 'taskId');
      optText(a, 'comment');
      return { ...a, delivery: checkDelivery(a.delivery) } as unknown as EngineAction;
    case 'acknowledge': text(a, 'taskId'); break;
    case 'withdraw': optText(a, 'reason'); break;
    case 'deem_accepted': break;
  }
  return a as unknown as EngineAction;
}

function bad(field: string, why: string): EngineError {
  return new EngineError('INVALID_INPUT', `${field}: ${why}`);
}

function obj(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(field, 'must be an object');
  return value as Record<string, unknown>;
}

function text(o: Record<string, unknown>, key: string, why = 'is required', prefix = ''): void {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') throw bad(prefix + key, why);
  if (v.length > MAX_TEXT) throw bad(prefix + key, `is longer than ${MAX_TEXT} characters`);
}

function optText(o: Record<string, unknown>, key: string, prefix = ''): void {
  if (o[key] === undefined) return;
  if (typeof o[key] !== 'string') throw bad(prefix + key, 'must be a string');
  if ((o[key] as string).length > MAX_TEXT) throw bad(prefix + key, `is longer than ${MAX_TEXT} characters`);
}

function list(o: Record<string, unknown>, key: string, allowEmpty: boolean, prefix = ''): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw bad(prefix + key, 'must be a list');
  if (!allowEmpty && v.length === 0) throw bad(prefix + key, 'must not be empty');
  if (v.length > 200) throw bad(prefix + key, 'has more than 200 entries');
  return v;
}

function whole(o: Record<string, unknown>, key: string, min: number, max: number, why?: string): void {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw bad(key, why ?? `must be a whole number from ${min} to ${max}`);
  }
}
