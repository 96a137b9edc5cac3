import { checkCondition } from '../conditions/condition-check.js';
import { conditionVariables } from '../conditions/condition-variables.js';
import { toFlowDag } from '../flow/flow-dag.js';
import { buildFlowGraph, incomingOf, outgoingOf, type FlowGraph } from '../flow/flow-graph.js';
import { edgeLabel, nodeLabel, nodeShortLabel } from '../flow/flow-labels.js';
import { analyzeForkJoinOfGraph, type ForkJoinProblem, type JoinOrigin } from '../flow/fork-join.js';
import { promisePath } from '../metrics/promise-path.js';
import type { FlowEdge, FlowNode, MatterDefinition } from '../../schemas/types.generated.js';
import type { LintContext, LintFinding } from './lint-finding.js';

/**
 * The flow checks of the matter lint: structure (ids, start and end, cycles, reachability,
 * fork/join blocks), steps (department, deadline, materials, signing), exclusive gateways and
 * their conditions, and the critical path after acceptance against the promised deadline. Errors block
 * publication, so a published flow is one the engine can always run to an end.
 *
 * Every finding has a stable `rule`, a message naming the node or edge by name and id, a JSON
 * Pointer `path` into the definition (to the property at fault where there is one) and the
 * `nodeId` / `edgeId` / `materialId` / `field` it concerns.
 *
 * @example lintFlow(def, ctx).filter((f) => f.severity === 'error')
 */
export function lintFlow(def: MatterDefinition, ctx: LintContext): LintFinding[] {
  const graph = buildFlowGraph(def.flow);
  const dag = toFlowDag(graph);
  const f = new Findings(graph);
  checkIds(graph, f);
  checkStartAndEnd(graph, f);
  checkConnectivity(graph, dag.backEdges, f);
  checkForkJoin(graph, analyzeForkJoinOfGraph(graph, dag).problems, f);
  checkNodes(def, ctx, graph, f);
  checkGateways(graph, f);
  checkBranching(graph, f);
  checkConditions(ctx, graph, f);
  // The promise runs from acceptance: the accept step's days do not count (see promisePath).
  const cp = promisePath(graph, dag);
  if (cp.days > def.promisedDays) {
    const names = cp.nodeIds.filter((id) => id !== cp.acceptNodeId).map((id) => graph.nodeById.get(id)!).filter((n) => n.kind === 'step').map((n) => `"${n.name}"`);
    f.flow('error', 'flow.critical-path-exceeds-promise', '/promisedDays',
      `after acceptance the critical path takes ${cp.days} working days (${names.join(' → ')}), more than the promised ${def.promisedDays} working days`);
  }
  return f.list;
}

/** Collects findings and fills in JSON Pointers from node and edge positions. */
class Findings {
  readonly list: LintFinding[] = [];
  constructor(private readonly graph: FlowGraph) {}

  node(severity: LintFinding['severity'], rule: string, node: FlowNode, message: string, property = '', extra: Partial<LintFinding> = {}): void {
    const path = `/flow/nodes/${this.graph.nodeIndex.get(node.id)}${property}`;
    this.list.push({ severity, rule, message, path, nodeId: node.id, ...extra });
  }

  edge(severity: LintFinding['severity'], rule: string, edge: FlowEdge, message: string, property = '', extra: Partial<LintFinding> = {}): void {
    const path = `/flow/edges/${this.graph.edgeIndex.get(edge)}${property}`;
    this.list.push({ severity, rule, message, path, edgeId: edge.id, ...extra });
  }

  flow(severity: LintFinding['severity'], rule: string, path: string, message: string): void {
    this.list.push({ severity, rule, message, path });
  }

  label(edge: FlowEdge): string {
    return edgeLabel(edge, this.graph.nodeById);
  }
}

/** flow.duplicate-id, flow.dangling-edge. Nodes and edges are separate id spaces, as in @xyflow/react. */
function checkIds(graph: FlowGraph, f: Findings): void {
  const { nodes, edges } = graph.flow;
  const seenNodes = new Set<string>();
  nodes.forEach((node, i) => {
    if (seenNodes.has(node.id)) {
      f.list.push({ severity: 'error', rule: 'flow.duplicate-id', path: `/flow/nodes/${i}/id`, nodeId: node.id,
        message: `${nodeLabel(node)} repeats the id of ${nodeLabel(graph.nodeById.get(node.id)!)}; node ids must be unique` });
    }
    seenNodes.add(node.id);
  });
  const seenEdges = new Set<string>();
  for (const edge of edges) {
    if (seenEdges.has(edge.id)) {
      f.edge('error', 'flow.duplicate-id', edge, `${f.label(edge)} repeats an edge id used before; edge ids must be unique`, '/id');
    }
    seenEdges.add(edge.id);
    const missing = (['source', 'target'] as const).filter((end) => !graph.nodeById.has(edge[end]));
    for (const end of missing) {
      f.edge('error', 'flow.dangling-edge', edge, `the ${end} "${edge[end]}" of ${f.label(edge)} is not a node of the flow`, `/${end}`);
    }
  }
}

