/**
 * The daily log warning that a year lacks a published holiday schedule (the same answer as
 * `GET /api/calendar/status` and the banners): an operator reading the log learns it even if no
 * admin opens the designer. Once a China day per instance; the check runs hourly so a restart, a
 * new day or a newly open case in a missing year is noticed within the hour. The timer never keeps
 * the process alive.
 */
import type { Logger } from 'pino';
import { chinaDateOfEpochMs } from '../calendar/china-time.js';
import type { CalendarStatus } from '../calendar/calendar-status.js';

export interface CalendarWatchOptions {
  status: (now: Date) => Promise<CalendarStatus>;
  logger: Pick<Logger, 'warn'>;
  now?: () => Date;
  /** Between checks; default one hour. */
  checkEveryMs?: number;
  /** Before the first check, so it does not race the boot; default 10 s. */
  firstCheckAfterMs?: number;
}

const HOUR_MS = 3_600_000;

export class CalendarWatch {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #loggedOn: string | undefined;
  #failedOn: string | undefined;
  #stopped = true;
  readonly #now: () => Date;

  constructor(private readonly options: CalendarWatchOptions) {
    this.#now = options.now ?? (() => new Date());
  }

  /** Starts checking (idempotent). */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(this.options.firstCheckAfterMs ?? 10_000);
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * One check: warns when a year lacks a schedule and nothing was logged yet this China day.
   * Never throws: a failed status read is itself logged (at most once a day) and tried again next hour.
   * @returns whether it logged.
   * @example await watch.check() // logs "calendar: no holiday schedule for 2027 …" once a day
   */
  async check(): Promise<boolean> {
    const now = this.#now();
    const today = chinaDateOfEpochMs(now.getTime());
    if (this.#loggedOn === today) return false;
    let status: CalendarStatus;
    try {
      status = await this.options.status(now);
    } catch (err) {
      if (this.#failedOn === today) return false;
      this.#failedOn = today;
      this.options.logger.warn({ err: { message: (err as Error).message } }, 'calendar: could not read which years lack a holiday schedule');
      return true;
    }
    if (status.missingYears.length === 0) return false;
    this.#loggedOn = today;
    this.options.logger.warn({ missingYears: status.missingYears, today: status.today }, missingMessage(status));
    return true;
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.check().finally(() => this.#schedule(this.options.checkEveryMs ?? HOUR_MS));
    }, ms);
    this.#timer.unref?.();
  }
}

/**
 * One line naming each year and why.
 * @example missingMessage({ missingYears: [{ year: 2027, reason: 'open-cases', openCases: 3 }], … })
 * // 'calendar: no holiday schedule for 2027 (3 open cases due in it); its days follow the statutory rule and due dates there are provisional until an admin enters the schedule'
 */
export function missingMessage(status: Pick<CalendarStatus, 'missingYears'>): string {
  const years = status.missingYears.map((m) =>
    m.reason === 'open-cases' ? `${m.year} (${m.openCases ?? 0} open case${m.openCases === 1 ? '' : 's'} due in it)` : `${m.year} (upcoming)`);
  const one = years.length === 1;
  return `calendar: no holiday schedule for ${years.join(', ')}; ${one ? 'its' : 'their'} days follow the statutory rule and due dates there are provisional until an admin enters the schedule`;
}
