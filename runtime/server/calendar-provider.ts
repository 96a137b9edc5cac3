/**
 * The working calendar the server counts with: the library's schedules, the statutory rule for
 * years without one, and the admin's documents from the store (entered schedules and corrections).
 * Rebuilt after a local change at once, and at most `ttlMs` after another instance changed the
 * documents (instances share the store, not memory). Also answers which years lack a schedule
 * (calendar-status.ts), for the status endpoint, the banners and the daily log warning.
 */
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import type { CalendarOverrides } from '../../schemas/types.generated.js';
import { calendarStatus, firstYearToWatch, type CalendarStatus } from '../calendar/calendar-status.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';

/** Open cases by the year of a due date (the case's or an open task's), for years from `fromYear` on: CaseStore.openDueYears. */
export type OpenDueYears = (fromYear: number) => Promise<ReadonlyMap<number, number>>;

export interface CalendarProviderOptions {
  /** Without it the status knows no open cases and reports only the `upcoming` years. */
  openDueYears?: OpenDueYears;
}

export class CalendarProvider {
  #calendar: WorkingCalendar | undefined;
  #docs: CalendarOverrides[] = [];
  #loadedAt = 0;

  constructor(
    private readonly store: CatalogStore,
    private readonly ttlMs = 30_000,
    private readonly options: CalendarProviderOptions = {},
  ) {}

  async current(): Promise<WorkingCalendar> {
    if (!this.#calendar || Date.now() - this.#loadedAt > this.ttlMs) {
      const docs = await this.store.listCalendars();
      this.#calendar = createWorkingCalendar(docs);
      this.#docs = docs;
      this.#loadedAt = Date.now();
    }
    return this.#calendar;
  }

  invalidate(): void {
    this.#calendar = undefined;
  }

  /**
   * Which years lack a schedule at `now`: the entered schedules as this instance knows them (the
   * same cache as the calendar) and one query of the open cases' due years.
   * @example await provider.status(new Date('2026-11-02T01:00:00Z')) // { today: '2026-11-02', missingYears: [{ year: 2027, reason: 'upcoming' }], … }
   */
  async status(now: Date): Promise<CalendarStatus> {
    await this.current();
    const enteredYears = this.#docs.filter((d) => d.schedule === true).map((d) => d.year);
    const openDueYears = this.options.openDueYears ? await this.options.openDueYears(firstYearToWatch(enteredYears)) : new Map<number, number>();
    return calendarStatus({ now, enteredYears, openDueYears });
  }
}
