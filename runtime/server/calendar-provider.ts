/**
 * The working calendar the server counts with: the library's schedules plus the admin's overrides
 * from the store. Rebuilt after a local change at once, and at most `ttlMs` after another instance
 * changed the overrides (instances share the store, not memory).
 */
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';

export class CalendarProvider {
  #calendar: WorkingCalendar | undefined;
  #loadedAt = 0;

  constructor(
    private readonly store: CatalogStore,
    private readonly ttlMs = 30_000,
  ) {}

  async current(): Promise<WorkingCalendar> {
    if (!this.#calendar || Date.now() - this.#loadedAt > this.ttlMs) {
      this.#calendar = createWorkingCalendar(await this.store.listCalendars());
      this.#loadedAt = Date.now();
    }
    return this.#calendar;
  }

  invalidate(): void {
    this.#calendar = undefined;
  }
}
