/**
 * JsonLogic visibility rules compiled to JSON Schema, so ajv decides a conditional field's `if`
 * exactly as the interpreter (`evaluateCondition`) decides it in the browser. Only a subset has an
 * exact translation; anything else is reported as unsupported with the reason, and the caller
 * keeps the interpreter for it instead of guessing.
 */
import { checkCondition } from '../conditions/condition-check.js';
import {
  blank, compares, contains, isExactOn, looseEquals, memberOf, strictEquals, substringOf, truthy,
  type CompareOp, type JsonType, type Leaf, type Primitive, type Schema,
} from './condition-schema-leaves.js';

export type { JsonType, Schema } from './condition-schema-leaves.js';

/**
 * The fields a rule may read, by dotted data path (`applicant.kind`), each with the JSON types its
 * schema accepts; undefined types: the field accepts anything or says nothing.
 */
export type FieldTypes = ReadonlyMap<string, ReadonlySet<JsonType> | undefined>;

export type ConditionSchema = { ok: true; schema: Schema } | { ok: false; reason: string };

/** A var segment: a form field name (they are the only ones a form declares). */
const SEGMENT = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/**
 * Whether `var` would find `name` on a prototype where ajv sees nothing: on every object for any
 * step, and on strings, arrays, numbers and booleans (`big`, `length`…) for a step below a field
 * that is not declared an object.
 */
function inherited(name: string, parentIsObject: boolean): boolean {
  const protos = parentIsObject ? [Object.prototype] : [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype];
  return protos.some((p) => name in p);
}

class Unsupported extends Error {}

/**
 * The JSON Schema that holds of the form data exactly when the rule is truthy for it, or why there
 * is none. The mapping (v: the value `{"var": p}` reads; absent reads as null):
 *
 * | JsonLogic                             | JSON Schema                                                        |
 * |---------------------------------------|--------------------------------------------------------------------|
 * | `{"var": p}` as a condition            | p present and not `false`, `0`, `""`, `null`, `[]`                 |
 * | `{"!": X}`, `{"!!": X}`                | `{not: S(X)}`, `S(X)`                                              |
 * | `{"and": [..]}`, `{"or": [..]}`        | `allOf`, `anyOf` of the operands; no operand: `false`              |
 * | a literal operand                      | `true` or `false`, by its truthiness                               |
 * | `===` / `!==` with a literal           | `{const: lit}` / its `not`; null: v absent or null                 |
 * | `==` / `!=` with a literal             | `enum` of the booleans, numbers (and, for a string, that string)   |
 * |                                        | loosely equal to it, found with `==`; null: v absent or null       |
 * | `<` `<=` `>` `>=` with a literal       | `exclusiveMaximum` / `maximum` / `exclusiveMinimum` / `minimum` on |
 * |                                        | numbers, plus the booleans that pass; `[a, var, b]` is `allOf`     |
 * | `{"in": [var, [lits]]}`                | `{enum: lits}`                                                     |
 * | `{"in": [var, "text"]}`                | `enum` of the substrings of "text" (numbers, booleans by text)     |
 * | `{"in": [lit, var]}`                   | a string with `String(lit)` in it (escaped `pattern`), or an       |
 * |                                        | array that `contains` `{const: lit}`                               |
 * | `{"missing": [k, ..]}`                 | `anyOf`: k absent, null or `""`                                    |
 *
 * A test of v at `a.b` sits under `{type: object, required: [a], properties: {a: {type: object,
 * required: [b], properties: {b: …}}}}`; when null passes the test, the whole is written as "not
 * (present and failing)", so an absent value passes too.
 *
 * 1. Refuse rules that `checkCondition` refuses: they are never run, so never compiled.
 * 2. Walk the rule under truthiness (what `evaluateCondition` applies at the end, and `!`, `!!`,
 *    `and`, `or` apply to their operands), mapping each node by the table.
 * 3. A comparison needs a `var` of a plain field path on one side and a JSON literal on the other;
 *    the var must name a field of the form (so `situation` stays with the interpreter, which is
 *    given it), and its test must be exact on every type the field's schema accepts. Where
 *    JavaScript's coercions escape JSON Schema (`==` between a string field and a number, `<`
 *    between strings), the rule is unsupported. Values of other types may be judged differently,
 *    but the field's own schema refuses them anyway, so no submission ajv accepts was judged
 *    otherwise than the interpreter would judge it.
 *
 * @example conditionSchema({ '==': [{ var: 'byAgent' }, true] }, new Map([['byAgent', new Set(['boolean'])]]))
 * // { ok: true, schema: { type: 'object', required: ['byAgent'], properties: { byAgent: { enum: [true, 1] } } } }
 */
