/**
 * The flow as a list an applicant reads top to bottom (the guide on a phone, where a drawing does
 * not fit): its steps and ends in the order a case meets them, each step marked when it runs in
 * parallel with others (after a parallel fork) or only on one branch (after an exclusive gateway,
 * with the branch's label). Pure.
 */
import type { FlowDefinition, FlowNode } from '../../../../schemas/types.generated.js';
import { edgeCanvasLabel } from '../../../../designer/flow/xyflow-mapping.js';

export interface FlowStepRow {
  node: FlowNode;
  /** Position in the case's way: the most steps any path from the start passes before this one. */
  level: number;
  /** Runs at the same time as the other steps of its fork. */
  parallel: boolean;
  /** Taken only on this branch of an exclusive gateway (its label, condition or 否则). */
  branch?: string;
}

/**
 * 1. Order the nodes from the start (Kahn's algorithm; nodes on a cycle, e.g. a return edge, are
 *    reached by their other incoming edges — edges closing a cycle are dropped when stuck).
 * 2. Give each node a level: the longest count of steps on a path before it.
 * 3. Keep steps and ends, by (ends last — granted before denied, the way most cases end first —,
 *    level, definition order); mark parallel and branch.
 *
 * @example flowSteps(def.flow).map((r) => r.node.name) // ['窗口受理', '现场核查', '审查决定', …]
 */
export function flowSteps(flow: FlowDefinition, describe?: (condition: unknown) => string): FlowStepRow[] {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const edges = flow.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  const incoming = new Map(flow.nodes.map((n) => [n.id, edges.filter((e) => e.target === n.id)]));
  const outgoing = new Map(flow.nodes.map((n) => [n.id, edges.filter((e) => e.source === n.id)]));
  // 1 + 2
  const pending = new Map(flow.nodes.map((n) => [n.id, incoming.get(n.id)!.length]));
  const level = new Map<string, number>();
  const done = new Set<string>();
  const ready = flow.nodes.filter((n) => pending.get(n.id) === 0).map((n) => n.id);
  for (const id of ready) level.set(id, 0);
  while (done.size < flow.nodes.length) {
    let id = ready.shift();
    if (id === undefined) {
      // Stuck on a cycle: release the earliest reached node still waiting.
      id = flow.nodes.find((n) => !done.has(n.id) && level.has(n.id))?.id ?? flow.nodes.find((n) => !done.has(n.id))!.id;
      level.set(id, level.get(id) ?? 0);
    }
    if (done.has(id)) continue;
    done.add(id);
    const after = level.get(id)! + (byId.get(id)!.kind === 'step' ? 1 : 0);
    for (const e of outgoing.get(id)!) {
      if (done.has(e.target)) continue;
      level.set(e.target, Math.max(level.get(e.target) ?? 0, after));
      const left = pending.get(e.target)! - 1;
      pending.set(e.target, left);
      if (left === 0) ready.push(e.target);
    }
  }
  // 3
  const order = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const rank = (n: FlowNode) => (n.kind === 'step' ? 0 : n.outcome === 'denied' ? 2 : 1);
  return flow.nodes
    .filter((n) => n.kind === 'step' || n.kind === 'end')
    .sort((a, b) => rank(a) - rank(b) || level.get(a.id)! - level.get(b.id)! || order.get(a.id)! - order.get(b.id)!)
    .map((node) => {
      const ins = incoming.get(node.id)!;
      const parallel = node.kind === 'step' && ins.some((e) => byId.get(e.source)!.kind === 'parallel' && outgoing.get(e.source)!.length > 1);
      const fromExclusive = ins.length > 0 && ins.every((e) => byId.get(e.source)!.kind === 'exclusive');
      const labels = fromExclusive ? ins.map((e) => edgeCanvasLabel(e, describe)).filter((l): l is string => l !== undefined) : [];
      return { node, level: level.get(node.id)!, parallel, ...(labels.length > 0 ? { branch: labels.join(' / ') } : {}) };
    });
}
