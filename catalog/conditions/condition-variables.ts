import { SCOPED_OPERATORS } from './condition-operators.js';

/**
 * Every form-data variable a JsonLogic rule reads, sorted and without duplicates, so lint can
 * check conditions against the form's field names before a case ever evaluates them.
 *
 * Read are: the literal name of `var` (`{"var":"a"}`, `{"var":["a", default]}`, dotted
 * `{"var":"a.b"}`, a number as its decimal string) and the literal keys of `missing` /
 * `missing_some`. Ignored are: `var` with an empty name (the whole data object) or a computed
 * name, and variables inside the per-element rule of `some` / `all` / `none` (they read the array
 * element, not the form). Cyclic or very deep input is walked without recursion and each object
 * once, so this never throws.
 *
 * @example conditionVariables({ and: [{ var: 'age' }, { missing: ['name'] }] }) // ['age', 'name']
 */
export function conditionVariables(rule: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [rule];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const keys = Object.keys(node);
    // Objects with other than one key are data literals to json-logic-js, not operations.
    if (keys.length !== 1) continue;
    const op = keys[0];
    const args = (node as Record<string, unknown>)[op];
    const list = Array.isArray(args) ? args : [args];
    if (op === 'var') {
      addName(found, list[0]);
      stack.push(...list.slice(1)); // the default may itself be a rule
    } else if (op === 'missing') {
      const keysArg = Array.isArray(list[0]) ? list[0] : list;
      for (const k of keysArg) addNameOrWalk(found, stack, k);
    } else if (op === 'missing_some') {
      stack.push(list[0]);
      const keysArg = list[1];
      if (Array.isArray(keysArg)) for (const k of keysArg) addNameOrWalk(found, stack, k);
      else stack.push(keysArg);
    } else if (SCOPED_OPERATORS.has(op)) {
      stack.push(list[0]); // only the array source reads the form; list[1] reads its elements
    } else {
      stack.push(...list);
    }
  }
  return [...found].sort();
}

function addName(found: Set<string>, name: unknown): void {
  if (typeof name === 'string' && name !== '') found.add(name);
  else if (typeof name === 'number' && Number.isFinite(name)) found.add(String(name));
}

function addNameOrWalk(found: Set<string>, stack: unknown[], key: unknown): void {
  if (key !== null && typeof key === 'object') stack.push(key);
  else addName(found, key);
}
