/**
 * Wires the services the HTTP layer uses from the stores and configuration: one place, shared by
 * main.ts and the API tests, so tests run the same composition as production.
 */
import type { Logger } from 'pino';
import { CatalogService } from '../../catalog/catalog.service.js';
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import { CaseService } from '../cases/case.service.js';
import { DueDateRecompute } from '../cases/due-date-recompute.js';
import { recomputeDates } from '../engine/recompute-dates.js';
import { MatterVersions } from '../cases/engine-definitions.js';
import type { CaseStore } from '../cases/storage/case.store.js';
import type { SessionTokens } from './auth/session-token.js';
import { CalendarProvider } from './calendar-provider.js';
import { CalendarWatch } from './calendar-watch.js';
import type { Config } from './config.js';
import type { ServerDeps } from './server-deps.js';

export interface CompositionInput {
  config: Config;
  logger: Logger;
  store: CatalogStore;
  caseStore: CaseStore;
  tokens: SessionTokens;
  now?: () => Date;
}

export function composeServer(input: CompositionInput): ServerDeps {
  const catalog = new CatalogService(input.store, input.now);
  const calendar = new CalendarProvider(input.store, undefined, { openDueYears: (fromYear) => input.caseStore.openDueYears(fromYear) });
  const versions = new MatterVersions(catalog);
  const cases = new CaseService({ store: input.caseStore, versions, calendar: () => calendar.current(), now: input.now });
  const clock = input.now ?? (() => new Date());
  // The daily log warning of years without a holiday schedule; its timer never holds the process.
  const calendarWatch = new CalendarWatch({ status: (now) => calendar.status(now), logger: input.logger, now: clock });
  calendarWatch.start();
  // Moves open cases' dates after a calendar change, once across every instance sharing the store.
  const recompute = new DueDateRecompute({ store: input.caseStore, versions, calendars: () => input.store.listCalendars(), recomputeDates });
  return { ...input, catalog, calendar, versions, cases, clock, calendarWatch, recompute };
}
