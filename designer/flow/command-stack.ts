import type { FlowDefinition } from '../../schemas/types.generated.js';
import type { FlowCommand } from './flow-command.js';
import { applyCommands } from './flow-commands.js';

/** What the stack tells its listener after every change of the current flow. */
export interface CommandStackEvent {
  type: 'command.executed' | 'command.undone' | 'command.redone';
  flow: FlowDefinition;
  commands: readonly FlowCommand[];
}

interface Entry {
  /** What the user did, replayed by redo. */
  commands: readonly FlowCommand[];
  /** What undoes it, recorded when it ran. */
  inverse: readonly FlowCommand[];
}

/**
 * The undo/redo history of one flow being edited, after diagram-js's CommandStack but over plain
 * data: each entry keeps the commands and the inverse `applyCommand` computed, undo runs the
 * inverse, redo runs the commands again (ids are deterministic, so redo reproduces the same flow),
 * and executing anything new drops the redo entries.
 *
 * Framework-free (STYLE rule 1): a React hook creates one, subscribes with `onChange` and
 * calls `destroy` on unmount.
 *
 * @example
 * const stack = new CommandStack(def.flow);
 * const off = stack.onChange(({ flow }) => setFlow(flow));
 * const refused = stack.execute({ type: 'edge.connect', source: 'accept', target: 'review' });
 * if (refused) message.error(refused.error);
 * stack.undo();
 */
export class CommandStack {
  private current: FlowDefinition;
  private readonly done: Entry[] = [];
  private readonly undone: Entry[] = [];
  private readonly listeners = new Set<(event: CommandStackEvent) => void>();

  /** @param limit entries kept for undo; the oldest go first. */
  constructor(flow: FlowDefinition, private readonly limit = 200) {
    this.current = flow;
  }

  /** The flow as it stands now. */
  get flow(): FlowDefinition {
    return this.current;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /**
   * Runs a command, or several as one undoable step (all or nothing); an empty list is a no-op.
   * @returns `undefined` when done, `{ error }` when refused (the flow and history are unchanged).
   */
  execute(cmd: FlowCommand | readonly FlowCommand[]): { error: string } | undefined {
    const commands = Array.isArray(cmd) ? (cmd as readonly FlowCommand[]) : [cmd as FlowCommand];
    // An empty gesture (e.g. only selection changes) must not become an undo step that does nothing.
    if (commands.length === 0) return undefined;
    const result = applyCommands(this.current, commands);
    if ('error' in result) return result;
    this.done.push({ commands, inverse: result.inverse });
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.current = result.flow;
    this.emit('command.executed', commands);
    return undefined;
  }

  /** Reverts the last executed step; false when there is none. */
  undo(): boolean {
    const entry = this.done.pop();
    if (entry === undefined) return false;
    this.current = mustApply(this.current, entry.inverse);
    this.undone.push(entry);
    this.emit('command.undone', entry.inverse);
    return true;
  }

  /** Re-applies the last undone step; false when there is none. */
  redo(): boolean {
    const entry = this.undone.pop();
    if (entry === undefined) return false;
    const result = applyCommands(this.current, entry.commands);
    if ('error' in result) throw new Error(`redo failed: ${result.error}`);
    // The fresh inverse is the right one for this exact flow; it equals the old one by determinism.
    this.done.push({ commands: entry.commands, inverse: result.inverse });
    this.current = result.flow;
    this.emit('command.redone', entry.commands);
    return true;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: (event: CommandStackEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drops listeners and history. */
  destroy(): void {
    this.listeners.clear();
    this.done.length = 0;
    this.undone.length = 0;
  }

  private emit(type: CommandStackEvent['type'], commands: readonly FlowCommand[]): void {
    const event: CommandStackEvent = { type, flow: this.current, commands };
    for (const listener of this.listeners) listener(event);
  }
}

/** An inverse can only fail if the history and the flow disagree: a bug, not a user error. */
function mustApply(flow: FlowDefinition, commands: readonly FlowCommand[]): FlowDefinition {
  const result = applyCommands(flow, commands);
  if ('error' in result) throw new Error(`undo failed: ${result.error}`);
  return result.flow;
}
