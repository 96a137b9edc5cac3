import type { ApiRoutes } from '../http/api-routes.js';
import type { ServerDeps } from '../server-deps.js';

export function healthRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.add(
    {
      method: 'get',
      path: '/health',
      tag: 'system',
      access: 'public',
      summary: 'Liveness and which store is in use',
      response: {
        type: 'object',
        required: ['status', 'store'],
        properties: { status: { const: 'ok' }, store: { enum: ['embedded', 'postgres'] } },
      },
    },
    (_req, res) => {
      res.json({ status: 'ok', store: deps.store.kind });
    },
  );
}
