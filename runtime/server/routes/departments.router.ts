import { canListDepartmentStaff } from '../../../catalog/permissions.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../schemas/errors.js';
import type { Account, Department, SharedMaterial } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';

/** The staff who can sign a step: clerks, and leaders, who also work the inbox. */
const SIGNER_ROLES: ReadonlySet<Account['role']> = new Set(['clerk', 'leader']);
/** The picker shows a page of matches, never the whole roster. */
const MAX_SIGNERS = 50;

/** Departments and the shared material library: public to read (the portal lists them), admin to change. */
export function departmentRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    { method: 'get', path: '/departments', tag: 'departments', access: 'public', summary: 'Every department', response: { type: 'array', items: ref('Department') } },
    async (_req, res) => {
      res.json(await deps.store.listDepartments());
    },
  );

  api.add(
    { method: 'get', path: '/departments/:id', tag: 'departments', access: 'public', summary: 'One department', response: ref('Department') },
    async (req, res) => {
      const dep = await deps.store.getDepartment(String(req.params.id));
      if (!dep) throw new NotFoundError(`department ${req.params.id}`);
      res.json(dep);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/departments/:id/accounts',
      tag: 'departments',
      access: 'staff',
      summary: "The department's clerks and leaders, for the designer's signer picker (its editors and the admin)",
      description: `Active accounts only, sorted by username, at most ${MAX_SIGNERS}; displayName falls back to the username; no secrets.`,
      query: [{ name: 'q', description: 'part of the username or display name, any case', schema: { type: 'string', maxLength: 50 } }],
      response: {
        type: 'array',
        items: { type: 'object', required: ['username', 'displayName', 'role'], properties: { username: { type: 'string' }, displayName: { type: 'string' }, role: { $ref: '#/components/schemas/Account/$defs/role' } } },
      },
    },
    async (req, res) => {
      const actor = requireActor(req);
      const id = String(req.params.id);
      if (!canListDepartmentStaff(actor, id)) throw new ForbiddenError(`only the editors of department ${id} and the admin may list its staff`);
      const q = queryString(req, 'q', 50)?.trim().toLowerCase();
      if (!(await deps.store.getDepartment(id))) throw new NotFoundError(`department ${id}`);
      const matches = (a: Account): boolean => q === undefined || q === '' || a.username.toLowerCase().includes(q) || (a.displayName ?? '').toLowerCase().includes(q);
      const staff = (await deps.store.listAccounts())
        .filter((a) => a.departmentId === id && SIGNER_ROLES.has(a.role) && a.disabled !== true && matches(a))
        .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))
        .slice(0, MAX_SIGNERS);
      // Picked by hand so nothing else of the account (its hash, token version) can ever leak.
      res.json(staff.map((a) => ({ username: a.username, displayName: a.displayName ?? a.username, role: a.role })));
    },
  );

  api.add(
    { method: 'post', path: '/departments', tag: 'departments', access: 'admin', summary: 'Create a department (admin only)', status: 201, body: ref('Department'), response: ref('Department') },
    async (req, res) => {
      requireActor(req, 'admin');
      const dep = checked<Department>('department', req.body);
      if (await deps.store.getDepartment(dep.id)) {
        throw new ConflictError(`department ${dep.id} already exists; use PUT to change it`);
      }
      await deps.store.putDepartment(dep);
      res.status(201).json(dep);
    },
  );

  api.add(
    { method: 'put', path: '/departments/:id', tag: 'departments', access: 'admin', summary: 'Change a department (admin only)', body: ref('Department'), response: ref('Department') },
    async (req, res) => {
      requireActor(req, 'admin');
      const dep = checked<Department>('department', req.body);
      if (dep.id !== req.params.id) throw new ValidationError('the id cannot change', [{ path: '/id', message: `must be ${req.params.id}` }]);
      if (!(await deps.store.getDepartment(dep.id))) throw new NotFoundError(`department ${dep.id}`);
      await deps.store.putDepartment(dep);
      res.json(dep);
    },
  );

  api.add(
    { method: 'get', path: '/shared-materials', tag: 'departments', access: 'public', summary: 'The shared material library', response: { type: 'array', items: ref('SharedMaterial') } },
    async (_req, res) => {
      res.json(await deps.store.listSharedMaterials());
    },
  );

  api.add(
    { method: 'put', path: '/shared-materials/:id', tag: 'departments', access: 'admin', summary: 'Add or change a shared material (admin only)', body: ref('SharedMaterial'), response: ref('SharedMaterial') },
    async (req, res) => {
      requireActor(req, 'admin');
      const material = checked<SharedMaterial>('shared-material', req.body);
      if (material.id !== req.params.id) throw new ValidationError('the id must match the path', [{ path: '/id', message: `must be ${req.params.id}` }]);
      await deps.store.putSharedMaterial(material);
      res.json(material);
    },
  );
}

function checked<T>(schema: 'department' | 'shared-material', body: unknown): T {
  const result = validate<T>(schema, body);
  if (!result.ok) throw new ValidationError(`the ${schema} is not valid`, result.errors);
  return result.value;
}
