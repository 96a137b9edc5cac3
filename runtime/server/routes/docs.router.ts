/**
 * GET /api/openapi.json and GET /api/docs (Swagger UI from the swagger-ui-dist package, served from
 * our own origin so it works offline in a service hall and under a strict CSP: no inline script).
 */
import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { RouteSpec } from '../http/api-routes.js';
import { buildOpenApi } from '../openapi/openapi-document.js';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Matterflow API</title>
<link rel="stylesheet" href="docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="docs/assets/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script></body></html>`;

const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

export function docsRouter(routes: () => RouteSpec[], version: string): Router {
  const router = express.Router();
  let doc: Record<string, unknown> | undefined;
  router.get('/openapi.json', (_req, res) => {
    doc ??= buildOpenApi(routes(), version);
    res.json(doc);
  });
  router.get('/docs', (req, res, next) => {
    // Relative asset URLs need the trailing-slash-free form; /api/docs/ would break them.
    if (req.path.endsWith('/')) return next();
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT_JS);
  });
  router.use('/docs/assets', express.static(swaggerDir, { index: false, maxAge: '1d' }));
  return router;
}
