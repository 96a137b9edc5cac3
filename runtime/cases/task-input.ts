/**
 * A clerk's act on a task (POST /api/tasks/:id/complete) as an engine action: the body's shape is
 * checked here (each fault a 422 naming its field), the rules are the engine's. Also the art. 42
 * limit check the case service runs before the engine, so an extension over the matter's limit is a
 * 422 on `/days` with nothing stored.
 */
import { ValidationError } from '../../schemas/errors.js';
import type { DeliveryInput } from '../engine/engine-action.js';
import type { EngineAction, EngineDefinition } from '../engine/index.js';

export interface TaskInput {
  action: string;
  comment?: string;
  toNodeId?: string;
  items?: unknown;
  /** For `conclude` (即办件 decided at the counter). */
  outcome?: string;
  /** For `deliver` (统一出件): how the result was issued. */
  delivery?: unknown;
  expectedVersion?: number;
}

/** Art. 42: the matter's limit (default 10 working days; 0: no extension), checked before the engine. */
export function checkExtensionDays(days: unknown, def: EngineDefinition): void {
  const max = def.extension?.maxDays ?? 10;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > max) {
    const message = max === 0 ? '本事项不得延期' : `延期天数须为 1–${max} 个工作日${def.extension?.legalBasis ? `（${def.extension.legalBasis}）` : '（《行政许可法》第四十二条）'}`;
    throw new ValidationError(message, [{ path: '/days', message: max === 0 ? 'this matter allows no extension' : `must be a whole number of working days from 1 to ${max}` }]);
  }
}

export function taskAction(taskId: string, input: TaskInput): EngineAction {
  switch (input.action) {
    case 'approve':
      return { type: 'approve', taskId, comment: input.comment };
    case 'deny':
      return { type: 'deny', taskId, comment: input.comment ?? '' };
    case 'return':
      if (!input.toNodeId) throw new ValidationError('a return needs the step to return to', [{ path: '/toNodeId', message: 'is required' }]);
      return { type: 'return', taskId, toNodeId: input.toNodeId, comment: input.comment ?? '' };
    case 'accept':
      return { type: 'accept', taskId, comment: input.comment };
    case 'refuse':
      return { type: 'refuse', taskId, reasons: input.comment ?? '' };
    case 'supplement-request':
      return { type: 'request_supplement', taskId, items: (input.items ?? []) as never };
    case 'deliver':
      return { type: 'deliver', taskId, delivery: deliveryInput(input.delivery), ...(input.comment ? { comment: input.comment } : {}) };
    case 'acknowledge':
      return { type: 'acknowledge', taskId };
    case 'conclude':
      if (input.outcome !== 'granted' && input.outcome !== 'denied') {
        throw new ValidationError('conclude needs the outcome', [{ path: '/outcome', message: 'must be granted or denied' }]);
      }
      return { type: 'conclude', taskId, outcome: input.outcome, ...(input.comment ? { reasons: input.comment } : {}) };
    default:
      throw new ValidationError(`unknown action ${String(input.action)}`, [
        { path: '/action', message: 'must be one of approve, deny, return, accept, refuse, supplement-request, conclude, deliver, acknowledge' },
      ]);
  }
}

/** The shape of a delivery (统一出件); the engine checks what each method needs. */
function deliveryInput(raw: unknown): DeliveryInput {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ValidationError('deliver needs the delivery', [{ path: '/delivery', message: 'is required: { method: window | post | electronic, … }' }]);
  const d = raw as Record<string, unknown>;
  const text = (k: string, max: number, required: boolean): string | undefined => {
    const v = d[k];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '' || v.length > max) throw new ValidationError(`delivery.${k} is required`, [{ path: `/delivery/${k}`, message: `must be text of 1–${max} characters` }]);
    return v.trim();
  };
  switch (d.method) {
    case 'window':
      return { method: 'window', recipient: text('recipient', 100, true)!, date: text('date', 10, true)! };
    case 'post': {
      const waybillNo = text('waybillNo', 40, true)!;
      if (!/^[A-Za-z0-9-]{6,40}$/.test(waybillNo)) throw new ValidationError('bad waybill number', [{ path: '/delivery/waybillNo', message: 'must be 6–40 letters, digits or dashes' }]);
      const recipient = text('recipient', 100, false);
      return { method: 'post', address: text('address', 300, true)!, waybillNo, ...(recipient ? { recipient } : {}) };
    }
    case 'electronic': {
      const email = text('email', 200, false);
      return { method: 'electronic', ...(email ? { email } : {}) };
    }
    default:
      throw new ValidationError('unknown delivery method', [{ path: '/delivery/method', message: 'must be window, post or electronic' }]);
  }
}
