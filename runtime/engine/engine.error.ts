/**
 * Why the engine refused an action. The engine is pure, so it throws one small error class; the
 * server maps the codes to HTTP (INVALID_INPUT 400/422, FORBIDDEN 403, NOT_FOUND 404,
 * INVALID_STATE / INVALID_ACTION 409). Messages are English, say what was refused and why.
 */
export type EngineErrorCode = 'INVALID_ACTION' | 'INVALID_STATE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
