/**
 * Properties over random well-formed flows: start → (accept) → a random sequence of steps,
 * nested parallel blocks and exclusive blocks (with a default edge) → ✔, worked by random
 * approvals (and a few random returns to earlier steps), each transition also replayed from JSON.
 *
 * Legend: [s] a step (single, 会签 countersign or 或签 any-sign, maybe with assignees),
 * <+>f … <+>j a parallel block, <x>x … <x>m an exclusive block, ✔ end granted.
 *
 *   start → (accept) → [s0] → <+>f1 {[s2] → <x>x3 {[s4] | ε} <x>m3 | ε | [s5]} <+>j1 → … → ✔
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance, startCase, type CaseState, type EngineAction, type EngineEffect, type EngineTask, type Transition,
} from '../../../runtime/engine/index.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { blockFlow, engineDef, mondayToFriday, type FlowBlock } from '../../fixtures/engine-flows.js';
import { fullMaterials, instantOn } from './engine-harness.js';

const USERS = ['li', 'wang', 'zhao'];

const stepArb: fc.Arbitrary<FlowBlock> = fc.record({
  kind: fc.constant('step' as const),
  mode: fc.constantFrom('single' as const, 'countersign' as const, 'anysign' as const),
  assignees: fc.subarray(USERS),
});

function sequenceArb(depth: number, minLength: number): fc.Arbitrary<FlowBlock[]> {
  const block: fc.Arbitrary<FlowBlock> = depth <= 0
    ? stepArb
    : fc.oneof(
      { weight: 3, arbitrary: stepArb },
      { weight: 1, arbitrary: fc.array(sequenceArb(depth - 1, 0), { minLength: 2, maxLength: 3 }).map((branches) => ({ kind: 'parallel' as const, branches })) },
      { weight: 1, arbitrary: fc.array(sequenceArb(depth - 1, 0), { minLength: 2, maxLength: 3 }).map((branches) => ({ kind: 'exclusive' as const, branches })) },
    );
  return fc.array(block, { minLength, maxLength: 3 });
}

/** Which branch each exclusive split takes: `pick.<split>` in the case data. */
function picksFor(flowDef: FlowDefinition, choices: number[]): Record<string, number> {
  const picks: Record<string, number> = {};
  flowDef.nodes.filter((n) => n.kind === 'exclusive' && n.id.startsWith('x')).forEach((n, i) => {
    picks[n.id] = choices[i % choices.length] % flowDef.edges.filter((e) => e.source === n.id).length;
  });
  return picks;
}

function reaches(flowDef: FlowDefinition, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) return true;
    for (const e of flowDef.edges) if (e.source === id && !seen.has(e.target)) { seen.add(e.target); queue.push(e.target); }
  }
  return false;
}

/**
 * Invariants after every transition:
 * 1. every open task has exactly one token, every token with a task points to an open task;
 * 2. at most one open task per node per branch (node id + fork stack);
 * 3. a join fires once per fork instance, and only when no task inside its block is open and no
 *    token of that instance is left.
 */
function checkInvariants(state: CaseState, effects: EngineEffect[], inside: Record<string, string[]>, joined: Set<string>): void {
  const open = state.tasks.filter((t) => t.status === 'open');
  // 1.
  for (const t of open) expect(state.tokens.filter((k) => k.taskId === t.id), `token of ${t.nodeId}`).toHaveLength(1);
  for (const k of state.tokens) if (k.taskId !== undefined) expect(open.some((t) => t.id === k.taskId)).toBe(true);
  // 2.
  const places = state.tokens.filter((k) => k.taskId !== undefined).map((k) => `${k.nodeId}@${k.forkStack.join('/')}`);
  expect(new Set(places).size).toBe(places.length);
  // 3.
  for (const e of effects) {
    if (e.type !== 'flow.joined') continue;
    expect(joined.has(e.forkId), `fork instance ${e.forkId} joined twice`).toBe(false);
    joined.add(e.forkId);
    const block = `f${e.nodeId.slice(1)}`;
    expect(open.filter((t) => inside[block].includes(t.nodeId)).map((t) => t.nodeId), `open inside ${block} when ${e.nodeId} fired`).toEqual([]);
    expect(state.tokens.some((k) => k.forkStack.includes(e.forkId))).toBe(false);
  }
}

