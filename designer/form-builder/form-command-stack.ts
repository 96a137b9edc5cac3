import type { FormDefinition } from '../../schemas/types.generated.js';
import { applyFormCommand, type FormCommand } from './form-commands.js';

/** An applied command and the command that reverts it. */
interface Entry {
  command: FormCommand;
  inverse: FormCommand;
}

/**
 * The builder's undo history, after diagram-js's CommandStack: `execute` applies a command and
 * forgets anything undone before it; `undo` applies the stored inverse; `redo` applies the stored
 * command again. Holds no UI state; the React layer reads `form` after each call.
 *
 * @example
 * const stack = new FormCommandStack(matter.form);
 * stack.execute({ type: 'field.add', kind: 'mobile' });
 * stack.undo(); // stack.form is the original form again (the same object)
 */
export class FormCommandStack {
  #form: FormDefinition;
  #done: Entry[] = [];
  #undone: Entry[] = [];

  constructor(form: FormDefinition) {
    this.#form = form;
  }

  get form(): FormDefinition {
    return this.#form;
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** Applies a command; on error the form and the history are unchanged and the error is returned. */
  execute(command: FormCommand): { error: string } | undefined {
    const result = applyFormCommand(this.#form, command);
    if ('error' in result) return { error: result.error };
    this.#form = result.form;
    this.#done.push({ command, inverse: result.inverse });
    this.#undone = [];
    return undefined;
  }

  /** Reverts the last executed (or redone) command; false when there is none. */
  undo(): boolean {
    const entry = this.#done.pop();
    if (entry === undefined) return false;
    const result = applyFormCommand(this.#form, entry.inverse);
    // Inverses are `form.restore`, which cannot fail; a failure here would be a bug worth surfacing.
    if ('error' in result) throw new Error(`undo failed: ${result.error}`);
    this.#form = result.form;
    this.#undone.push({ command: entry.command, inverse: result.inverse });
    return true;
  }

  /**
   * Re-applies the last undone command by applying the inverse of its undo (the form as it was
   * after the command), so redo gives back the very same form object instead of recomputing it.
   */
  redo(): boolean {
    const entry = this.#undone.pop();
    if (entry === undefined) return false;
    const result = applyFormCommand(this.#form, entry.inverse);
    if ('error' in result) throw new Error(`redo failed: ${result.error}`);
    this.#form = result.form;
    this.#done.push({ command: entry.command, inverse: result.inverse });
    return true;
  }
}
