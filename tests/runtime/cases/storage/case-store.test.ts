/**
 * Runs the CaseStore contract on every target (case-store-targets.ts): PGlite file-backed, and the
 * PostgreSQL server named by DATABASE_URL or, when unset, PGlite in memory.
 */
import { afterAll, describe } from 'vitest';
import { describeAuditContract } from './case-store-audit.contract.js';
import { describeDeadlineContract } from './case-store-deadline.contract.js';
import { describeCaseReadsContract } from './case-store-reads.contract.js';
import { describeStatsContract } from './case-store-stats.contract.js';
import { caseStoreTargets } from './case-store-targets.js';
import { describeCaseWritesContract } from './case-store.contract.js';

for (const target of caseStoreTargets()) {
  describe(target.name, () => {
    afterAll(() => target.close());
    describeCaseWritesContract(target);
    describeCaseReadsContract(target);
    describeAuditContract(target);
    describeDeadlineContract(target);
    describeStatsContract(target);
  });
}
