/** Fills a case store fast with realistic in-progress cases of the sample matter (bulkLoad, 1,000 a transaction). */
import { createWorkingCalendar } from '../runtime/calendar/working-calendar.js';
import { caseRecord, changedTasks } from '../runtime/cases/case-documents.js';
import { engineDefinitionOf } from '../runtime/cases/engine-definitions.js';
import type { CaseStore } from '../runtime/cases/storage/case.store.js';
import type { CreateCase } from '../runtime/cases/storage/case-records.js';
import { startCase } from '../runtime/engine/index.js';
import type { Applicant } from '../schemas/types.generated.js';
import { sampleMatter } from '../tests/fixtures/matters.js';
import { sampleApplication } from './runtime-server.js';

const BATCH = 1000;
let serial = 0;

export async function bulkCases(store: CaseStore, count: number): Promise<void> {
  const def = sampleMatter();
  const engine = engineDefinitionOf(def.code, 1, def);
  const cal = createWorkingCalendar();
  const app = sampleApplication();
  for (let done = 0; done < count; done += BATCH) {
    const batch: CreateCase[] = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i++) {
      const caseNo = `MF20260101-B${String(serial++).padStart(8, '0')}`;
      const now = new Date(Date.UTC(2026, 0, 5) + (serial % 300) * 86_400_000).toISOString();
      const { state } = startCase(engine, { caseNo, data: app.data, situation: app.situation, materials: app.materials.map((m) => ({ ...m, status: 'provided' as const })) }, { now, calendar: cal });
      batch.push({
        record: caseRecord(state, engine, app.applicant as Applicant, caseNo, cal),
        tasks: changedTasks(undefined, state, engine, caseNo, cal),
        audit: [{ at: now, caseNo, actor: { kind: 'system' }, action: 'case.created', payload: { bulk: true } }],
      });
    }
    await store.bulkLoad(batch);
  }
}
