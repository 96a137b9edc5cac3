import { ApiRoutes } from '../http/api-routes.js';
import { queryEnum, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';

const STATUSES = ['draft', 'in_review', 'rejected', 'published', 'retired'] as const;

/** Staff views of the catalogue: every matter the actor may see, drafts included (the designer's list, the review queue). */
export function workspaceRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/workspace/matters',
      tag: 'life cycle',
      access: 'staff',
      summary: "Matters you may work on, with their status (editor: your department's; admin, supervisor: all). status=in_review is the review queue.",
      query: [
        { name: 'status', description: STATUSES.join(' | '), schema: { enum: [...STATUSES] } },
        { name: 'department', description: 'department id (admin and supervisor)', schema: { type: 'string' } },
      ],
      response: { type: 'array', items: { type: 'object' } },
    },
    async (req, res) => {
      const actor = requireActor(req);
      const heads = await deps.catalog.heads(actor, {
        status: queryEnum(req, 'status', STATUSES),
        departmentId: queryString(req, 'department', 64),
      });
      // The list shows heads without the (possibly large) draft body.
      res.json(
        heads.map(({ draft, ...h }) => ({
          ...h,
          draft: draft && { version: draft.version, status: draft.status, author: draft.author, updatedAt: draft.updatedAt, changeSummary: draft.changeSummary, rejectReason: draft.rejectReason, submittedAt: draft.submittedAt },
        })),
      );
    },
  );
}
