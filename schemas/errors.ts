/**
 * The error taxonomy shared by catalog and runtime. A `UserError` is the caller's fault: it maps to a
 * 4xx with a stable code and the fields at fault, and is not reported. An `OperationalError` is a
 * passing failure of a dependency (store unreachable): 503, retry. Anything else is a bug: 500,
 * logged without user data. Codes are documented in README.md ("Errors").
 */
import type { FieldError } from './validator.js';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'DEFINITION_REJECTED'
  | 'LINT_FAILED'
  | 'UNAUTHORIZED'
  | 'CSRF_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export class UserError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class BadRequestError extends UserError {
  constructor(message: string, details: FieldError[] = []) {
    super(400, 'BAD_REQUEST', message, details);
  }
}

/** Well-formed JSON that breaks a schema or a rule: 422 with every field at fault. */
export class ValidationError extends UserError {
  constructor(message: string, details: FieldError[], code: ErrorCode = 'VALIDATION_FAILED') {
    super(422, code, message, details);
  }
}

export class UnauthorizedError extends UserError {
  constructor(message = 'sign in first') {
    super(401, 'UNAUTHORIZED', message);
  }
}

export class ForbiddenError extends UserError {
  constructor(message: string) {
    super(403, 'FORBIDDEN', message);
  }
}

export class NotFoundError extends UserError {
  constructor(what: string) {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}

/** Somebody else changed the thing first (optimistic concurrency) or it already exists. */
export class ConflictError extends UserError {
  constructor(message: string) {
    super(409, 'CONFLICT', message);
  }
}

/** The action does not fit the thing's current state (e.g. publishing a draft not in review). */
export class InvalidStateError extends UserError {
  constructor(message: string) {
    super(409, 'INVALID_STATE', message);
  }
}

export class OperationalError extends Error {
  readonly status = 503;
  readonly code: ErrorCode = 'UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OperationalError';
  }
}
