/**
 * Runs engine scenarios written as data: events name tasks by their step (node id) and actors by
 * a short name, and every transition is replayed on a JSON round-trip of the state to prove it
 * resumes identically (and that the input state is never changed).
 */
import { expect } from 'vitest';
import {
  advance, startCase, EngineError,
  type Actor, type CaseState, type EngineAction, type EngineDefinition, type EngineEffect, type StartCaseInput, type Transition,
} from '../../../runtime/engine/index.js';
import type { WorkingCalendar } from '../../../runtime/calendar/working-calendar.js';
import { mondayToFriday } from '../../fixtures/engine-flows.js';

/** Actor names: 'applicant', 'system', 'supervisor', `<user>@<dept>`, or a user whose department is the task's. */
export type ActorName = string;

type Payload<T extends EngineAction['type']> = Omit<Extract<EngineAction, { type: T }>, 'type' | 'taskId'>;

export interface EngineEvent {
  act: EngineAction['type'];
  /** The step whose open task the action is on (task actions) — resolved to its task id. */
  at?: string;
  as?: ActorName | Actor;
  with?: Partial<Payload<EngineAction['type']>> & Record<string, unknown>;
  /** The China date of the action (10:00 China time); defaults to the previous event's. */
  on?: string;
  /** The action must fail with this code; the state stays as it was. */
  fails?: EngineError['code'];
  /** …and the message must contain this. */
  message?: string;
}

export interface Run {
  state: CaseState;
  effects: EngineEffect[];
  /** Node ids of opened tasks, in order. */
  opened: string[];
}

export const FIRST_DAY = '2025-03-03'; // a Monday

export function instantOn(date: string): string {
  return `${date}T02:00:00.000Z`; // 10:00 in China
}

export function openSteps(state: CaseState): string[] {
  return state.tasks.filter((t) => t.status === 'open').map((t) => t.nodeId).sort();
}

export function actorFor(name: ActorName | Actor | undefined, state: CaseState, def: EngineDefinition, at?: string): Actor {
  if (typeof name === 'object') return name;
  const taskDept = at === undefined ? undefined : state.tasks.find((t) => t.nodeId === at && t.status === 'open')?.departmentId;
  const acceptDept = state.tasks.find((t) => t.status === 'open' && t.nodeId === 'accept')?.departmentId;
  const dept = taskDept ?? acceptDept ?? def.departmentId;
  if (name === 'applicant') return { kind: 'applicant' };
  if (name === 'system') return { kind: 'system' };
  if (name === 'supervisor') return { kind: 'account', username: 'sup', role: 'supervisor' };
  if (name !== undefined && name.includes('@')) {
    const [username, departmentId] = name.split('@');
    return { kind: 'account', username, role: 'clerk', departmentId };
  }
  return { kind: 'account', username: name ?? `clerk-${dept}`, role: 'clerk', departmentId: dept };
}

/** Starts a case and applies the events, checking the JSON round-trip at every step. */
export function runEvents(def: EngineDefinition, input: Partial<StartCaseInput>, events: EngineEvent[], calendar: WorkingCalendar = mondayToFriday): Run {
  const started = startCase(def, { data: {}, materials: fullMaterials(def), ...input }, { now: instantOn(FIRST_DAY), calendar });
  const run: Run = { state: started.state, effects: [...started.effects], opened: [] };
  collect(run, started);
  let day = FIRST_DAY;
  for (const [i, e] of events.entries()) {
    day = e.on ?? day;
    const ctx = { now: instantOn(day), calendar };
    const taskId = e.at === undefined ? undefined : run.state.tasks.find((t) => t.nodeId === e.at && t.status === 'open')?.id ?? `no-open-task-at-${e.at}`;
    const action = { type: e.act, ...(taskId !== undefined ? { taskId } : {}), ...e.with } as EngineAction;
    const actor = actorFor(e.as, run.state, def, e.at);
    const before = JSON.stringify(run.state);
    const copy = JSON.parse(before) as CaseState;
    let result: Transition | undefined;
    let error: unknown;
    try {
      result = advance(def, run.state, action, actor, ctx);
    } catch (err) {
      error = err;
    }
    expect(JSON.stringify(run.state), `event ${i} (${e.act}) must not change its input`).toBe(before);
    if (e.fails !== undefined) {
      expect(error, `event ${i} (${e.act}) should fail with ${e.fails}`).toBeInstanceOf(EngineError);
      expect((error as EngineError).code, (error as Error).message).toBe(e.fails);
      if (e.message !== undefined) expect((error as Error).message).toContain(e.message);
      expect(() => advance(def, copy, action, actor, ctx)).toThrow(EngineError);
      continue;
    }
    if (error !== undefined) throw new Error(`event ${i} (${e.act} at ${e.at ?? '-'}) failed: ${(error as Error).message}`);
    expect(advance(def, copy, action, actor, ctx), `event ${i} (${e.act}) resumes identically from JSON`).toEqual(result);
    run.state = result!.state;
    run.effects.push(...result!.effects);
    collect(run, result!);
  }
  return run;
}

/** Every needed material of the basic set, provided: so tests that are not about materials can accept. */
export function fullMaterials(def: EngineDefinition): StartCaseInput['materials'] {
  return def.materials.filter((m) => m.requirement === 'required').map((m) => ({ materialId: m.id, status: 'provided', fileIds: [`file-${m.id}`] }));
}

function collect(run: Run, t: Transition): void {
  for (const e of t.effects) if (e.type === 'task.opened') run.opened.push(e.task.nodeId);
}
