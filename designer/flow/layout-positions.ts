import type { FlowDefinition, FlowLayout } from '../../schemas/types.generated.js';
import type { FlowCommand, Position } from './flow-command.js';

/**
 * Writes positions into the layout block (`null` forgets one) and returns the commands that undo
 * it. Layout is kept apart from semantics (STYLE rule 3), so this never touches nodes or edges.
 *
 * 1. Record each node's previous position (`null` when it had none): that is the inverse.
 * 2. When the flow had no `layout.nodes`, the inverse also puts back the block as it was
 *    (absent or `{}`), so undo is deep-equal and not merely equivalent.
 * 3. Copy the position map once and apply every change to the copy; the input stays untouched.
 */
export function setPositions(
  flow: FlowDefinition,
  positions: Record<string, Position | null>,
): { flow: FlowDefinition; inverse: FlowCommand[] } {
  const before = flow.layout?.nodes;
  // 1.
  const previous: Record<string, Position | null> = {};
  for (const id of Object.keys(positions)) previous[id] = before !== undefined && Object.hasOwn(before, id) ? before[id] : null;
  const inverse: FlowCommand[] = [{ type: 'flow.layout', positions: previous }];
  // 2.
  if (before === undefined) inverse.push({ type: 'layout.restore', layout: flow.layout });
  // 3.
  const nodes: Record<string, Position> = { ...before };
  for (const [id, position] of Object.entries(positions)) {
    if (position === null) delete nodes[id];
    else nodes[id] = { x: position.x, y: position.y };
  }
  const layout: FlowLayout = { ...flow.layout, nodes };
  return { flow: { ...flow, layout }, inverse };
}

/** The position a node is drawn at, if the layout has one. */
export function positionOf(flow: FlowDefinition, id: string): Position | undefined {
  const nodes = flow.layout?.nodes;
  return nodes !== undefined && Object.hasOwn(nodes, id) ? nodes[id] : undefined;
}
