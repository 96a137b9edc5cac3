/**
 * Where a case stands in its flow and how it got there, for the read-only drawing: `current` are
 * the steps with an open task; `visited` the start, every step that had a task, the gateways
 * between visited nodes and, once concluded, the end of the case's outcome; `edges` the edges
 * between visited (or current) nodes. Read from the case's tasks alone, so it needs no engine.
 */
import type { FlowDefinition } from '../../../../schemas/types.generated.js';

export interface PathTask {
  nodeId: string;
  status: string;
}

export interface FlowPath {
  current: Set<string>;
  visited: Set<string>;
  edges: Set<string>;
}

export function flowPath(flow: FlowDefinition, tasks: readonly PathTask[], outcome?: string): FlowPath {
  const kind = new Map(flow.nodes.map((n) => [n.id, n]));
  const current = new Set(tasks.filter((t) => t.status === 'open').map((t) => t.nodeId));
  const reached = new Set<string>([...flow.nodes.filter((n) => n.kind === 'start').map((n) => n.id), ...tasks.map((t) => t.nodeId)]);
  const outgoing = (id: string) => flow.edges.filter((e) => e.source === id);
  const incoming = (id: string) => flow.edges.filter((e) => e.target === id);
  // A gateway was passed when a reached node leads into it and it leads on to a reached node
  // (possibly through other gateways): grow the set until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of flow.nodes) {
      if (reached.has(n.id) || (n.kind !== 'parallel' && n.kind !== 'exclusive')) continue;
      if (incoming(n.id).some((e) => reached.has(e.source)) && outgoing(n.id).some((e) => reached.has(e.target))) {
        reached.add(n.id);
        changed = true;
      }
    }
  }
  if (outcome === 'granted' || outcome === 'denied') {
    // The end of the case's outcome that a reached node (or a gateway after one) leads into.
    const ends = flow.nodes.filter((n) => n.kind === 'end' && (n.outcome ?? 'granted') === outcome);
    const into = (id: string, seen: Set<string>): boolean =>
      incoming(id).some((e) => reached.has(e.source) || (!seen.has(e.source) && kind.get(e.source)?.kind !== 'step' && kind.get(e.source)?.kind !== 'start' && into(e.source, new Set([...seen, e.source]))));
    for (const end of ends) {
      if (!into(end.id, new Set([end.id]))) continue;
      reached.add(end.id);
      // The gateways on the way there.
      const back = (id: string, seen: Set<string>) => {
        for (const e of incoming(id)) {
          const src = kind.get(e.source);
          if (!src || seen.has(src.id) || reached.has(src.id) || (src.kind !== 'parallel' && src.kind !== 'exclusive')) continue;
          if (!into(src.id, new Set([src.id]))) continue;
          reached.add(src.id);
          back(src.id, new Set([...seen, src.id]));
        }
      };
      back(end.id, new Set([end.id]));
      break;
    }
  }
  const edges = new Set(flow.edges.filter((e) => reached.has(e.source) && reached.has(e.target)).map((e) => e.id));
  return { current, visited: reached, edges };
}
