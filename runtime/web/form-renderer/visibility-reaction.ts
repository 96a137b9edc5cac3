/**
 * `x-visible-when` (a JsonLogic rule over the form data) as a Formily reaction built as a function:
 * Formily's own `{{ }}` string reactions are compiled with `new Function`, which the pages' CSP
 * forbids, and a definition is untrusted input that must never become code.
 *
 * The rule is run by the same interpreter the server uses (`evaluateCondition`), so the browser
 * shows exactly the fields the server will require. Formily runs the reaction inside an autorun:
 * the values the rule reads are tracked, and it runs again when one of them changes.
 */
import { evaluateCondition } from '../../../catalog/conditions/evaluate-condition.js';

/** What the reaction touches of a Formily field (a structural type, so tests can pass a plain object). */
export interface VisibilityTarget {
  form: { values: unknown };
  visible: boolean;
}

/**
 * A reaction showing the field while `rule` holds for the form's values. A rule the interpreter
 * refuses (which lint would have blocked from publication) leaves the field shown: hiding it would
 * silently drop an answer the server may still ask for.
 *
 * Hidden fields get Formily's display `none`: their values leave the submitted data, as the
 * server's if/then expects, and come back if the field is shown again.
 */
export function visibilityReaction(rule: unknown, evaluate: (rule: unknown, data: unknown) => boolean = evaluateCondition): (field: VisibilityTarget) => void {
  return (field) => {
    let shown = true;
    try {
      shown = evaluate(rule, field.form.values);
    } catch {
      shown = true;
    }
    field.visible = shown;
  };
}