/** flow.start-count, flow.no-end, flow.start-incoming, flow.end-outgoing, flow.end-outcome, flow.no-granted-end. */
function checkStartAndEnd(graph: FlowGraph, f: Findings): void {
  const starts = graph.startIds.map((id) => graph.nodeById.get(id)!);
  if (starts.length === 0) f.flow('error', 'flow.start-count', '/flow/nodes', 'the flow has no start node; it needs exactly one');
  for (const extra of starts.slice(1)) {
    f.node('error', 'flow.start-count', extra, `${nodeLabel(extra)} is one of ${starts.length} start nodes; a flow has exactly one`);
  }
  for (const start of starts) {
    for (const e of incomingOf(graph, start.id)) f.node('error', 'flow.start-incoming', start, `${nodeLabel(start)} has an incoming ${f.label(e)}; nothing may lead into the start`);
  }
  const ends = graph.endIds.map((id) => graph.nodeById.get(id)!);
  if (ends.length === 0) f.flow('error', 'flow.no-end', '/flow/nodes', 'the flow has no end node');
  for (const end of ends) {
    for (const e of outgoingOf(graph, end.id)) f.node('error', 'flow.end-outgoing', end, `${nodeLabel(end)} has an outgoing ${f.label(e)}; nothing may follow an end`);
    if (end.outcome === undefined) f.node('error', 'flow.end-outcome', end, `${nodeLabel(end)} has no outcome; set granted or denied`, '/outcome');
  }
  if (ends.length > 0 && !ends.some((n) => n.outcome === 'granted')) {
    f.flow('error', 'flow.no-granted-end', '/flow/nodes', 'no end node has the outcome granted, so no application could ever succeed');
  }
}

/** flow.cycle, flow.unreachable, flow.dead-end. */
function checkConnectivity(graph: FlowGraph, backEdges: ReadonlySet<FlowEdge>, f: Findings): void {
  for (const edge of backEdges) {
    const cycle = graph.cycles.find((c) => c.includes(edge.source)) ?? [edge.source];
    const names = cycle.map((id) => nodeShortLabel(graph.nodeById.get(id)!)).join(', ');
    f.edge('error', 'flow.cycle', edge,
      `${f.label(edge)} closes a cycle through ${names}; flows are acyclic: returning to an earlier step is a "return" action at run time, not an edge`);
  }
  for (const node of graph.nodes) {
    if (graph.startIds.length > 0 && !graph.reachableFromStart.has(node.id)) {
      f.node('error', 'flow.unreachable', node, `${nodeLabel(node)} cannot be reached from the start node`);
    }
    if (node.kind === 'end') continue;
    if (outgoingOf(graph, node.id).length === 0) {
      f.node('error', 'flow.dead-end', node, `${nodeLabel(node)} has no outgoing edge; a case reaching it could never conclude`);
    } else if (graph.endIds.length > 0 && !graph.canReachEnd.has(node.id)) {
      f.node('error', 'flow.dead-end', node, `no end node can be reached from ${nodeLabel(node)}; a case reaching it could never conclude`);
    }
  }
}

