/**
 * Calendar recompute benchmark (issue 8): 10,000 open cases on the embedded store (PGlite), all
 * accepted in the second half of December 2026 so their limits reach into 2027, counted with
 * 2027's provisional days; then the admin enters the 2027 schedule and every open case and task is
 * recomputed (runtime/cases/due-date-recompute.ts).
 *
 * Printed beside each other:
 * 1. the recompute: total time, cases scanned per second, cases and tasks moved, and the longest
 *    single hold of the store (a read or a batch transaction);
 * 2. one ordinary case action (approve of a review task, through the case service: read, engine,
 *    one transaction) measured alone (p50), and the same action run in a loop on other cases
 *    during the recompute: its p50 and the longest it took — the longest any case action waited
 *    for the recompute is at most that minus its own time alone.
 *
 * BENCH_RECOMPUTE_CASES changes the count (default 10,000).
 */
import { cpus, loadavg } from 'node:os';
import { createWorkingCalendar } from '../runtime/calendar/working-calendar.js';
import { scheduleToOverrides, type YearSchedule } from '../runtime/calendar/year-schedule.js';
import { caseRecord, changedTasks } from '../runtime/cases/case-documents.js';
import { DueDateRecompute } from '../runtime/cases/due-date-recompute.js';
import type { CreateCase } from '../runtime/cases/storage/case-records.js';
import { canonicalHash } from '../runtime/cases/storage/canonical-json.js';
import { advance, startCase, type Actor } from '../runtime/engine/index.js';
import { recomputeDates } from '../runtime/engine/recompute-dates.js';
import type { Applicant } from '../schemas/types.generated.js';
import { sampleMatter } from '../tests/fixtures/matters.js';
import { sampleApplication, startBenchServer, type BenchServer } from './runtime-server.js';
import { ms, stats } from './stats.js';

const COUNT = Number(process.env.BENCH_RECOMPUTE_CASES ?? 10_000);
/** Cases kept aside for the ordinary action: alone, then during the recompute. */
const ACTION_CASES = 400;
const LOAD_BATCH = 1000;
const CLERK_PAUSE_MS = 75;
const clerk: Actor = { kind: 'account', username: 'scjg-clerk', role: 'clerk', departmentId: 'scjg' };

/** A 2027 schedule for the benchmark (the State Council's is not out yet): 元旦 1–4 January (one day more than the rule's), 春节 5–11 February. */
const SCHEDULE: YearSchedule = {
  year: 2027,
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }, { name: '春节', from: '2027-02-05', to: '2027-02-11' }],
  workdays: [{ date: '2027-02-20', name: '春节调休' }],
};

