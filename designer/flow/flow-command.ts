import type { FlowDefinition, FlowEdge, FlowLayout, FlowNode, FlowNodeKind } from '../../schemas/types.generated.js';

/** A point on the canvas, top-left of the node as @xyflow/react draws it. */
export interface Position {
  x: number;
  y: number;
}

/**
 * A change to a node's semantics. `id` and `kind` are immutable (rule 4: ids are keys, and a kind
 * change is a delete plus an add). A key set to `undefined` removes that property, so an inverse
 * patch can restore a node that never had it.
 */
export type NodePatch = { [K in Exclude<keyof FlowNode, 'id' | 'kind'>]?: FlowNode[K] | undefined };

/** A change to an edge's semantics; the ends are fixed (reconnecting is remove plus connect). `undefined` removes a property. */
export type EdgePatch = { [K in Exclude<keyof FlowEdge, 'id' | 'source' | 'target'>]?: FlowEdge[K] | undefined };

/**
 * Every edit of the flow editor as plain data (STYLE rule 2), applied by `applyCommand`.
 *
 * The first eight are what the editor emits. The `*.restore` commands exist so that every inverse is
 * itself a command: they put back exactly what a removal took (array index included), which the
 * public commands cannot express because they fill in defaults.
 */
export type FlowCommand =
  | { type: 'node.add'; kind: FlowNodeKind; position: Position; id?: string; props?: NodePatch }
  | { type: 'node.remove'; id: string }
  | { type: 'node.update'; id: string; patch: NodePatch }
  | { type: 'node.move'; id: string; position: Position }
  | { type: 'edge.connect'; source: string; target: string; id?: string }
  | { type: 'edge.remove'; id: string }
  | {
      type: 'edge.update';
      id: string;
      patch: EdgePatch;
      /** false skips the behaviours (the default-flow interceptor); inverses set it so undo restores verbatim. */
      behaviours?: boolean;
    }
  /** Positions by node id; `null` forgets a node's position. */
  | { type: 'flow.layout'; positions: Record<string, Position | null> }
  | { type: 'node.restore'; node: FlowNode; index: number; position?: Position; edges: Array<{ edge: FlowEdge; index: number }> }
  | { type: 'edge.restore'; edge: FlowEdge; index: number }
  /** Replaces the whole layout block; emitted only as the inverse of the first position written into a flow without `layout.nodes`. */
  | { type: 'layout.restore'; layout: FlowLayout | undefined };

/** The command names, for exhaustive tables and switch checks. */
export type FlowCommandType = FlowCommand['type'];

/** What `applyCommand` returns: the new flow and the commands that undo it (applied in order), or why it was refused. */
export type CommandResult = { flow: FlowDefinition; inverse: FlowCommand[] } | { error: string };
