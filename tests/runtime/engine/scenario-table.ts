/**
 * The scenario table both engine table tests use: given a flow, when these events happen, then
 * these steps are open, tasks opened in this order, and the case has this status — plus one
 * history entry and one version bump per successful action.
 */
import { describe, expect, it } from 'vitest';
import type { CaseState, EngineDefinition, EngineEffect, StartCaseInput } from '../../../runtime/engine/index.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { engineDef } from '../../fixtures/engine-flows.js';
import { openSteps, runEvents, type EngineEvent } from './engine-harness.js';

export interface Scenario {
  given: string;
  when: string;
  flow: FlowDefinition;
  /** Matter settings other than the flow (handling type, deadlines …). */
  matter?: Partial<EngineDefinition>;
  input?: Partial<StartCaseInput>;
  events: EngineEvent[];
  expectedOpenSteps: string[];
  expectedOrder: string[];
  expectedStatus: CaseState['status'];
  then?: (state: CaseState, effects: EngineEffect[]) => void;
}

export const accept: EngineEvent = { act: 'accept' };
export const approve = (at: string, as?: string): EngineEvent => ({ act: 'approve', at, ...(as ? { as } : {}) });
export const back = (at: string, toNodeId: string): EngineEvent => ({ act: 'return', at, with: { toNodeId, comment: 'please redo' } });
export const cancelled = (s: CaseState): string[] => s.tasks.filter((t) => t.status === 'cancelled').map((t) => t.nodeId).sort();

export function runScenarios(title: string, scenarios: Scenario[]): void {
  describe(title, () => {
    it.each(scenarios)('given $given, when $when, then the case is $expectedStatus', (sc) => {
      const run = runEvents(engineDef(sc.flow, sc.matter), sc.input ?? {}, sc.events);
      expect(openSteps(run.state)).toEqual(sc.expectedOpenSteps);
      expect(run.opened).toEqual(sc.expectedOrder);
      expect(run.state.status).toBe(sc.expectedStatus);
      const done = sc.events.filter((e) => e.fails === undefined).length;
      expect(run.state.history).toHaveLength(1 + done); // + the submission
      expect(run.state.version).toBe(done);
      sc.then?.(run.state, run.effects);
    });
  });
}
