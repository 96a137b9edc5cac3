/**
 * Sign-in: POST /api/auth/login answers `{ token, csrfToken, user }` and sets the httpOnly session
 * cookie plus a readable CSRF cookie. Rate-limited per client address and username so a password
 * cannot be guessed, while one busy hall sharing an address can still sign in its staff.
 */
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Response } from 'express';
import { UnauthorizedError, UserError } from '../../../schemas/errors.js';
import type { Account } from '../../../schemas/types.generated.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../auth/authenticate.js';
import { verifyPassword } from '../auth/password-hash.js';
import { SESSION_TTL_SECONDS } from '../auth/session-token.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { errorBody } from '../http/error-handler.js';
import { bodyObject, bodyString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';

/** An account as the API shows it: never the password hash or the token version. */
export function publicAccount(a: Account) {
  return { username: a.username, displayName: a.displayName, role: a.role, departmentId: a.departmentId, windowId: a.windowId, disabled: a.disabled ?? false, createdAt: a.createdAt };
}

export const PUBLIC_ACCOUNT_SCHEMA = {
  type: 'object',
  properties: {
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { $ref: '#/components/schemas/Account/$defs/role' },
    departmentId: { type: 'string' },
    windowId: { type: 'string' },
    disabled: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
};

// A dummy hash so unknown usernames cost as much as wrong passwords (no user enumeration by timing).
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function authRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const loginLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: deps.config.loginRateLimit,
    standardHeaders: 'draft-8',
    // Only failures count: a hall's staff signing in all day must not lock each other out.
    skipSuccessfulRequests: true,
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String((req.body as { username?: unknown })?.username ?? '').slice(0, 64)}`,
    handler: (_req, res) => {
      res.status(429).json(errorBody('RATE_LIMITED', 'too many sign-in attempts; wait 15 minutes and try again'));
    },
  });
  api.router.post('/auth/login', loginLimiter);

  api.add(
    {
      method: 'post',
      path: '/auth/login',
      tag: 'auth',
      access: 'public',
      summary: 'Sign in; returns a bearer token and sets the session cookie',
      body: {
        type: 'object',
        required: ['username', 'password'],
        properties: { username: { type: 'string' }, password: { type: 'string' } },
      },
      response: {
        type: 'object',
        properties: { token: { type: 'string' }, csrfToken: { type: 'string' }, user: PUBLIC_ACCOUNT_SCHEMA },
      },
    },
    async (req, res) => {
      const body = bodyObject(req);
      const username = bodyString(body, 'username', { required: true, max: 64 })!;
      const password = bodyString(body, 'password', { required: true, max: 200 })!;
      const account = await deps.store.getAccount(username);
      const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
      if (!account || !ok) throw new UnauthorizedError('wrong username or password');
      if (account.disabled) throw new UserError(403, 'FORBIDDEN', 'this account is disabled');
      const token = deps.tokens.issue(account.username, account.tokenVersion ?? 0);
      const csrfToken = deps.tokens.csrfFor(token);
      setSessionCookies(res, token, csrfToken);
      res.json({ token, csrfToken, user: publicAccount(account) });
    },
  );

  api.add(
    { method: 'get', path: '/auth/me', tag: 'auth', access: 'staff', summary: 'The signed-in account', response: PUBLIC_ACCOUNT_SCHEMA },
    async (req, res) => {
      const actor = requireActor(req);
      const account = await deps.store.getAccount(actor.username);
      res.json(publicAccount(account!));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/auth/logout',
      tag: 'auth',
      access: 'staff',
      summary: 'Sign out everywhere: every token issued to this account stops working',
      status: 204,
    },
    async (req, res) => {
      const actor = requireActor(req);
      const account = await deps.store.getAccount(actor.username);
      if (account) await deps.store.updateAccount({ ...account, tokenVersion: (account.tokenVersion ?? 0) + 1 });
      res.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' }).status(204).end();
    },
  );
}

function setSessionCookies(res: Response, token: string, csrfToken: string): void {
  const maxAge = SESSION_TTL_SECONDS * 1000;
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge, secure: res.req.secure });
  // Readable by the page's script on purpose: it echoes it in X-CSRF-Token.
  res.cookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'lax', path: '/', maxAge, secure: res.req.secure });
}
