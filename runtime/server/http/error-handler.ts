/**
 * The one error shape of the API: `{ error: { code, message, details: [{ path, message }] } }`.
 * Caller mistakes (UserError, malformed or oversized bodies) get their 4xx and are not logged as
 * failures; a dependency outage is a 503; anything else is a bug: 500, logged without the body.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { OperationalError, UserError, type ErrorCode } from '../../../schemas/errors.js';
import type { FieldError } from '../../../schemas/validator.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: FieldError[] };
}

export const errorBody = (code: ErrorCode, message: string, details: FieldError[] = []): ErrorBody => ({
  error: { code, message, details },
});

/** body-parser's own errors carry `type` and `status`; they are the caller's fault. */
interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof UserError) {
      res.status(err.status).json(errorBody(err.code, err.message, err.details));
      return;
    }
    const bp = err as BodyParserError;
    if (bp?.type === 'entity.too.large') {
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', `the request body exceeds the limit`));
      return;
    }
    if (bp?.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('BAD_REQUEST', 'the request body is not valid JSON', [{ path: '/', message: 'malformed JSON' }]));
      return;
    }
    if (bp?.type && bp.status && bp.status >= 400 && bp.status < 500) {
      res.status(bp.status).json(errorBody('BAD_REQUEST', bp.message ?? 'bad request'));
      return;
    }
    if (err instanceof OperationalError) {
      logger.warn({ err: { message: err.message }, url: req.originalUrl }, 'dependency unavailable');
      res.status(503).set('Retry-After', '5').json(errorBody('UNAVAILABLE', 'the service is temporarily unavailable, retry shortly'));
      return;
    }
    // A bug: report it without user data (no body, no query values).
    logger.error({ err: { message: (err as Error)?.message, stack: (err as Error)?.stack }, method: req.method, route: req.route?.path }, 'unexpected error');
    res.status(500).json(errorBody('INTERNAL', 'internal error'));
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('NOT_FOUND', `no API route ${req.method} ${req.path}`));
};

/** Refuses write requests whose body is not JSON, instead of silently seeing an empty body. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  // Uploads are multipart by nature; every other write speaks JSON.
  const upload = req.path === '/files' && req.is('multipart/form-data');
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !upload && !req.is('application/json')) {
    res.status(415).json(errorBody('UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json'));
    return;
  }
  next();
};
