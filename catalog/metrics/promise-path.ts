import { criticalPathOfGraph, type CriticalPath } from '../flow/critical-path.js';
import { toFlowDag, type FlowDag } from '../flow/flow-dag.js';
import { outgoingOf, type FlowGraph } from '../flow/flow-graph.js';

/** The critical path measured against the promise: only what follows acceptance counts. */
export interface PromisePath extends CriticalPath {
  /**
   * The accept step (受理) whose days are left out, when the flow has one where the engine finds
   * it: the one step right after a single start, of type accept.
   */
  acceptNodeId?: string;
  /** The accept step's own deadline, counted against art. 32's 5 working days instead (0 without one). */
  acceptDays: number;
}

/**
 * The critical path of a flow with the accept step's days left out. The promised and statutory
 * clocks run from acceptance; the acceptance stage has its own limit (art. 32: 5 working days from
 * receipt), so lint and the critical-path metric compare only the days after it with the promise.
 *
 * The accept step is found as runtime/engine/flow-index.ts finds it (the only successor of the
 * only start, with stepType accept). Every path from the start passes it, so leaving it out does
 * not change which path is critical: its days are subtracted and its node stays on the path.
 * A step of type accept elsewhere is not where the engine accepts, so it counts like any step.
 *
 * @example promisePath(buildFlowGraph(def.flow)) // { nodeIds: ['start', 'accept', 'review', 'end'], days: 5, steps: 2, acceptNodeId: 'accept', acceptDays: 1 }
 */
export function promisePath(graph: FlowGraph, dag: FlowDag = toFlowDag(graph)): PromisePath {
  const cp = criticalPathOfGraph(graph, dag);
  const acceptNodeId = acceptNodeOf(graph);
  if (acceptNodeId === undefined || cp.nodeIds[1] !== acceptNodeId) return { ...cp, acceptDays: 0 };
  const acceptDays = stepDays(graph, acceptNodeId);
  return { ...cp, days: cp.days - acceptDays, acceptNodeId, acceptDays };
}

/** The engine's accept step: the only successor of the only start, when it is a step of type accept. */
export function acceptNodeOf(graph: FlowGraph): string | undefined {
  if (graph.startIds.length !== 1) return undefined;
  const out = outgoingOf(graph, graph.startIds[0]);
  if (out.length !== 1) return undefined;
  const first = graph.nodeById.get(out[0].target);
  return first?.kind === 'step' && first.stepType === 'accept' ? first.id : undefined;
}

/** A step's working days as the critical path weighs them (0 unless a finite positive number). */
function stepDays(graph: FlowGraph, id: string): number {
  const d = graph.nodeById.get(id)?.deadlineDays;
  return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d : 0;
}
