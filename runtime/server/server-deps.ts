import type { Logger } from 'pino';
import type { CatalogService } from '../../catalog/catalog.service.js';
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import type { SessionTokens } from './auth/session-token.js';
import type { CalendarProvider } from './calendar-provider.js';
import type { CalendarWatch } from './calendar-watch.js';
import type { CaseService } from '../cases/case.service.js';
import type { DueDateRecompute } from '../cases/due-date-recompute.js';
import type { MatterVersions } from '../cases/engine-definitions.js';
import type { CaseStore } from '../cases/storage/case.store.js';
import type { Config } from './config.js';

/** Everything the HTTP layer needs, built once by main.ts (or by a test). */
export interface ServerDeps {
  config: Config;
  logger: Logger;
  store: CatalogStore;
  catalog: CatalogService;
  tokens: SessionTokens;
  calendar: CalendarProvider;
  caseStore: CaseStore;
  cases: CaseService;
  versions: MatterVersions;
  /** The server's clock: warning levels are read at this instant (a test's fake clock included). */
  clock: () => Date;
  /** The daily log warning of years lacking a holiday schedule (started by composeServer; stop on shutdown). */
  calendarWatch: CalendarWatch;
  /** Recomputes open cases' dates after a calendar change (exactly once across instances). */
  recompute: DueDateRecompute;
}
