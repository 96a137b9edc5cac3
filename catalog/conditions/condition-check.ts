import { ALLOWED_OPERATORS, CONDITION_LIMITS, FORBIDDEN_VAR_SEGMENTS } from './condition-operators.js';

/**
 * Problems that make a JsonLogic rule unfit to run on the server, each naming where in the rule
 * (a JSON Pointer into it) it was found; empty means the rule is safe to evaluate. Conditions are
 * untrusted definition input, so this is the gate before json-logic-js ever sees them.
 *
 * Refused: operators outside {@link ALLOWED_OPERATORS} (custom, dotted, `method`, `log`, `map`…);
 * objects that are not exactly one operator (json-logic-js would silently treat them as data);
 * values that are not JSON (functions, undefined, NaN, class instances); a `var` whose name is
 * computed or walks `__proto__` / `prototype` / `constructor`; operations and arrays nested
 * deeper than 20 levels, or more than 500 values in all.
 *
 * @example checkCondition({ method: [{ var: 'a' }, 'toString'] }) // ['/method: operator "method" is not allowed']
 */
export function checkCondition(rule: unknown): string[] {
  const state: WalkState = { problems: [], nodes: 0, tooBig: false, tooDeep: false };
  walk(rule, '', 1, state);
  return state.problems;
}

interface WalkState {
  problems: string[];
  nodes: number;
  tooBig: boolean;
  tooDeep: boolean;
}

/**
 * 1. Count the value and stop at the first limit crossed (reported once, so a cyclic rule ends).
 * 2. Literals must be JSON and end the walk; an operation or a literal array deeper than the
 *    limit stops it; array items are walked one level deeper.
 * 3. An object must be a plain one-key operation with an allow-listed operator.
 * 4. `var`, `missing`, `missing_some` get their names checked; every argument is walked at depth + 1.
 */
function walk(value: unknown, at: string, depth: number, s: WalkState): void {
  // 1. Limits.
  if (s.tooBig || s.tooDeep) return;
  if (++s.nodes > CONDITION_LIMITS.maxNodes) {
    s.tooBig = true;
    s.problems.push(`${where(at)}: the rule has more than ${CONDITION_LIMITS.maxNodes} values`);
    return;
  }
  // 2. Literals end the walk; operations and literal arrays each count as a level.
  const literalProblem = checkLiteral(value);
  if (literalProblem !== undefined) {
    if (literalProblem !== '') s.problems.push(`${where(at)}: ${literalProblem}`);
    return;
  }
  if (depth > CONDITION_LIMITS.maxDepth) {
    s.tooDeep = true;
    s.problems.push(`${where(at)}: the rule is nested deeper than ${CONDITION_LIMITS.maxDepth} levels`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${at}/${i}`, depth + 1, s));
    return;
  }
  // 3. Operations.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    s.problems.push(`${where(at)}: only plain JSON objects are allowed`);
    return;
  }
  const keys = Object.keys(value as object);
  if (keys.length !== 1) {
    s.problems.push(`${where(at)}: an object must hold exactly one operator, found ${keys.length === 0 ? 'none' : keys.map((k) => `"${k}"`).join(', ')}`);
    return;
  }
  const op = keys[0];
  const opAt = `${at}/${escapePointer(op)}`;
  if (!ALLOWED_OPERATORS.has(op)) {
    s.problems.push(`${where(opAt)}: operator "${op}" is not allowed`);
    return;
  }
  const args = (value as Record<string, unknown>)[op];
  const list = Array.isArray(args) ? args : [args];
  const argAt = (i: number): string => (Array.isArray(args) ? `${opAt}/${i}` : opAt);
  // 4. Names read from the data, then every argument.
  if (op === 'var') checkVarName(list[0], argAt(0), s);
  if (op === 'missing') {
    const names = Array.isArray(list[0]) ? list[0] : list;
    names.forEach((n, i) => checkPlainName(n, Array.isArray(list[0]) ? `${argAt(0)}/${i}` : argAt(i), s));
  }
  if (op === 'missing_some' && Array.isArray(list[1])) {
    list[1].forEach((n, i) => checkPlainName(n, `${argAt(1)}/${i}`, s));
  }
  list.forEach((item, i) => walk(item, argAt(i), depth + 1, s));
}

/** '' for a valid JSON primitive, a message for a non-JSON value, undefined for arrays/objects. */
function checkLiteral(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return '';
    case 'number':
      return Number.isFinite(value) ? '' : `${String(value)} is not a JSON number`;
    case 'object':
      return value === null ? '' : undefined;
    default:
      return `a ${typeof value} is not a JSON value`;
  }
}

function checkVarName(name: unknown, at: string, s: WalkState): void {
  if (typeof name === 'number' || name === undefined || name === null) return;
  if (typeof name !== 'string') {
    s.problems.push(`${where(at)}: "var" must name a field with a literal string or number, not a computed value`);
    return;
  }
  checkPlainName(name, at, s);
}

function checkPlainName(name: unknown, at: string, s: WalkState): void {
  if (typeof name !== 'string') return;
  const bad = name.split('.').find((segment) => FORBIDDEN_VAR_SEGMENTS.has(segment));
  if (bad !== undefined) s.problems.push(`${where(at)}: the name "${name}" may not use "${bad}"`);
}

function where(at: string): string {
  return at === '' ? '/' : at;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
