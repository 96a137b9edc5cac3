/**
 * The due-date recompute service over the real case store, on every store target: cases accepted in
 * December 2026 whose due dates reach into 2027 move when a 2027 day becomes a holiday; two
 * instances on one database move each case once (one audit event each); a case changed under a
 * batch is re-read and retried; a dead run is taken over; a newer change supersedes an older one.
 * The engine's recomputeDates is the real one; its own rules are tested with the engine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, type WorkingCalendar } from '../../../runtime/calendar/working-calendar.js';
import { caseRecord, changedTasks } from '../../../runtime/cases/case-documents.js';
import { DueDateRecompute } from '../../../runtime/cases/due-date-recompute.js';
import { recomputeDates } from '../../../runtime/engine/recompute-dates.js';
import type { PostgresCaseStore } from '../../../runtime/cases/storage/postgres-case.store.js';
import { advance, startCase } from '../../../runtime/engine/index.js';
import type { CalendarOverrides } from '../../../schemas/types.generated.js';
import { engineDef, linearFlow } from '../../fixtures/engine-flows.js';
import { useCaseStore } from './storage/case-store-harness.js';
import { caseStoreTargets } from './storage/case-store-targets.js';

const def = engineDef(linearFlow, { promisedDays: 20 });
const versions = { get: async () => ({ engine: def, version: undefined as never }) };
/** 2027: 4–5 January made holidays (a test schedule, not the real one). */
const CHANGE: CalendarOverrides = { year: 2027, days: [{ date: '2027-01-04', working: false, name: '测试' }, { date: '2027-01-05', working: false, name: '测试' }] };

/** `n` cases accepted on 28 December 2026 (Mon–Fri calendar): due 20 working days later, in 2027. */
async function seed(store: PostgresCaseStore, n: number, cal: WorkingCalendar, prefix = 'MF20261228-R'): Promise<string[]> {
  const nos: string[] = [];
  const now = '2026-12-28T02:00:00.000Z';
  const clerk = { kind: 'account' as const, username: 'li', role: 'clerk' as const, departmentId: 'dept-a' };
  for (let i = 0; i < n; i++) {
    const caseNo = `${prefix}${String(i).padStart(4, '0')}`;
    const started = startCase(def, { caseNo, data: {}, materials: [{ materialId: 'id-card', status: 'provided' }, { materialId: 'application', status: 'provided' }] }, { now, calendar: cal });
    const accept = started.state.tasks.find((t) => t.status === 'open')!;
    const { state } = advance(def, started.state, { type: 'accept', taskId: accept.id }, clerk, { now, calendar: cal });
    await store.createCase({
      record: caseRecord(state, def, { kind: 'individual', name: '张三', phone: '13800000000' }, caseNo, cal),
      tasks: changedTasks(undefined, state, def, caseNo, cal),
      audit: [{ at: now, caseNo, actor: { kind: 'system' }, action: 'case.created' }],
    });
    nos.push(caseNo);
  }
  return nos;
}

function service(store: PostgresCaseStore, calendars: CalendarOverrides[], extra: Partial<ConstructorParameters<typeof DueDateRecompute>[0]> = {}) {
  return new DueDateRecompute({ store, versions, calendars: async () => calendars, recomputeDates, ...extra });
}

const recomputedEvents = async (store: PostgresCaseStore, caseNo: string) => (await store.auditOf(caseNo)).filter((e) => e.action === 'calendar.recomputed');

