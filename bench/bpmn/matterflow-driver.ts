/**
 * Our engine (runtime/engine) as a benchmark driver: pure `startCase` / `advance` calls on the
 * benchmark flow, with the real working calendar, one fixed instant and the tasks' own
 * departments as actors — what the server does per request, minus I/O.
 */
import { createWorkingCalendar } from '../../runtime/calendar/working-calendar.js';
import {
  advance, startCase, CASE_STATE_VERSION,
  type Actor, type CaseState, type EngineContext, type EngineDefinition, type StartCaseInput,
} from '../../runtime/engine/index.js';
import { benchmarkFlow, engineDef } from '../../tests/fixtures/engine-flows.js';
import { REVIEW_STEPS, TASK_ORDER, type CaseDriver, type StoredState } from './case-driver.js';

/** A Monday, 10:00 in China: one instant for every transition keeps the states identical run to run. */
const NOW = '2025-03-03T02:00:00.000Z';

/** @param version Shown in the table, e.g. `matterflow 0.1.0`. */
export function createMatterflowDriver(version: string): CaseDriver<CaseState> {
  const def: EngineDefinition = engineDef(benchmarkFlow);
  // Created once, as the server does: the calendar caches each year's table on first use.
  const ctx: EngineContext = { now: NOW, calendar: createWorkingCalendar() };
  const input: StartCaseInput = { data: {}, materials: providedMaterials(def) };
  const actors = new Map<string, Actor>();
  const staffOf = (departmentId: string): Actor => {
    let actor = actors.get(departmentId);
    if (actor === undefined) actors.set(departmentId, (actor = { kind: 'account', username: `clerk-${departmentId}`, role: 'clerk', departmentId }));
    return actor;
  };
  let completed = 0;

  /** Starts a case and accepts it: the three reviews open. */
  function startAndAccept(persist: boolean): { state: CaseState; bytes: number } {
    const started = startCase(def, input, ctx).state;
    let bytes = persist ? JSON.stringify(started).length : 0;
    const state = advance(def, started, { type: 'accept' }, staffOf(def.departmentId), ctx).state;
    if (persist) bytes += JSON.stringify(state).length;
    return { state, bytes };
  }

  return {
    name: 'Matterflow engine',
    version: `${version} (case state v${CASE_STATE_VERSION})`,
    get completed() {
      return completed;
    },
    runCase(persist) {
      let { state, bytes } = startAndAccept(persist);
      for (const step of TASK_ORDER.slice(1)) {
        // The server gets the task id from the request; finding it by step is the driver's part.
        const task = state.tasks.find((t) => t.nodeId === step && t.status === 'open');
        if (task === undefined) throw new Error(`Matterflow engine: no open task at "${step}" (status ${state.status})`);
        state = advance(def, state, { type: 'approve', taskId: task.id }, staffOf(task.departmentId), ctx).state;
        if (persist) bytes += JSON.stringify(state).length;
      }
      if (state.status !== 'granted') throw new Error(`Matterflow engine: the case ended ${state.status}, not granted`);
      completed++;
      return bytes;
    },
    openAtReview() {
      const { state } = startAndAccept(false);
      const open = state.tasks.filter((t) => t.status === 'open').map((t) => t.nodeId).sort();
      if (open.join() !== REVIEW_STEPS.join()) throw new Error(`Matterflow engine: open at review are [${open.join(', ')}], not [${REVIEW_STEPS.join(', ')}]`);
      return state;
    },
    storedState(state): StoredState {
      // The store keeps the matter version apart and shared: a case's document has no definition in it.
      return { bytes: Buffer.byteLength(JSON.stringify(state)), definitionBytes: 0 };
    },
  };
}

/** Every required material provided, so the case can be accepted. */
function providedMaterials(def: EngineDefinition): StartCaseInput['materials'] {
  return def.materials
    .filter((m) => m.requirement === 'required')
    .map((m) => ({ materialId: m.id, status: 'provided', fileIds: [`file-${m.id}`] }));
}
