/**
 * The working copy one transition edits. `advance` is pure to its callers: it clones the state
 * once, lets the action handlers edit the clone in place (simpler than threading immutable
 * updates through routing), and hands back the clone with the effects it collected.
 */
import type { CaseStatus } from '../../schemas/types.generated.js';
import type { CaseState, HistoryEntry } from './case-state.js';
import type { Actor, EngineContext, EngineDefinition } from './engine-definition.js';
import type { EngineEffect, Transition } from './engine-effect.js';
import { EngineError } from './engine.error.js';
import { indexFlow, type FlowIndex } from './flow-index.js';
import { chinaDateOf, isProvisional, setFlag } from './working-days.js';

export class Draft {
  readonly effects: EngineEffect[] = [];
  readonly flow: FlowIndex;
  /** China date of `ctx.now`. */
  readonly today: string;

  constructor(
    readonly def: EngineDefinition,
    readonly state: CaseState,
    readonly ctx: EngineContext,
    readonly actor: Actor,
  ) {
    this.flow = indexFlow(def.flow);
    try {
      this.today = chinaDateOf(ctx.now);
    } catch (e) {
      throw new EngineError('INVALID_INPUT', `ctx.now: ${(e as Error).message}`);
    }
  }

  /** A fresh id from the state's counter: deterministic, so a replay makes the same ids. */
  newId(prefix: 'T' | 'K' | 'F'): string {
    const n = this.state.nextId++;
    const local = `${prefix}${n}`;
    return prefix === 'T' && this.state.caseNo !== undefined ? `${this.state.caseNo}-${local}` : local;
  }

  emit(effect: EngineEffect): void {
    this.effects.push(effect);
  }

  setStatus(to: CaseStatus): void {
    const from = this.state.status;
    if (from === to) return;
    this.state.status = to;
    this.emit({ type: 'case.status_changed', from, to });
  }

  /** Sets the decision due date and its 预计 flag (the count from acceptance crosses a provisional day). */
  setDueDate(dueDate: string | undefined): void {
    if (dueDate === undefined) return;
    const s = this.state;
    const start = s.acceptedAt === undefined ? this.today : chinaDateOf(s.acceptedAt);
    setFlag(s, 'dueDateProvisional', isProvisional(start, dueDate, this.ctx.calendar));
    if (dueDate === s.dueDate) return;
    s.dueDate = dueDate;
    this.emit({ type: 'case.due_date_changed', dueDate });
  }

  /** Appends the one history entry of this action. */
  record(action: string, detail: Record<string, unknown>, at: { taskId?: string; nodeId?: string } = {}): void {
    const entry: HistoryEntry = { at: this.ctx.now, action, actor: { ...this.actor }, ...at, detail };
    this.state.history.push(entry);
  }

  /** The transition: the case version is bumped once, whatever the action changed. */
  finish(): Transition {
    this.state.version += 1;
    return { state: this.state, effects: this.effects };
  }
}

/** A deep copy of a JSON state: the caller's object is never touched. */
export function cloneState(state: CaseState): CaseState {
  return structuredClone(state);
}
