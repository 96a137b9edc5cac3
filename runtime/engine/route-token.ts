/**
 * Moving tokens through the flow until each rests at a step (with an open task), waits at a
 * join, or is consumed by an end node.
 */
import type { FlowNode } from '../../schemas/types.generated.js';
import type { Token } from './case-state.js';
import { chooseEdge } from './choose-edge.js';
import { concludeCase } from './conclude.js';
import type { Draft } from './draft.js';
import { EngineError } from './engine.error.js';
import { gatewayRule } from './rights-notice.js';
import { openTask } from './task-book.js';

/**
 * Moves `token` off the node it stands on (start, or a step whose task just completed) and
 * routes it and every token it forks into:
 * 1. take the leaving edge with {@link chooseEdge};
 * 2. a step: the token rests there and the step's task opens;
 * 3. an exclusive gateway (or a pass-through parallel one): take the next edge;
 * 4. a parallel join (several incoming edges): wait until every branch of the fork instance on
 *    top of the token's stack has arrived, then continue with one token, one level out;
 * 5. a parallel fork (several outgoing edges): record a fork instance and send one token per edge;
 * 6. an end: the token is consumed; the last token to end concludes the case with the end's
 *    outcome — a denial names the step that led there and the last exclusive choice (`via`),
 *    whose rule in words is the denial's reasons.
 * Gateways only ever lead on, so a bound on hops catches gateway-only cycles.
 */
export function moveOn(d: Draft, token: Token): void {
  d.state.tokens = d.state.tokens.filter((t) => t.id !== token.id);
  const fromStep = token.taskId === undefined ? undefined : d.state.tasks.find((t) => t.id === token.taskId)?.stepName;
  const moving: Token = { id: token.id, nodeId: token.nodeId, forkStack: [...token.forkStack], ...(token.via !== undefined ? { via: token.via } : {}) };
  // 1. Leave the current node.
  moving.nodeId = chooseEdge(d, d.flow.node(moving.nodeId)).target;
  const queue: Token[] = [moving];
  let hops = 0;
  const limit = 10 * (d.def.flow.nodes.length + d.def.flow.edges.length) + 10;
  while (queue.length > 0) {
    if (++hops > limit) throw new EngineError('INVALID_STATE', 'the flow loops through gateways without reaching a step');
    const t = queue.shift()!;
    const node = d.flow.node(t.nodeId);
    switch (node.kind) {
      case 'step': // 2.
        d.state.tokens.push(t);
        openTask(d, node, t);
        break;
      case 'start':
      case 'exclusive': { // 3.
        const taken = chooseEdge(d, node);
        if (node.kind === 'exclusive' && d.flow.outgoing(node.id).length > 1) t.via = taken.id;
        t.nodeId = taken.target;
        queue.push(t);
        break;
      }
      case 'parallel': {
        const through = d.flow.incoming(node.id).length >= 2 ? join(d, t, node) : t; // 4.
        if (through) queue.push(...fork(d, through, node)); // 5.
        break;
      }
      case 'end': // 6.
        if (d.state.tokens.length === 0 && queue.length === 0) {
          const outcome = node.outcome ?? 'granted';
          // A gateway's denial is reasoned by its rule in words (as the notice prints it), never
          // the end's name; without a rule, the last comment, then the end's name.
          const reasons = outcome === 'denied' ? gatewayRule(d, t.via) ?? lastComment(d) ?? node.name : undefined;
          concludeCase(d, outcome, reasons, { nodeId: node.id, ...(fromStep !== undefined ? { stepName: fromStep } : {}), ...(t.via !== undefined ? { edgeId: t.via } : {}) });
        }
        break;
    }
  }
}

/** 4. Park the token at the join; on the last arrival, the token that continues, else nothing. */
function join(d: Draft, t: Token, node: FlowNode): Token | undefined {
  const forkId = t.forkStack.at(-1);
  const instance = d.state.forks.find((f) => f.id === forkId);
  if (forkId === undefined || instance === undefined) {
    throw new EngineError('INVALID_STATE', `join "${node.name}" (${node.id}) was reached by a branch no fork started`);
  }
  d.state.tokens.push({ ...t, waiting: true });
  const arrived = d.state.tokens.filter((k) => k.waiting && k.nodeId === node.id && k.forkStack.at(-1) === forkId);
  if (arrived.length < instance.branches) return undefined;
  d.state.tokens = d.state.tokens.filter((k) => !arrived.includes(k));
  d.state.forks = d.state.forks.filter((f) => f.id !== forkId);
  d.emit({ type: 'flow.joined', nodeId: node.id, forkId, branches: instance.branches });
  return { id: d.newId('K'), nodeId: node.id, forkStack: t.forkStack.slice(0, -1), ...(t.via !== undefined ? { via: t.via } : {}) };
}

/** 5. The tokens leaving a parallel gateway: one per edge when it forks, else the token itself. */
function fork(d: Draft, t: Token, node: FlowNode): Token[] {
  const edges = d.flow.outgoing(node.id);
  if (edges.length === 0) throw new EngineError('INVALID_STATE', `parallel gateway "${node.name}" (${node.id}) has no outgoing edge`);
  if (edges.length === 1) return [{ ...t, nodeId: edges[0].target }];
  const id = d.newId('F');
  d.state.forks.push({ id, nodeId: node.id, branches: edges.length, outer: [...t.forkStack] });
  return edges.map((e) => ({ id: d.newId('K'), nodeId: e.target, forkStack: [...t.forkStack, id], ...(t.via !== undefined ? { via: t.via } : {}) }));
}

function lastComment(d: Draft): string | undefined {
  for (let i = d.state.tasks.length - 1; i >= 0; i--) {
    const c = d.state.tasks[i].comment;
    if (c !== undefined && c !== '') return c;
  }
  return undefined;
}
