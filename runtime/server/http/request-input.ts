/**
 * Small readers for query parameters and JSON bodies that turn bad input into a 400/422 naming
 * the parameter, rather than letting NaN or undefined travel into the domain.
 */
import type { Request } from 'express';
import { BadRequestError, ValidationError } from '../../../schemas/errors.js';

export function queryString(req: Request, name: string, maxLength = 200): string | undefined {
  const v = req.query[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw new BadRequestError(`query parameter ${name} must be given once`, [{ path: `?${name}`, message: 'must be a single string' }]);
  if (v.length > maxLength) throw new BadRequestError(`query parameter ${name} is too long`, [{ path: `?${name}`, message: `at most ${maxLength} characters` }]);
  return v;
}

export function queryInt(req: Request, name: string, opts: { min: number; max: number; default?: number }): number | undefined {
  const raw = queryString(req, name, 20);
  if (raw === undefined) return opts.default;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < opts.min || n > opts.max) {
    throw new BadRequestError(`query parameter ${name} must be an integer from ${opts.min} to ${opts.max}`, [
      { path: `?${name}`, message: `must be an integer from ${opts.min} to ${opts.max}` },
    ]);
  }
  return n;
}

export function queryEnum<T extends string>(req: Request, name: string, allowed: readonly T[]): T | undefined {
  const raw = queryString(req, name, 50);
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) {
    throw new BadRequestError(`query parameter ${name} must be one of ${allowed.join(', ')}`, [
      { path: `?${name}`, message: `must be one of ${allowed.join(', ')}` },
    ]);
  }
  return raw as T;
}

/** The JSON body as a plain object, or 400. */
export function bodyObject(req: Request): Record<string, unknown> {
  const b: unknown = req.body;
  if (b === null || typeof b !== 'object' || Array.isArray(b)) {
    throw new BadRequestError('the request body must be a JSON object', [{ path: '/', message: 'must be an object' }]);
  }
  return b as Record<string, unknown>;
}

export function bodyString(body: Record<string, unknown>, name: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) {
    if (opts.required) throw new ValidationError(`${name} is required`, [{ path: `/${name}`, message: 'is required' }]);
    return undefined;
  }
  if (typeof v !== 'string') throw new ValidationError(`${name} must be a string`, [{ path: `/${name}`, message: 'must be a string' }]);
  if (opts.required && v.trim() === '') throw new ValidationError(`${name} must not be empty`, [{ path: `/${name}`, message: 'must not be empty' }]);
  if (opts.max !== undefined && v.length > opts.max) {
    throw new ValidationError(`${name} is too long`, [{ path: `/${name}`, message: `at most ${opts.max} characters` }]);
  }
  return v;
}

export function pathInt(raw: string, name: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new BadRequestError(`${name} must be a positive integer`, [{ path: `:${name}`, message: 'must be a positive integer' }]);
  }
  return Number(raw);
}

/**
 * The `Idempotency-Key` header of a create that retries safely (POST /cases, POST /cases/intake),
 * or undefined when none was sent; 400 when it is not 8–100 letters, digits or `._:-`.
 */
export function idempotencyKey(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
    throw new BadRequestError('Idempotency-Key must be 8–100 letters, digits or ._:-', [{ path: 'Idempotency-Key', message: 'malformed' }]);
  }
  return key;
}