/** Open cases accepted on the working days from 16 to 31 December 2026, loaded in bulk. */
async function seed(s: BenchServer, count: number): Promise<string[]> {
  const def = sampleMatter();
  const { engine } = await s.deps.versions.get(def.code, 1);
  const cal = createWorkingCalendar();
  const app = sampleApplication();
  const days = ['2026-12-16', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'];
  const nos: string[] = [];
  for (let done = 0; done < count; done += LOAD_BATCH) {
    const batch: CreateCase[] = [];
    for (let i = done; i < Math.min(count, done + LOAD_BATCH); i++) {
      const caseNo = `MF20261216-C${String(i).padStart(8, '0')}`;
      const now = `${days[i % days.length]}T01:30:00.000Z`;
      const started = startCase(engine, { caseNo, data: app.data, situation: app.situation, materials: app.materials.map((m) => ({ ...m, status: 'provided' as const })) }, { now, calendar: cal });
      const accept = started.state.tasks.find((t) => t.status === 'open')!;
      const { state } = advance(engine, started.state, { type: 'accept', taskId: accept.id }, clerk, { now, calendar: cal });
      batch.push({
        record: caseRecord(state, engine, app.applicant as Applicant, caseNo, cal),
        tasks: changedTasks(undefined, state, engine, caseNo, cal),
        audit: [{ at: now, caseNo, actor: { kind: 'system' }, action: 'case.created', payload: { bench: true } }],
      });
      nos.push(caseNo);
    }
    await s.deps.caseStore.bulkLoad(batch);
  }
  await s.deps.caseStore.maintain();
  return nos;
}

/** Times every store call the recompute makes (reads and batch writes) from now on. */
function timeHolds(s: BenchServer): number[] {
  const out: number[] = [];
  const r = s.deps.caseStore.recomputes;
  for (const name of ['openCasesAfter', 'openCasesIn', 'openCaseStamps', 'writeBatch'] as const) {
    const real = (r[name] as (...args: unknown[]) => Promise<unknown>).bind(r);
    (r as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const t = performance.now();
      try {
        return await real(...args);
      } finally {
        out.push(performance.now() - t);
      }
    };
  }
  return out;
}

/** Approves the open 市场监管 review task of `caseNo`; its time in ms. */
async function approve(s: BenchServer, caseNo: string): Promise<number> {
  const t = performance.now();
  const stored = await s.deps.cases.getCase(caseNo);
  const task = stored.state.tasks.find((x) => x.status === 'open' && x.departmentId === 'scjg');
  if (!task) throw new Error(`bench: case ${caseNo} has no open scjg task`);
  await s.deps.cases.completeTask(task.id, { action: 'approve' }, clerk);
  return performance.now() - t;
}

export async function runCalendarRecomputeBench(): Promise<void> {
  console.log(`\n## Calendar recompute: ${COUNT.toLocaleString('en-US')} open cases after entering the 2027 schedule, beside one ordinary case action\n`);
  const s = await startBenchServer();
  try {
    process.stdout.write(`  loading ${(COUNT + ACTION_CASES).toLocaleString('en-US')} open cases …\n`);
    const tl = performance.now();
    const nos = await seed(s, COUNT + ACTION_CASES);
    process.stdout.write(`  loaded in ${((performance.now() - tl) / 1000).toFixed(1)} s; previewing, then recomputing …\n`);
    const actionCases = nos.slice(0, ACTION_CASES);

    // 1. the ordinary action alone (warm-up first: the JIT, the matter version cache)
    for (const no of actionCases.slice(0, 20)) await approve(s, no);
    const alone: number[] = [];
    for (const no of actionCases.slice(20, 120)) alone.push(await approve(s, no));

    // 2. the recompute, with the same action looping on the other kept cases meanwhile
    const doc = scheduleToOverrides(SCHEDULE, { updatedBy: 'admin', updatedAt: new Date().toISOString() });
    const recompute = new DueDateRecompute({ store: s.deps.caseStore, versions: s.deps.versions, calendars: () => s.deps.store.listCalendars(), recomputeDates });
    const tp = performance.now();
    const preview = await recompute.preview(doc);
    const previewMs = performance.now() - tp;
    await s.deps.store.putCalendar(doc);
    s.deps.calendar.invalidate();
    const holds = timeHolds(s);
    const during: number[] = [];
    let running = true;
    const loop = (async () => {
      // A clerk's pace, spread over the whole recompute: an approve every ~100 ms.
      for (const no of actionCases.slice(120)) {
        if (!running) break;
        during.push(await approve(s, no));
        await new Promise((resolve) => setTimeout(resolve, CLERK_PAUSE_MS));
      }
    })();
    const t = performance.now();
    const result = await recompute.run({ changeId: canonicalHash(doc), year: 2027, changedBy: 'admin' });
    const totalMs = performance.now() - t;
    running = false;
    await loop;
    if (result.status !== 'done' || result.failed.length > 0) throw new Error(`bench: recompute ${result.status}, failed ${JSON.stringify(result.failed.slice(0, 3))}`);

    const h = stats(holds);
    const a = stats(alone);
    const d = stats(during);
    const max = Math.max(...during);
    console.log('| recompute (embedded store, one process) | open cases | cases rewritten (moved + 预计 confirmed) | cases moved | tasks moved | total | cases/s | preview |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(`| enter 2027 schedule → recompute every open case | ${(COUNT + ACTION_CASES).toLocaleString('en-US')} | ${result.cases.toLocaleString('en-US')} | ${result.moved.toLocaleString('en-US')} | ${result.tasks.toLocaleString('en-US')} | ${(totalMs / 1000).toFixed(1)} s | ${Math.round((COUNT + ACTION_CASES) / (totalMs / 1000)).toLocaleString('en-US')} | ${preview.cases.toLocaleString('en-US')} / ${preview.moved.toLocaleString('en-US')} cases, ${preview.tasks.toLocaleString('en-US')} tasks |`);
    console.log('\n| one ordinary case action: approve (service: read, engine, one transaction) | n | p50 | p99 | max |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| alone | ${a.n} | ${ms(a.p50)} | ${ms(a.p99)} | ${ms(Math.max(...alone))} |`);
    console.log(`| during the recompute (same process, looping) | ${d.n} | ${ms(d.p50)} | ${ms(d.p99)} | ${ms(max)} |`);
    console.log(`\n| the recompute's holds of the store (each read or batch transaction; PGlite runs one query at a time) | n | p50 | p99 | max | over 100 ms |`);
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| one hold = the most one query of a case action waits for the recompute (limit 100 ms) | ${h.n} | ${ms(h.p50)} | ${ms(h.p99)} | ${ms(Math.max(...holds))} | ${holds.filter((x) => x > 100).length} |`);
    console.log(`\n(an action makes several queries and shares the event loop: during the recompute it took at most ${ms(Math.max(0, max - a.p50))} longer than its p50 alone. Preview: ${(previewMs / 1000).toFixed(1)} s. Unsettled cases: ${result.unsettled.length}. Load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
  } finally {
    await s.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCalendarRecomputeBench();
