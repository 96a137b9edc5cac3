import { ValidationError } from '../../../schemas/errors.js';
import type { Account } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { hashPassword } from '../auth/password-hash.js';
import { ApiRoutes } from '../http/api-routes.js';
import { bodyObject, bodyString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { PUBLIC_ACCOUNT_SCHEMA, publicAccount } from './auth.router.js';

const MIN_PASSWORD = 8;

export function accountRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/accounts',
      tag: 'accounts',
      access: 'admin',
      summary: 'Every staff account (admin only)',
      response: { type: 'array', items: PUBLIC_ACCOUNT_SCHEMA },
    },
    async (req, res) => {
      requireActor(req, 'admin');
      res.json((await deps.store.listAccounts()).map(publicAccount));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/accounts',
      tag: 'accounts',
      access: 'admin',
      summary: 'Create a staff account (admin only)',
      status: 201,
      body: {
        type: 'object',
        required: ['username', 'password', 'role'],
        properties: {
          username: { type: 'string' },
          password: { type: 'string', minLength: MIN_PASSWORD },
          role: { $ref: '#/components/schemas/Account/$defs/role' },
          departmentId: { type: 'string', description: 'required for editor, clerk and leader' },
          displayName: { type: 'string' },
        },
      },
      response: PUBLIC_ACCOUNT_SCHEMA,
    },
    async (req, res) => {
      requireActor(req, 'admin');
      const body = bodyObject(req);
      const password = bodyString(body, 'password', { required: true, max: 200 })!;
      if (password.length < MIN_PASSWORD) {
        throw new ValidationError('the password is too short', [{ path: '/password', message: `at least ${MIN_PASSWORD} characters` }]);
      }
      const allowed = new Set(['username', 'password', 'role', 'departmentId', 'displayName', 'windowId']);
      const unknown = Object.keys(body).filter((k) => !allowed.has(k));
      if (unknown.length) throw new ValidationError('unknown properties', unknown.map((k) => ({ path: `/${k}`, message: 'is not an allowed property' })));
      const { password: _omit, ...rest } = body;
      const candidate = { ...rest, passwordHash: 'pending', tokenVersion: 0, createdAt: new Date().toISOString() };
      const checked = validate<Account>('account', candidate);
      if (!checked.ok) throw new ValidationError('the account is not valid', checked.errors);
      const account = checked.value;
      if (account.departmentId && !(await deps.store.getDepartment(account.departmentId))) {
        throw new ValidationError(`department ${account.departmentId} does not exist`, [{ path: '/departmentId', message: 'unknown department' }]);
      }
      account.passwordHash = await hashPassword(password);
      await deps.store.createAccount(account);
      res.status(201).json(publicAccount(account));
    },
  );
}