/** flow.fork-join. */
function checkForkJoin(graph: FlowGraph, problems: readonly ForkJoinProblem[], f: Findings): void {
  const node = (id: string): FlowNode => graph.nodeById.get(id)!;
  const edgeById = new Map<string, FlowEdge>();
  for (const e of graph.edges) if (!edgeById.has(e.id)) edgeById.set(e.id, e);
  const edge = (id: string): FlowEdge => edgeById.get(id)!;
  const origins = (list: readonly JoinOrigin[]): string =>
    list.map((o) => `edge ${o.edgeId} from ${o.originId === undefined ? 'no gateway' : nodeLabel(node(o.originId))}`).join('; ');
  for (const p of problems) {
    switch (p.kind) {
      case 'fork-without-join':
        f.node('error', 'flow.fork-join', node(p.forkId), `the branches of ${nodeLabel(node(p.forkId))} do not all meet again at one parallel join`);
        break;
      case 'branch-escapes':
        f.edge('error', 'flow.fork-join', edge(p.edgeId),
          `the branch of ${nodeLabel(node(p.forkId))} along ${f.label(edge(p.edgeId))} reaches ${nodeLabel(node(p.endId))} without passing a parallel join`);
        break;
      case 'branch-count-mismatch':
        f.node('error', 'flow.fork-join', node(p.forkId),
          `${nodeLabel(node(p.forkId))} has ${p.branches} branches but they meet at ${nodeLabel(node(p.joinId))}, which has ${p.incoming} incoming edges; give each fork its own join with one incoming edge per branch`);
        break;
      case 'join-without-fork':
      case 'join-mixed-origins': {
        const conditional = p.origins.some((o) => o.originId !== undefined && node(o.originId).kind === 'exclusive');
        const why = conditional
          ? 'a join waits for every incoming edge, and a branch of an exclusive gateway is taken only sometimes, so the case can wait forever (deadlock)'
          : 'a join waits for one branch per incoming edge, so all must come from the same parallel fork';
        const what = p.kind === 'join-without-fork' ? 'is not preceded by a matching parallel fork' : 'has incoming branches from different origins';
        f.node('error', 'flow.fork-join', node(p.joinId), `${nodeLabel(node(p.joinId))} ${what} (${origins(p.origins)}): ${why}`);
        break;
      }
    }
  }
}

/**
 * flow.step-department, flow.step-deadline, flow.countersign-assignees, flow.accept-deadline,
 * flow.accepting-desk-step, flow.checks-unknown-material, flow.accept-step.
 */
function checkNodes(def: MatterDefinition, ctx: LintContext, graph: FlowGraph, f: Findings): void {
  const materialIds = new Set((def.materials ?? []).map((m) => m.id));
  const steps = graph.nodes.filter((n) => n.kind === 'step');
  for (const step of steps) {
    if (step.departmentId === undefined) {
      f.node('error', 'flow.step-department', step, `${nodeLabel(step)} has no department`, '/departmentId');
    } else if (!ctx.departmentIds.has(step.departmentId)) {
      f.node('error', 'flow.step-department', step, `${nodeLabel(step)} names the department "${step.departmentId}", which does not exist`, '/departmentId');
    }
    if (step.deadlineDays === undefined) {
      f.node('warning', 'flow.step-deadline', step, `${nodeLabel(step)} has no deadline; it counts as 0 working days on the critical path and is never overdue`, '/deadlineDays');
    }
    if ((step.mode === 'countersign' || step.mode === 'anysign') && (step.assignees?.length ?? 0) < 2) {
      f.node('warning', 'flow.countersign-assignees', step, `${nodeLabel(step)} is ${step.mode} with fewer than 2 assignees, so ${signingWithFew(step)}`, '/assignees');
    }
    if (step.stepType === 'accept' && typeof step.deadlineDays === 'number' && step.deadlineDays > ACCEPT_LIMIT_DAYS) {
      f.node('warning', 'flow.accept-deadline', step,
        `${nodeLabel(step)} takes ${step.deadlineDays} working days, but art. 32 gives ${ACCEPT_LIMIT_DAYS} working days from receipt to accept or refuse (after that the application counts as accepted)`, '/deadlineDays');
    }
  }
  for (const node of graph.nodes) {
    if (node.atAcceptingDesk === true && (node.kind !== 'step' || node.stepType !== 'deliver')) {
      f.node('error', 'flow.accepting-desk-step', node,
        `${nodeLabel(node)} is marked to be worked at the accepting desk, which only a step of type deliver can be (统一出件: the desk that accepted issues the result)`, '/atAcceptingDesk');
    }
    (node.checksMaterials ?? []).forEach((id, k) => {
      if (materialIds.has(id)) return;
      f.node('error', 'flow.checks-unknown-material', node, `${nodeLabel(node)} checks the material "${id}", which is not a material of this matter`, `/checksMaterials/${k}`, { materialId: id });
    });
  }
  if (!steps.some((s) => s.stepType === 'accept')) {
    f.flow('warning', 'flow.accept-step', '/flow/nodes', 'no step has the type accept, so the flow has no step where applications are accepted, refused or sent back for supplements');
  }
}

/** Art. 32: the organ answers an application within 5 working days of receipt. */
export const ACCEPT_LIMIT_DAYS = 5;

