/**
 * Marks warnings (less than 20 % of the working time left: `warn_at <= now`) and overdue cases and
 * tasks (due date before today, China) as time passes. The database is
 * the truth: due and warning dates are stored, and `claimDeadlineMarks` raises each level exactly
 * once even when every server instance scans at the same moment (SKIP LOCKED). The timer is only a
 * cache of "when to look next"; a scan that finds nothing costs one indexed query.
 */
import type { Logger } from 'pino';
import { toChinaDate } from '../calendar/china-time.js';
import type { CaseStore } from '../cases/storage/case.store.js';

const BATCH = 500;

export class DeadlineScanner {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(
    private readonly store: CaseStore,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    /** Art. 32 deemed acceptance of unanswered applications (CaseService.deemAcceptedDue). */
    private readonly deemAccepted?: () => Promise<string[]>,
  ) {}

  /** Scans now and then every `intervalMs`; overlapping scans are skipped, not queued. */
  start(intervalMs = 60_000): void {
    void this.scan();
    this.#timer = setInterval(() => void this.scan(), intervalMs);
    this.#timer.unref();
  }

  /** One pass: raises every level today calls for. @returns how many marks were made */
  scan(): Promise<number> {
    this.#running ??= this.#scan().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#running?.catch(() => undefined);
  }

  async #scan(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const now = this.now();
        const marks = await this.store.claimDeadlineMarks({ today: toChinaDate(now), now: now.toISOString(), limit: BATCH });
        total += marks.length;
        if (marks.length < BATCH) break;
      }
      if (total > 0) this.logger.info({ marks: total }, 'deadline marks raised');
      const deemed = (await this.deemAccepted?.()) ?? [];
      if (deemed.length > 0) this.logger.info({ cases: deemed.length }, 'applications deemed accepted (art. 32)');
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'deadline scan failed; will retry');
    }
    return total;
  }
}