for (const target of caseStoreTargets()) {
  describe(`due-date recompute — ${target.name}`, () => {
    afterAll(() => target.close());
    const ctx = useCaseStore(target);
    const before = createWorkingCalendar();
    // Whatever 2027 looks like before (library, statutory rule), the change adds two holidays in the count.
    const after = createWorkingCalendar([CHANGE]);
    const due = { from: before.addWorkingDays('2026-12-28', 20), to: after.addWorkingDays('2026-12-28', 20) };
    const review = { from: before.addWorkingDays('2026-12-28', 5), to: after.addWorkingDays('2026-12-28', 5) };

    it('previews the moves without writing, then three instances on one database move each case exactly once', async () => {
      const nos = await seed(ctx.store, 12, before);
      const first = (await ctx.store.getCase(nos[0]))!;
      expect(first.case.dueDate).toBe(due.from);
      expect(due.to > due.from && review.to > review.from).toBe(true);

      const preview = await service(ctx.store, []).preview(CHANGE);
      expect(preview).toMatchObject({ cases: 12, tasks: 12 });
      expect(preview.moves[0]).toMatchObject({ caseNo: nos[0], dueDate: due });
      expect((await ctx.store.getCase(nos[0]))!.case.dueDate).toBe(due.from);

      const other = await ctx.open();
      const third = await ctx.open();
      const runs = await Promise.all([ctx.store, other, third].map((store, i) =>
        service(store, [CHANGE], { instanceId: `i${i}`, batchSize: 5 }).run({ changeId: 'change-1', year: 2027 })));
      expect(runs.map((r) => r.status).sort()).toEqual(['done', 'skipped', 'skipped']);
      expect(runs.reduce((n, r) => n + r.cases, 0)).toBe(12);
      expect(runs.reduce((n, r) => n + r.tasks, 0)).toBe(12);
      for (const no of nos) {
        const stored = (await ctx.store.getCase(no))!;
        expect(stored.case.dueDate).toBe(due.to);
        expect(stored.version).toBe(first.version); // not a user transition: the version stays
        const events = await recomputedEvents(ctx.store, no);
        expect(events).toHaveLength(1);
        expect(events[0].payload).toMatchObject({ year: 2027, changeId: 'change-1', dueDate: due, tasks: [review] });
        const task = (await ctx.store.listTasks({ caseNo: no, status: 'open', page: 1, pageSize: 10 })).items[0];
        expect(task).toMatchObject({ dueDate: review.to, version: first.state.tasks.find((t) => t.status === 'open')!.version }); // versions stay
        expect(stored.state.tasks.find((t) => t.id === task.id)).toMatchObject({ dueDate: review.to, version: task.version });
      }
      expect((await ctx.store.verifyAudit()).ok).toBe(true);
      expect(await ctx.store.recomputes.get('change-1')).toMatchObject({ cases: 12, finishedAt: expect.any(String) });

      // The same change again is done; a new change id on the same calendar moves nothing.
      expect((await service(other, [CHANGE]).run({ changeId: 'change-1', year: 2027 })).status).toBe('skipped');
      expect(await service(other, [CHANGE]).run({ changeId: 'change-2', year: 2027 })).toMatchObject({ status: 'done', cases: 0 });
    });

    it('a case a clerk changed under a batch is re-read and retried; old dates a clerk wrote back after it are caught up', async () => {
      const nos = await seed(ctx.store, 3, before, 'MF20261228-S');
      const raw = await ctx.sql();
      const s = service(ctx.store, [CHANGE], { batchSize: 10 });
      const real = ctx.store.recomputes.writeBatch.bind(ctx.store.recomputes);
      const old = (await ctx.store.getCase(nos[2]))!;
      let calls = 0;
      ctx.store.recomputes.writeBatch = async (claim, batch) => {
        // Before the first write, a "clerk" commits on the second case (its version moves on) …
        if (calls === 0) await raw.query(`UPDATE cases SET version = version + 1 WHERE case_no = $1`, [nos[1]]);
        const outcome = await real(claim, batch);
        // … and after it, one whose service read the third case before the batch writes it back.
        if (calls++ === 0) {
          await raw.query(`UPDATE cases SET state = $2::jsonb, due_date = $3::date, updated_at = now() + interval '1 second' WHERE case_no = $1`, [nos[2], JSON.stringify(old.state), due.from]);
        }
        return outcome;
      };
      const result = await s.run({ changeId: 'change-retry', year: 2027 });
      expect(result).toMatchObject({ status: 'done', unsettled: [] });
      expect(result.cases).toBe(4); // three moves, and the third case moved again
      for (const no of nos) expect((await ctx.store.getCase(no))!.case.dueDate).toBe(due.to);
      expect(await recomputedEvents(ctx.store, nos[0])).toHaveLength(1);
      expect(await recomputedEvents(ctx.store, nos[1])).toHaveLength(1);
      expect(await recomputedEvents(ctx.store, nos[2])).toHaveLength(2);
    });

    it('a late catch-up recomputes only the cases written since, by others', async () => {
      const nos = await seed(ctx.store, 3, before, 'MF20261228-U');
      const first = await service(ctx.store, [CHANGE]).run({ changeId: 'first', year: 2027 });
      expect(first).toMatchObject({ status: 'done', cases: 3, moved: 3, claimedAt: expect.any(String) });
      // An instance still on the old calendar writes old dates back into one case.
      const old = (await ctx.store.getCase(nos[0]))!;
      const raw = await ctx.sql();
      await raw.query(`UPDATE cases SET state = jsonb_set(state, '{dueDate}', to_jsonb($2::text)), updated_at = now() + interval '1 second' WHERE case_no = $1`, [nos[0], due.from]);
      expect(old.case.dueDate).toBe(due.to);
      const late = await service(ctx.store, [CHANGE]).catchUp({ changeId: 'first', year: 2027, since: first.claimedAt! });
      expect(late).toMatchObject({ status: 'done', cases: 1 });
      expect((await ctx.store.getCase(nos[0]))!.state.dueDate).toBe(due.to);
      expect(await recomputedEvents(ctx.store, nos[1])).toHaveLength(1);
    });

    it('a dead run is taken over after its heartbeat went silent; a newer change supersedes an older one, also when claimed at the same moment', async () => {
      const nos = await seed(ctx.store, 2, before, 'MF20261228-T');
      expect(await ctx.store.recomputes.claim({ changeId: 'dead', year: 2027, by: 'crashed' }, 60_000)).toMatchObject({ claimed: true, takeover: false });
      const other = await ctx.open();
      expect((await service(other, [CHANGE]).run({ changeId: 'dead', year: 2027 })).status).toBe('skipped');
      const resumed = await service(other, [CHANGE], { takeoverAfterMs: 0 }).resumeStale();
      expect(resumed).toMatchObject([{ status: 'done', cases: 2 }]);
      for (const no of nos) expect(await recomputedEvents(ctx.store, no)).toHaveLength(1);

      expect(await ctx.store.recomputes.claim({ changeId: 'older', year: 2027, by: 'a' }, 60_000)).toMatchObject({ claimed: true });
      expect((await service(other, [CHANGE]).run({ changeId: 'newer', year: 2027 })).status).toBe('done');
      expect(await ctx.store.recomputes.get('older')).toMatchObject({ supersededBy: 'newer' });
      expect((await service(ctx.store, [CHANGE], { instanceId: 'a' }).run({ changeId: 'older', year: 2027 })).status).toBe('skipped');

      // Two changes claimed at the same moment do not see each other: the older run notices the
      // newer claim at its next batch, stops, and records itself superseded.
      const raw = await ctx.sql();
      const racing = service(ctx.store, [CHANGE], { batchSize: 1 });
      const real = ctx.store.recomputes.writeBatch.bind(ctx.store.recomputes);
      let calls = 0;
      ctx.store.recomputes.writeBatch = async (claim, batch) => {
        if (calls++ === 0) await raw.query(`INSERT INTO calendar_recomputes (change_id, year, claimed_by, claimed_at, heartbeat_at) VALUES ('concurrent', 2027, 'x', clock_timestamp() + interval '1 second', clock_timestamp())`);
        return real(claim, batch);
      };
      expect((await racing.run({ changeId: 'racing', year: 2027 })).status).toBe('superseded');
      expect(await ctx.store.recomputes.get('racing')).toMatchObject({ supersededBy: 'concurrent', finishedAt: expect.any(String) });
    });
  });
}
