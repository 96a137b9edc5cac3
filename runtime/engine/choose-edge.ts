/**
 * Which outgoing edge a token takes from a node that does not fork: the first edge, in definition
 * order, whose condition holds (an edge without a condition always holds); otherwise the
 * `isDefault` edge. Exclusive gateways are the usual case; a step or start with several edges is
 * read the same way, so a designer's back edge without a condition after a forward one is inert.
 */
import { evaluateCondition } from '../../catalog/conditions/evaluate-condition.js';
import type { FlowEdge, FlowNode } from '../../schemas/types.generated.js';
import type { Draft } from './draft.js';
import { EngineError } from './engine.error.js';
import { conditionData } from './materials.js';

export function chooseEdge(d: Draft, node: FlowNode): FlowEdge {
  const edges = d.flow.outgoing(node.id);
  if (edges.length === 0) {
    throw new EngineError('INVALID_STATE', `${describe(node)} has no outgoing edge: the flow dead-ends there`);
  }
  if (edges.length === 1 && edges[0].condition === undefined) return edges[0];
  const facts = conditionData(d.state.data, d.state.situation, d.state.applicantKind);
  for (const e of edges) {
    if (e.isDefault === true) continue;
    if (e.condition === undefined || holds(e, facts, node)) return e;
  }
  const fallback = edges.find((e) => e.isDefault === true);
  if (fallback) return fallback;
  throw new EngineError('INVALID_STATE', `${describe(node)}: no condition on its outgoing edges holds and none is the default`);
}

function holds(e: FlowEdge, facts: Record<string, unknown>, node: FlowNode): boolean {
  try {
    return evaluateCondition(e.condition, facts);
  } catch (err) {
    throw new EngineError('INVALID_STATE', `${describe(node)}: the condition of edge "${e.id}" cannot be evaluated: ${(err as Error).message}`);
  }
}

function describe(node: FlowNode): string {
  const what = node.kind === 'exclusive' ? 'exclusive gateway' : node.kind;
  return `${what} "${node.name}" (${node.id})`;
}
