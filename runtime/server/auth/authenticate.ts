/**
 * Resolves who is calling: a bearer token (API clients) or the httpOnly session cookie (browsers).
 * Cookie-authenticated writes must echo the CSRF token in `X-CSRF-Token` (double submit, bound to
 * the session), because a cookie is sent by any page that posts to us; a bearer token is not.
 */
import type { RequestHandler } from 'express';
import type { CatalogStore } from '../../../catalog/storage/catalog.store.js';
import { UnauthorizedError, UserError } from '../../../schemas/errors.js';
import type { SessionTokens } from './session-token.js';

export const SESSION_COOKIE = 'mf_session';
export const CSRF_COOKIE = 'mf_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(store: CatalogStore, tokens: SessionTokens): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return next();

    const payload = tokens.verify(token);
    const account = payload ? await store.getAccount(payload.u) : undefined;
    const valid = account && !account.disabled && (account.tokenVersion ?? 0) === payload!.v;
    if (!valid) {
      // A stale cookie just means "signed out"; a bad bearer token is an error the client must see.
      if (bearer) throw new UnauthorizedError('the bearer token is invalid or expired');
      return next();
    }
    if (!bearer && !SAFE_METHODS.has(req.method) && !tokens.checkCsrf(token, req.get(CSRF_HEADER))) {
      throw new UserError(403, 'CSRF_FAILED', `cookie-authenticated requests must send the ${CSRF_COOKIE} cookie's value in the X-CSRF-Token header`);
    }
    req.actor = { username: account.username, role: account.role, departmentId: account.departmentId };
    next();
  };
}
