/**
 * The express application: security headers, body limits, authentication, the API routes with
 * their OpenAPI documentation, and one error shape. No listening, no stores opened here: main.ts
 * and the tests build the dependencies and hand them in.
 */
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { authenticate } from './auth/authenticate.js';
import { ApiRoutes } from './http/api-routes.js';
import { errorHandler, notFoundHandler, requireJsonBody } from './http/error-handler.js';
import { accountRoutes } from './routes/accounts.router.js';
import { authRoutes } from './routes/auth.router.js';
import { calendarRoutes } from './routes/calendar.router.js';
import { calendarScheduleRoutes } from './routes/calendar-schedules.router.js';
import { caseRoutes } from './routes/cases.router.js';
import { fileRoutes } from './routes/files.router.js';
import { supervisionRoutes } from './routes/supervision.router.js';
import { publicDisplayRoutes } from './routes/public-display.router.js';
import { taskRoutes } from './routes/tasks.router.js';
import { departmentRoutes } from './routes/departments.router.js';
import { docsRouter } from './routes/docs.router.js';
import { healthRoutes } from './routes/health.router.js';
import { matterRoutes } from './routes/matters.router.js';
import { workspaceRoutes } from './routes/workspace.router.js';
import type { ServerDeps } from './server-deps.js';
import { mountStaticApps } from './web/static-apps.js';

export const API_VERSION = '0.1.0';

export interface BuiltApp {
  app: Express;
  /** The documented API routes, as registered. */
  api: ApiRoutes;
}

export function createApp(deps: ServerDeps): BuiltApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      // A service hall's intranet often serves plain HTTP: upgrading sub-requests to https would break it.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // Log what identifies a request, never its credentials or personal data (no headers, no bodies).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  const router = express.Router();
  router.use(requireJsonBody);
  router.use(express.json({ limit: deps.config.jsonBodyLimit, strict: true }));
  router.use(cookieParser());
  router.use(authenticate(deps.store, deps.tokens));

  const api = new ApiRoutes(router);
  healthRoutes(api, deps);
  authRoutes(api, deps);
  accountRoutes(api, deps);
  departmentRoutes(api, deps);
  workspaceRoutes(api, deps);
  matterRoutes(api, deps);
  calendarRoutes(api, deps);
  calendarScheduleRoutes(api, deps);
  caseRoutes(api, deps);
  fileRoutes(api, deps);
  taskRoutes(api, deps);
  supervisionRoutes(api, deps);
  publicDisplayRoutes(api, deps);
  router.use(docsRouter(() => api.specs, API_VERSION));
  router.use(notFoundHandler);

  app.use('/api', router);
  // The browser apps (built into dist/web by runtime/scripts/build-web.ts): the portal at /, the
  // workbench, supervision and the designer below it.
  mountStaticApps(app);
  app.use(errorHandler(deps.logger));
  return { app, api };
}
