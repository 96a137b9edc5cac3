/**
 * Lookups over a flow definition that every transition needs: nodes by id, edges in and out (in
 * definition order, which is the order exclusive conditions are tried), the start node and the
 * accept step. Built once per flow object and cached, since definitions are immutable.
 */
import type { FlowDefinition, FlowEdge, FlowNode } from '../../schemas/types.generated.js';
import { EngineError } from './engine.error.js';

export interface FlowIndex {
  node(id: string): FlowNode;
  outgoing(id: string): FlowEdge[];
  incoming(id: string): FlowEdge[];
  startId: string;
  /** The step right after start when it is an accept step (受理); otherwise acceptance is case-level. */
  acceptNodeId?: string;
  /** Whether `to` can be reached from `from` along edges (`from` reaches itself). */
  reaches(from: string, to: string): boolean;
}

const cache = new WeakMap<FlowDefinition, FlowIndex>();

/** The index of a flow; refuses flows the engine cannot run (no single start, dangling edges). */
export function indexFlow(flow: FlowDefinition): FlowIndex {
  const hit = cache.get(flow);
  if (hit) return hit;
  const built = build(flow);
  cache.set(flow, built);
  return built;
}

function build(flow: FlowDefinition): FlowIndex {
  const nodes = new Map<string, FlowNode>();
  const out = new Map<string, FlowEdge[]>();
  const inc = new Map<string, FlowEdge[]>();
  for (const n of flow.nodes) {
    nodes.set(n.id, n);
    out.set(n.id, []);
    inc.set(n.id, []);
  }
  for (const e of flow.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) {
      throw new EngineError('INVALID_STATE', `flow edge "${e.id}" connects a node that does not exist`);
    }
    out.get(e.source)!.push(e);
    inc.get(e.target)!.push(e);
  }
  const starts = flow.nodes.filter((n) => n.kind === 'start');
  if (starts.length !== 1) {
    throw new EngineError('INVALID_STATE', `the flow must have exactly one start node, it has ${starts.length}`);
  }
  const startId = starts[0].id;
  const first = out.get(startId)!.length === 1 ? nodes.get(out.get(startId)![0].target) : undefined;
  const acceptNodeId = first?.kind === 'step' && first.stepType === 'accept' ? first.id : undefined;

  const node = (id: string): FlowNode => {
    const n = nodes.get(id);
    if (!n) throw new EngineError('NOT_FOUND', `the flow has no node "${id}"`);
    return n;
  };
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (id === to) return true;
      for (const e of out.get(id) ?? []) {
        if (!seen.has(e.target)) {
          seen.add(e.target);
          queue.push(e.target);
        }
      }
    }
    return false;
  };
  return {
    node,
    outgoing: (id) => out.get(id) ?? [],
    incoming: (id) => inc.get(id) ?? [],
    startId,
    acceptNodeId,
    reaches,
  };
}
