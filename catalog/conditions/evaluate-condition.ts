import jsonLogic from 'json-logic-js';
import { checkCondition } from './condition-check.js';

/**
 * Whether a JsonLogic condition holds for the given form data, with JsonLogic's own truthiness
 * (an empty array is false). One interpreter, no code generation: the browser and the server get
 * the same answer. Rules that {@link checkCondition} refuses are never run.
 *
 * @throws Error naming every problem when the rule is refused.
 * @example evaluateCondition({ '==': [{ var: 'applicant.kind' }, 'company'] }, { applicant: { kind: 'company' } }) // true
 */
export function evaluateCondition(rule: unknown, data: unknown): boolean {
  const problems = checkCondition(rule);
  if (problems.length > 0) throw new Error(`condition refused: ${problems.join('; ')}`);
  return jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
}