function signerOf(task: EngineTask, choice: number): string {
  const assignees = task.assignees ?? [];
  if (assignees.length === 0) return 'clerk';
  const unsigned = assignees.filter((u) => !(task.signatures ?? []).some((s) => s.username === u));
  return unsigned[choice % unsigned.length];
}

describe('random well-formed flows', () => {
  it('given any block-structured flow and any order of approvals and returns, then the case reaches its end and no task is lost or duplicated', () => {
    fc.assert(
      fc.property(sequenceArb(3, 1), fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), (blocks, choices) => {
        const { flow: flowDef, inside } = blockFlow(blocks);
        const def = engineDef(flowDef);
        let now = 0;
        const ctx = (): { now: string; calendar: typeof mondayToFriday } => ({ now: instantOn(`2025-03-${String(3 + (now % 20)).padStart(2, '0')}`), calendar: mondayToFriday });
        const started = startCase(def, { data: { pick: picksFor(flowDef, choices) }, materials: fullMaterials(def) }, ctx());
        let state = started.state;
        const opened: string[] = started.effects.flatMap((e) => (e.type === 'task.opened' ? [e.task.id] : []));
        const joined = new Set<string>();
        let returns = 0;
        const step = (action: EngineAction, username: string): void => {
          const actor = { kind: 'account' as const, username, role: 'clerk', departmentId: 'dept-a' };
          const copy = JSON.parse(JSON.stringify(state)) as CaseState;
          const t: Transition = advance(def, state, action, actor, ctx());
          expect(advance(def, copy, action, actor, ctx())).toEqual(t);
          state = t.state;
          opened.push(...t.effects.flatMap((e) => (e.type === 'task.opened' ? [e.task.id] : [])));
          checkInvariants(state, t.effects, inside, joined);
        };
        step({ type: 'accept' }, 'clerk');
        for (let i = 0; state.status === 'in_progress'; i++) {
          expect(i, 'the case should end within 2,000 actions').toBeLessThan(2000);
          now++;
          const c = choices[i % choices.length] + i;
          const open = state.tasks.filter((t) => t.status === 'open');
          const task = open[c % open.length];
          const targets = [...new Set(state.tasks.filter((t) => t.status === 'completed' && (t.action === 'approve' || t.action === 'accept')).map((t) => t.nodeId))]
            .filter((id) => id !== task.nodeId && reaches(flowDef, id, task.nodeId));
          if (returns < 3 && c % 7 === 0 && targets.length > 0) {
            returns++;
            step({ type: 'return', taskId: task.id, toNodeId: targets[c % targets.length], comment: 'redo' }, signerOf(task, c));
          } else {
            step({ type: 'approve', taskId: task.id }, signerOf(task, c));
          }
        }
        expect(state.status).toBe('granted');
        expect([state.tokens, state.forks]).toEqual([[], []]);
        expect(new Set(opened).size).toBe(opened.length);
        expect(state.tasks.map((t) => t.id)).toEqual(opened);
        expect(state.tasks.filter((t) => t.status !== 'completed' && t.status !== 'cancelled')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('given any block-structured flow, then a fork opens one task per step branch at once and the join waits for all', () => {
    const parallelOnly = fc.array(fc.constant<FlowBlock>({ kind: 'step' }), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(fc.array(parallelOnly, { minLength: 2, maxLength: 4 }), (branches) => {
        const { flow: flowDef } = blockFlow([{ kind: 'parallel', branches }]);
        const def = engineDef(flowDef);
        const ctx = { now: instantOn('2025-03-03'), calendar: mondayToFriday };
        const clerk = { kind: 'account' as const, username: 'clerk', departmentId: 'dept-a' };
        let state = startCase(def, { data: {}, materials: fullMaterials(def) }, ctx).state;
        state = advance(def, state, { type: 'accept' }, clerk, ctx).state;
        expect(state.tasks.filter((t) => t.status === 'open')).toHaveLength(branches.length);
        const total = branches.flat().length;
        for (let done = 0; done < total; done++) {
          const task = state.tasks.find((t) => t.status === 'open')!;
          const t = advance(def, state, { type: 'approve', taskId: task.id }, clerk, ctx);
          expect(t.effects.some((e) => e.type === 'flow.joined')).toBe(done === total - 1);
          state = t.state;
        }
        expect(state.status).toBe('granted');
      }),
      { numRuns: 50 },
    );
  });
});
