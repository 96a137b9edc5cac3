import type { FlowEdge, FlowNode } from '../../schemas/types.generated.js';

const KIND_WORDS: Record<FlowNode['kind'], string> = {
  start: 'start node',
  step: 'step',
  parallel: 'parallel gateway',
  exclusive: 'exclusive gateway',
  end: 'end node',
};

/**
 * A node as messages name it: kind, name and id, e.g. `step "Review" (review)`. The id is what
 * stays stable across renames; the name is what the editor sees on the canvas.
 */
export function nodeLabel(node: FlowNode): string {
  return `${KIND_WORDS[node.kind] ?? 'node'} "${node.name}" (${node.id})`;
}

/** A node's name and id only, for lists: `"Review" (review)`. */
export function nodeShortLabel(node: FlowNode): string {
  return `"${node.name}" (${node.id})`;
}

/**
 * An edge as messages name it: its id, its label if any, and the names of its ends, e.g.
 * `edge e3 "yes" ("Check" → "Review")`. Unknown ends are shown by id.
 */
export function edgeLabel(edge: FlowEdge, nodeById: ReadonlyMap<string, FlowNode>): string {
  const end = (id: string): string => {
    const node = nodeById.get(id);
    return node === undefined ? id : `"${node.name}"`;
  };
  const label = edge.label ? ` "${edge.label}"` : '';
  return `edge ${edge.id}${label} (${end(edge.source)} → ${end(edge.target)})`;
}
