/**
 * 统一出件 as data: the clerk's draft of how the result was issued — at the window (who collected
 * it, on which date), by post (address and waybill number) or electronically (e-mail optional) —
 * checked and turned into the engine's `DeliveryInput` for POST /api/tasks/:id/complete.
 */
import type { DeliveryInput } from '../../../engine/engine-action';

export type DeliveryMethod = DeliveryInput['method'];

export const DELIVERY_METHODS: readonly DeliveryMethod[] = ['window', 'post', 'electronic'];

export interface DeliveryDraft {
  method?: DeliveryMethod;
  recipient?: string;
  /** YYYY-MM-DD. */
  date?: string;
  address?: string;
  waybillNo?: string;
  email?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Express waybill numbers are letters and digits (SF1234567890123, 9876543210987).
const WAYBILL = /^[A-Za-z0-9-]{6,40}$/;

export type DeliveryCheck = { ok: true; delivery: DeliveryInput } | { ok: false; problems: string[] };

/** The draft as a DeliveryInput, or the message keys of what is missing or malformed. */
export function deliveryInput(d: DeliveryDraft | undefined): DeliveryCheck {
  const s = (v?: string) => v?.trim() ?? '';
  if (!d?.method) return { ok: false, problems: ['delivery.need.method'] };
  const problems: string[] = [];
  switch (d.method) {
    case 'window':
      if (!s(d.recipient)) problems.push('delivery.need.recipient');
      if (!DATE.test(s(d.date))) problems.push('delivery.need.date');
      return problems.length ? { ok: false, problems } : { ok: true, delivery: { method: 'window', recipient: s(d.recipient), date: s(d.date) } };
    case 'post':
      if (!s(d.address)) problems.push('delivery.need.address');
      if (!WAYBILL.test(s(d.waybillNo))) problems.push('delivery.need.waybillNo');
      return problems.length
        ? { ok: false, problems }
        : { ok: true, delivery: { method: 'post', address: s(d.address), waybillNo: s(d.waybillNo), ...(s(d.recipient) ? { recipient: s(d.recipient) } : {}) } };
    case 'electronic':
      if (s(d.email) && !EMAIL.test(s(d.email))) problems.push('delivery.need.email');
      return problems.length ? { ok: false, problems } : { ok: true, delivery: { method: 'electronic', ...(s(d.email) ? { email: s(d.email) } : {}) } };
  }
}