/**
 * Who signs a countersign or any-sign step with fewer than 2 assignees, as the engine runs it: with
 * none, the first approval by anyone of the department completes the step; with one, that person
 * alone signs, as in a single step.
 */
function signingWithFew(step: FlowNode): string {
  const [only] = step.assignees ?? [];
  if (only !== undefined) return `only "${only}" signs and the step works like a single one`;
  return step.mode === 'countersign'
    ? "one approval by anyone in the department's inbox completes it, like a single step"
    : "anyone in the department's inbox may sign";
}

/** flow.exclusive-branches. */
function checkGateways(graph: FlowGraph, f: Findings): void {
  for (const gateway of graph.nodes.filter((n) => n.kind === 'exclusive')) {
    const out = outgoingOf(graph, gateway.id);
    // An exclusive gateway with one way out and several ways in merges alternative branches: fine.
    const merge = out.length === 1 && incomingOf(graph, gateway.id).length > 1;
    if (out.length < 2 && !merge) {
      f.node('error', 'flow.exclusive-branches', gateway, `${nodeLabel(gateway)} has ${out.length} outgoing edge${out.length === 1 ? '' : 's'}; a choice needs at least 2`);
    }
    const defaults = out.filter((e) => e.isDefault === true);
    if (defaults.length > 1) {
      f.node('error', 'flow.exclusive-branches', gateway, `${nodeLabel(gateway)} has ${defaults.length} default edges (${defaults.map((e) => e.id).join(', ')}); at most one is allowed`);
    } else if (defaults.length === 0 && out.length >= 2) {
      f.node('warning', 'flow.exclusive-branches', gateway, `${nodeLabel(gateway)} has no default edge; a case matching no condition stops there`);
    }
    for (const e of out) {
      if (e.isDefault === true && e.condition !== undefined) {
        f.edge('warning', 'flow.exclusive-branches', e, `${f.label(e)} is the default edge and also has a condition, which is never evaluated`, '/condition');
      }
      if (!merge && e.isDefault !== true && e.condition === undefined) {
        f.edge('error', 'flow.exclusive-branches', e, `${f.label(e)} leaves ${nodeLabel(gateway)} without a condition and is not the default edge`, '/condition');
      }
    }
  }
}

/**
 * flow.branching: only gateways branch. A start or step with several outgoing edges would leave it
 * unclear whether the branches run in parallel or one is chosen; a parallel gateway that is both a
 * fork and a join hides a block boundary the engine needs.
 */
function checkBranching(graph: FlowGraph, f: Findings): void {
  for (const node of graph.nodes) {
    const out = outgoingOf(graph, node.id).length;
    if ((node.kind === 'step' || node.kind === 'start') && out > 1) {
      f.node('error', 'flow.branching', node, `${nodeLabel(node)} has ${out} outgoing edges; branch with a parallel or exclusive gateway`);
    }
    if (node.kind === 'parallel' && out > 1 && incomingOf(graph, node.id).length > 1) {
      f.node('error', 'flow.branching', node, `${nodeLabel(node)} both joins and forks; use one gateway to join and another to fork`);
    }
  }
}

/** flow.condition-invalid, flow.condition-unknown-field, flow.condition-on-non-exclusive. */
function checkConditions(ctx: LintContext, graph: FlowGraph, f: Findings): void {
  // A var may also name an object that holds fields: `applicant` when `applicant.kind` exists.
  const groups = new Set<string>();
  for (const field of ctx.fieldNames) {
    for (let dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) groups.add(field.slice(0, dot));
  }
  const known = (name: string): boolean => ctx.fieldNames.has(name) || groups.has(name);
  for (const e of graph.flow.edges) {
    if (e.condition === undefined) continue;
    const source = graph.nodeById.get(e.source);
    if (source !== undefined && source.kind !== 'exclusive') {
      f.edge('warning', 'flow.condition-on-non-exclusive', e, `${f.label(e)} has a condition but leaves ${nodeLabel(source)}, not an exclusive gateway; it is ignored`, '/condition');
    }
    const problems = checkCondition(e.condition);
    if (problems.length > 0) {
      f.edge('error', 'flow.condition-invalid', e, `the condition of ${f.label(e)} is not allowed: ${problems.join('; ')}`, '/condition');
    }
    for (const name of conditionVariables(e.condition)) {
      if (!known(name)) {
        f.edge('error', 'flow.condition-unknown-field', e, `the condition of ${f.label(e)} reads "${name}", which is not a field of the form`, '/condition', { field: name });
      }
    }
  }
}