export function conditionSchema(rule: unknown, fields: FieldTypes): ConditionSchema {
  // 1. Only rules the interpreter would run.
  const problems = checkCondition(rule);
  if (problems.length > 0) return { ok: false, reason: `the rule is refused: ${problems.join('; ')}` };
  try {
    // 2. Truthiness of the whole rule.
    return { ok: true, schema: truthyOf(rule, fields) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

/** 2. The schema of `truthy(apply(node))`. */
function truthyOf(node: unknown, fields: FieldTypes): Schema {
  if (isPrimitive(node)) return truthyLiteral(node);
  if (Array.isArray(node)) throw new Unsupported('a literal array as a condition');
  const op = Object.keys(node as object)[0];
  const raw = (node as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'var': return test(varPath(node), truthy(), fields);
    case '!': return not(truthyOf(args[0] ?? null, fields));
    case '!!': return args.length === 0 ? false : truthyOf(args[0], fields);
    case 'and': return args.length === 0 ? false : allOf(args.map((a) => truthyOf(a, fields)));
    case 'or': return args.length === 0 ? false : anyOf(args.map((a) => truthyOf(a, fields)));
    case '===': case '!==': case '==': case '!=': return equality(op, args, fields);
    case '<': case '<=': case '>': case '>=': return comparison(op, args, fields);
    case 'in': return membership(args, fields);
    case 'missing': return missing(args, fields);
    default: throw new Unsupported(`"${op}" has no JSON Schema form`);
  }
}

function equality(op: '===' | '!==' | '==' | '!=', args: unknown[], fields: FieldTypes): Schema {
  const [path, lit] = varAndLiteral(op, args);
  const leaf = op === '===' || op === '!==' ? strictEquals(lit) : looseEquals(lit);
  const holds = test(path, leaf, fields, `"${op}" with ${JSON.stringify(lit)}`);
  return op === '!==' || op === '!=' ? not(holds) : holds;
}

function comparison(op: CompareOp, args: unknown[], fields: FieldTypes): Schema {
  // Between: `{"<": [a, var, b]}` is a < v && v < b.
  if (args.length === 3 && (op === '<' || op === '<=') && isPrimitive(args[0]) && isVar(args[1]) && isPrimitive(args[2])) {
    const path = varPath(args[1]);
    return allOf([compareTest(path, FLIP[op], args[0], fields), compareTest(path, op, args[2], fields)]);
  }
  if (args.length !== 2) throw new Unsupported(`"${op}" with ${args.length} operands`);
  if (isVar(args[0]) && isPrimitive(args[1])) return compareTest(varPath(args[0]), op, args[1], fields);
  if (isPrimitive(args[0]) && isVar(args[1])) return compareTest(varPath(args[1]), FLIP[op], args[0], fields);
  throw new Unsupported(`"${op}" needs a field and a literal`);
}

const FLIP: Record<CompareOp, CompareOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function compareTest(path: string[], op: CompareOp, lit: Primitive, fields: FieldTypes): Schema {
  const leaf = compares(op, lit);
  if (leaf === undefined) throw new Unsupported(`"${op}" with ${JSON.stringify(lit)}, which is not a finite number`);
  return test(path, leaf, fields, `"${op}" with ${JSON.stringify(lit)}`);
}

function membership(args: unknown[], fields: FieldTypes): Schema {
  if (args.length !== 2) throw new Unsupported(`"in" with ${args.length} operands`);
  const [a, b] = args;
  if (isVar(a) && Array.isArray(b) && b.every(isPrimitive)) return test(varPath(a), memberOf(b as Primitive[]), fields);
  if (isVar(a) && typeof b === 'string') {
    const leaf = substringOf(b);
    if (leaf === undefined) throw new Unsupported('"in" with a text longer than 64 characters');
    return test(varPath(a), leaf, fields, '"in" a text');
  }
  if (isPrimitive(a) && isVar(b)) {
    const leaf = contains(a);
    if (leaf === undefined) throw new Unsupported('"in" with a lone surrogate in the text');
    return test(varPath(b), leaf, fields);
  }
  throw new Unsupported('"in" needs a field and a literal');
}

function missing(args: unknown[], fields: FieldTypes): Schema {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (!keys.every((k) => typeof k === 'string')) throw new Unsupported('"missing" with keys that are not literal names');
  return anyOf((keys as string[]).map((k) => test(splitPath(k), blank(), fields)));
}

/**
 * 3. The test of a leaf on the value at a path: the field must be declared, the leaf exact on its
 * types; `(present and passing)`, or `not (present and failing)` when an absent value passes.
 */
function test(path: string[], leaf: Leaf, fields: FieldTypes, what = 'this test'): Schema {
  const name = path.join('.');
  if (!fields.has(name)) throw new Unsupported(`it reads "${name}", which is not a field of the form`);
  path.forEach((segment, i) => {
    const parent = i === 0 ? new Set(['object']) : fields.get(path.slice(0, i).join('.'));
    const parentIsObject = parent !== undefined && parent.size === 1 && parent.has('object');
    if (inherited(segment, parentIsObject)) throw new Unsupported(`"${name}" reads "${segment}", which JavaScript values inherit`);
  });
  const types = fields.get(name);
  if (!isExactOn(leaf, types)) {
    throw new Unsupported(`${what} on "${name}" (${types === undefined ? 'of any type' : [...types].join(' or ')}) follows JavaScript coercions JSON Schema cannot express`);
  }
  return leaf.nullMatch ? not(present(path, not(leaf.schema))) : present(path, leaf.schema);
}

/** The value at `path` is present (an object at every step) and passes `inner`. */
function present(path: string[], inner: Schema): Schema {
  if (inner === false) return false;
  let schema = inner;
  for (let i = path.length - 1; i >= 0; i--) schema = { type: 'object', required: [path[i]], properties: { [path[i]]: schema } };
  return schema;
}

function varAndLiteral(op: string, args: unknown[]): [string[], Primitive] {
  if (args.length === 2 && isVar(args[0]) && isPrimitive(args[1])) return [varPath(args[0]), args[1]];
  if (args.length === 2 && isPrimitive(args[0]) && isVar(args[1])) return [varPath(args[1]), args[0]];
  throw new Unsupported(`"${op}" needs a field and a literal`);
}

function isVar(node: unknown): boolean {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1 && 'var' in node;
}

/** `{"var": "a.b"}` or `{"var": ["a.b"]}`: a default would change what absent reads as. */
function varPath(node: unknown): string[] {
  const raw = (node as { var: unknown }).var;
  const name = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
  if (typeof name !== 'string') throw new Unsupported('a "var" with a default or a computed name');
  return splitPath(name);
}

function splitPath(name: string): string[] {
  const path = name.split('.');
  if (!path.every((s) => SEGMENT.test(s))) throw new Unsupported(`"${name}" is not a plain field path`);
  return path;
}

function isPrimitive(v: unknown): v is Primitive {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function truthyLiteral(v: Primitive): boolean {
  return v !== null && v !== false && v !== 0 && v !== '';
}

function not(s: Schema): Schema {
  if (typeof s === 'boolean') return !s;
  const keys = Object.keys(s);
  if (keys.length === 1 && keys[0] === 'not') return s.not as Schema;
  return { not: s };
}

function allOf(parts: Schema[]): Schema {
  if (parts.includes(false)) return false;
  const rest = parts.filter((p) => p !== true);
  if (rest.length === 0) return true;
  return rest.length === 1 ? rest[0] : { allOf: rest };
}

function anyOf(parts: Schema[]): Schema {
  if (parts.includes(true)) return true;
  const rest = parts.filter((p) => p !== false);
  if (rest.length === 0) return false;
  return rest.length === 1 ? rest[0] : { anyOf: rest };
}
