/**
 * The shape of a delivery (统一出件) as it arrives in an HTTP body: at the window to a recipient
 * on a date, by post to an address with a waybill number, or electronically (an e-mail address
 * optional). Each wrong field is INVALID_INPUT naming `delivery.<field>`.
 */
import type { DeliveryInput } from './engine-action.js';
import { EngineError } from './engine.error.js';

const WAYBILL = /^[A-Za-z0-9-]{6,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = { recipient: 100, address: 500, email: 200 } as const;

/**
 * Checks a delivery and returns it with only the fields of its method (extra keys dropped).
 * @example checkDelivery({ method: 'post', address: '汉江市…', waybillNo: 'SF1234567890' })
 */
export function checkDelivery(value: unknown): DeliveryInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('delivery', 'must be an object');
  const o = value as Record<string, unknown>;
  switch (o.method) {
    case 'window':
      return { method: 'window', recipient: text(o, 'recipient', true)!, date: date(o) };
    case 'post': {
      const address = text(o, 'address', true)!;
      const waybillNo = text(o, 'waybillNo', true)!;
      if (!WAYBILL.test(waybillNo)) throw bad('delivery.waybillNo', 'must be 6 to 40 letters, digits or hyphens');
      const recipient = text(o, 'recipient', false);
      return { method: 'post', address, waybillNo, ...(recipient !== undefined ? { recipient } : {}) };
    }
    case 'electronic': {
      const email = text(o, 'email', false);
      if (email !== undefined && !EMAIL.test(email)) throw bad('delivery.email', 'must be an e-mail address');
      return { method: 'electronic', ...(email !== undefined ? { email } : {}) };
    }
    default:
      throw bad('delivery.method', 'must be "window", "post" or "electronic"');
  }
}

function text(o: Record<string, unknown>, key: keyof typeof MAX | 'waybillNo', required: boolean): string | undefined {
  const v = o[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw bad(`delivery.${key}`, required ? `is required for delivery ${String(o.method)}` : 'must be a non-empty string');
  const max = key === 'waybillNo' ? 40 : MAX[key];
  if (v.length > max) throw bad(`delivery.${key}`, `is longer than ${max} characters`);
  return v.trim();
}

function date(o: Record<string, unknown>): string {
  const v = o.date;
  if (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw bad('delivery.date', 'must be a date YYYY-MM-DD');
  }
  return v;
}

function bad(field: string, why: string): EngineError {
  return new EngineError('INVALID_INPUT', `${field}: ${why}`);
}
