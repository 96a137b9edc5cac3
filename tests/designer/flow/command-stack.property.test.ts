/**
 * Property: any sequence of commands the editor accepts, followed by as many undos, gives back the
 * original flow deep-equal (layout block included); redoing them all gives back the edited flow.
 *
 * Commands are drawn as intents (indices into whatever nodes and edges exist at that moment) and
 * made concrete against the current flow, so most of them are valid; refused ones are skipped, as
 * the editor would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandStack } from '../../../designer/flow/command-stack.js';
import type { EdgePatch, FlowCommand, NodePatch } from '../../../designer/flow/flow-commands.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';
import { exclusiveFlow, goodFlow, sequenceFlow } from '../../fixtures/flows.js';

const origins: FlowDefinition[] = [
  sequenceFlow,
  goodFlow,
  exclusiveFlow,
  { ...sequenceFlow, layout: {} },
  { ...goodFlow, layout: { nodes: { start: { x: 0, y: 0 }, accept: { x: 100, y: 0 } } } },
  { nodes: [], edges: [] },
];

const coord = fc.integer({ min: -500, max: 500 });
const pick = fc.nat(50);
const kind = fc.constantFrom('start' as const, 'step' as const, 'parallel' as const, 'exclusive' as const, 'end' as const);
const nodePatch = fc.constantFrom<NodePatch[]>(
  { name: '受理' },
  { departmentId: 'dept-b' },
  { departmentId: undefined },
  { deadlineDays: 3, mode: 'countersign' as const, assignees: ['li', 'wang'] },
  { stepType: undefined, mode: undefined },
  { outcome: 'denied' as const },
);
const edgePatch = fc.constantFrom<EdgePatch[]>(
  { isDefault: true },
  { isDefault: undefined },
  { label: '是' },
  { label: undefined, condition: { '>': [{ var: 'score' }, 60] } },
  { condition: undefined },
);

type Intent = (flow: FlowDefinition) => FlowCommand | undefined;
/** Names an intent so a counterexample reads `connect(3, 7)` rather than function source. */
const named = (name: string, make: Intent): Intent => Object.assign(make, { [fc.toStringMethod]: () => name });
const at = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);
const nodeId = (flow: FlowDefinition, i: number) => at(flow.nodes, i)?.id;
const edgeId = (flow: FlowDefinition, i: number) => at(flow.edges, i)?.id;

const intent: fc.Arbitrary<Intent> = fc.oneof(
  fc.tuple(kind, coord, coord, fc.boolean()).map(([k, x, y, withId]): Intent => named(`add(${k}, ${x}, ${y}, ${withId})`, (f) => ({ type: 'node.add', kind: k, position: { x, y }, ...(withId ? { id: `n${f.nodes.length}` } : {}) }))),
  pick.map((i): Intent => named(`remove(${i})`, (f) => (nodeId(f, i) === undefined ? undefined : { type: 'node.remove', id: nodeId(f, i)! }))),
  fc.tuple(pick, nodePatch).map(([i, patch]): Intent => named(`update(${i}, ${JSON.stringify(patch)})`, (f) => (nodeId(f, i) === undefined ? undefined : { type: 'node.update', id: nodeId(f, i)!, patch }))),
  fc.tuple(pick, coord, coord).map(([i, x, y]): Intent => named(`move(${i}, ${x}, ${y})`, (f) => (nodeId(f, i) === undefined ? undefined : { type: 'node.move', id: nodeId(f, i)!, position: { x, y } }))),
  fc.tuple(pick, pick).map(([i, j]): Intent => named(`connect(${i}, ${j})`, (f) => {
    const [source, target] = [nodeId(f, i), nodeId(f, j)];
    return source === undefined || target === undefined ? undefined : { type: 'edge.connect', source, target };
  })),
  pick.map((i): Intent => named(`disconnect(${i})`, (f) => (edgeId(f, i) === undefined ? undefined : { type: 'edge.remove', id: edgeId(f, i)! }))),
  fc.tuple(pick, edgePatch).map(([i, patch]): Intent => named(`updateEdge(${i}, ${JSON.stringify(patch)})`, (f) => (edgeId(f, i) === undefined ? undefined : { type: 'edge.update', id: edgeId(f, i)!, patch }))),
  fc.array(fc.tuple(pick, fc.option(fc.tuple(coord, coord))), { minLength: 1, maxLength: 4 }).map((moves): Intent => named(`layout(${JSON.stringify(moves)})`, (f) => {
    const positions: Record<string, { x: number; y: number } | null> = {};
    for (const [i, p] of moves) {
      const id = nodeId(f, i);
      if (id !== undefined) positions[id] = p === null ? null : { x: p[0], y: p[1] };
    }
    return { type: 'flow.layout', positions };
  })),
);

describe('CommandStack property', () => {
  const stats = { drawn: 0, accepted: 0 };
  it('n accepted commands then n undos restore the original; n redos restore the result', () => {
    fc.assert(
      fc.property(fc.constantFrom(...origins), fc.array(intent, { minLength: 1, maxLength: 40, size: 'medium' }), (origin, intents) => {
        const snapshot = structuredClone(origin);
        const stack = new CommandStack(origin);
        let accepted = 0;
        for (const make of intents) {
          const cmd = make(stack.flow);
          if (cmd !== undefined && stack.execute(cmd) === undefined) accepted++;
        }
        const edited = stack.flow;
        stats.drawn += intents.length;
        stats.accepted += accepted;
        for (let i = 0; i < accepted; i++) expect(stack.undo()).toBe(true);
        expect(stack.canUndo).toBe(false);
        expect(stack.flow).toStrictEqual(origin);
        expect(origin).toStrictEqual(snapshot);
        for (let i = 0; i < accepted; i++) stack.redo();
        expect(stack.flow).toStrictEqual(edited);
      }),
      { numRuns: 300 },
    );
    // Guard against a vacuous property: most drawn commands must actually run.
    expect(stats.accepted / stats.drawn).toBeGreaterThan(0.5);
    console.log(`property: ${stats.accepted} of ${stats.drawn} drawn commands accepted`);
  });
});
