/**
 * `npm start`: opens the stores, creates the admin account and the demo catalogue on first start,
 * serves the API, and shuts down gracefully on SIGTERM / SIGINT (in-flight requests finish, stores
 * close cleanly).
 */
import { pino } from 'pino';
import type { AddressInfo } from 'node:net';
import { CatalogService } from '../../catalog/catalog.service.js';
import { openCatalogStore } from '../../catalog/storage/open-catalog-store.js';
import { createApp } from './app.js';
import { SessionTokens } from './auth/session-token.js';
import { configFromEnv } from './config.js';
import { openCaseStore } from '../cases/storage/open-case-store.js';
import { DeadlineScanner } from './deadline-scanner.js';
import { lockDataDir } from './data-dir-lock.js';
import { composeServer } from './server-composition.js';
import { ensureAdmin, loadTokenSecret } from './seed/bootstrap-admin.js';
import { isEmptyCatalogue, seedDemo, type DemoAccountInfo } from './seed/seed-demo.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = configFromEnv();
  const logger = pino({ level: config.logLevel, base: { service: 'matterflow' } });
  // Embedded stores belong to one process; a PostgreSQL server is shared by any number.
  const unlock = config.databaseUrl ? async () => {} : await lockDataDir(config.dataDir);
  const store = await openCatalogStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await store.init();
  const caseStore = await openCaseStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    ...(config.queryCodePepper ? { queryCodePepper: Buffer.from(config.queryCodePepper, 'utf8') } : {}),
  });

  const fresh = await isEmptyCatalogue(store);
  const adminPassword = await ensureAdmin(store, config.adminPassword);
  let demoAccounts: DemoAccountInfo[] = [];
  if (config.demo && fresh) {
    demoAccounts = await seedDemo(store, new CatalogService(store));
    logger.info({ matters: (await store.listHeads()).length }, 'demo catalogue seeded');
  }

  const tokens = new SessionTokens(await loadTokenSecret(store));
  const deps = composeServer({ config, logger, store, caseStore, tokens });
  const { app } = createApp(deps);
  const scanner = new DeadlineScanner(caseStore, logger, undefined, () => deps.cases.deemAcceptedDue());
  scanner.start();
  // PGlite has no autovacuum: refresh planner statistics hourly (cheap when nothing grew).
  const maintenance = setInterval(() => void caseStore.maintain().catch((err: Error) => logger.warn({ err: { message: err.message } }, 'maintenance failed')), 3_600_000);
  maintenance.unref();
  // A recompute whose instance died mid-run is taken over by whichever instance looks first.
  const resumeRecomputes = setInterval(() => void deps.recompute.resumeStale().catch((err: Error) => logger.warn({ err: { message: err.message } }, 'calendar recompute resume failed')), 60_000);
  resumeRecomputes.unref();
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  printBanner(`http://${config.host}:${port}`, store.kind, adminPassword, demoAccounts);
  logger.info({ port, host: config.host, store: store.kind }, 'listening');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('in-flight requests did not finish in time; closing anyway');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
    server.close(async () => {
      clearTimeout(force);
      clearInterval(maintenance);
      clearInterval(resumeRecomputes);
      deps.calendarWatch.stop();
      await scanner.stop();
      await caseStore.close();
      await store.close();
      await unlock();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function printBanner(url: string, store: string, adminPassword: string | undefined, demo: DemoAccountInfo[]): void {
  const lines = [
    '',
    `Matterflow is running at ${url}  (store: ${store})`,
    `  portal     ${url}/`,
    `  workbench  ${url}/workbench/      supervision ${url}/supervision/   hall display ${url}/supervision/display`,
    `  designer   ${url}/designer/`,
    `  API        ${url}/api   docs: ${url}/api/docs`,
  ];
  if (adminPassword) lines.push('', `  admin password (generated, shown once): ${adminPassword}`);
  if (demo.length) {
    lines.push('', '  demo accounts (demo only; change or remove them before real use):');
    for (const a of demo) lines.push(`    ${a.username.padEnd(14)} ${a.password.padEnd(20)} ${a.role.padEnd(11)} ${a.departmentId ?? ''} ${a.displayName ?? ''}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`Matterflow failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
