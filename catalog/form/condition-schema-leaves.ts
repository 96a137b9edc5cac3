/**
 * The value tests of `condition-schema.ts`: what one JsonLogic comparison says about the value a
 * `var` reads, written as a JSON Schema over that value. JsonLogic runs JavaScript's operators
 * (`==` coerces, `<` converts to numbers, `in` calls `indexOf`), so each leaf is computed *with*
 * those operators on the few values that matter, never re-derived by hand; and each states the
 * JSON types on which it is exact, so the caller compiles it only where the field's declared
 * type keeps it exact and leaves the rest to the interpreter.
 */

export type Schema = Record<string, unknown> | boolean;
export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';
export type Primitive = string | number | boolean | null;

/** A test of the value a `var` reads (a missing value reads as null). */
export interface Leaf {
  /** Holds for exactly the values that pass, null (what an absent value reads as) included. */
  schema: Schema;
  /** Whether null, and so an absent value, passes: the schema's own verdict on null. */
  nullMatch: boolean;
  /** The JSON types of non-null values on which `schema` agrees with JsonLogic. */
  exactOn: ReadonlySet<JsonType> | 'all';
}

export type CompareOp = '<' | '<=' | '>' | '>=';

const SCALARS: ReadonlySet<JsonType> = new Set(['boolean', 'number']);
const SCALARS_AND_STRINGS: ReadonlySet<JsonType> = new Set(['boolean', 'number', 'string']);
const NUMBER_KEYWORD: Record<CompareOp, string> = { '<': 'exclusiveMaximum', '<=': 'maximum', '>': 'exclusiveMinimum', '>=': 'minimum' };
/** Longest string literal whose substrings `substringOf` enumerates (65 · 66 / 2 + 1 = 2146 values at most). */
export const MAX_SUBSTRING_LITERAL = 64;

/** `v === lit`: one constant (null: absent too), exact for every value. */
export function strictEquals(lit: Primitive): Leaf {
  return { schema: { const: lit }, nullMatch: lit === null, exactOn: 'all' };
}

/**
 * `v == lit`. Against null only null (and missing) is equal. Otherwise the booleans and numbers
 * loosely equal to `lit` are few and found by trying them with `==`; strings are equal to a string
 * literal only when identical, but to a number or boolean through `Number(v)`, an infinite set,
 * so strings are exact only for a string literal.
 */
export function looseEquals(lit: Primitive): Leaf {
  if (lit === null) return { schema: { const: null }, nullMatch: true, exactOn: 'all' };
  const candidates: Primitive[] = [true, false, Number(lit)];
  if (typeof lit === 'string') candidates.push(lit);
  const values = unique(candidates.filter((c) => !Number.isNaN(c) && loose(c, lit)));
  return { schema: enumOf(values), nullMatch: false, exactOn: typeof lit === 'string' ? SCALARS_AND_STRINGS : SCALARS };
}

/**
 * `v op lit`. Unless both are strings (then JavaScript compares text, which JSON Schema cannot),
 * both sides become numbers: numbers compare by the keyword, booleans as 0 and 1, null as 0.
 * Undefined for a literal that converts to ±Infinity (not expressible in JSON).
 */
export function compares(op: CompareOp, lit: Primitive): Leaf | undefined {
  const n = Number(lit);
  if (!Number.isNaN(n) && !Number.isFinite(n)) return undefined;
  const constants = [true, false, null].filter((c) => compare(op, c, lit));
  const branches: Schema[] = [];
  if (!Number.isNaN(n)) branches.push({ type: 'number', [NUMBER_KEYWORD[op]]: n });
  if (constants.length > 0) branches.push(enumOf(constants));
  return { schema: anyOf(branches), nullMatch: constants.includes(null), exactOn: SCALARS };
}

/** `{"in": [v, [lits]]}`: `indexOf` compares strictly, so membership is an `enum`, exact for every value. */
export function memberOf(list: readonly Primitive[]): Leaf {
  return { schema: enumOf(unique(list)), nullMatch: list.includes(null), exactOn: 'all' };
}

/**
 * `{"in": [v, "text"]}`: `"text".indexOf(String(v))`, so v passes when its text is a substring of
 * the literal. Strings: every substring; numbers: those whose canonical text is one; booleans
 * likewise; arrays and objects (joined to text) are not covered. An empty literal is falsy, so
 * JsonLogic answers false. Undefined above {@link MAX_SUBSTRING_LITERAL} characters.
 */
export function substringOf(text: string): Leaf | undefined {
  if (text === '') return { schema: false, nullMatch: false, exactOn: 'all' };
  if (text.length > MAX_SUBSTRING_LITERAL) return undefined;
  const parts = new Set<string>();
  for (let i = 0; i <= text.length; i++) for (let j = i; j <= text.length; j++) parts.add(text.slice(i, j));
  const values: Primitive[] = [...parts];
  for (const p of parts) {
    const n = Number(p);
    if (p.trim() !== '' && Number.isFinite(n) && String(n) === p) values.push(n);
  }
  for (const c of [true, false, null]) if (parts.has(String(c))) values.push(c);
  return { schema: enumOf(values), nullMatch: parts.has('null'), exactOn: SCALARS_AND_STRINGS };
}

/**
 * `{"in": [lit, v]}`: true when v is a non-empty string holding `String(lit)` or an array holding
 * `lit` itself (`indexOf` on each). Anything else has no `indexOf`: false. Exact for every value.
 * Undefined for a literal with a lone surrogate, which a `u` pattern cannot match half of a pair.
 */
export function contains(lit: Primitive): Leaf | undefined {
  const text = String(lit);
  if (/\p{Surrogate}/u.test(text)) return undefined;
  const inString = text === '' ? { type: 'string', minLength: 1 } : { type: 'string', pattern: escapePattern(text) };
  return { schema: { anyOf: [inString, { type: 'array', contains: { const: lit } }] }, nullMatch: false, exactOn: 'all' };
}

/** JsonLogic truthiness: all but `false, 0, "", null` and the empty array. Exact for every value. */
export function truthy(): Leaf {
  return { schema: { not: { anyOf: [{ enum: [false, 0, '', null] }, { type: 'array', maxItems: 0 }] } }, nullMatch: false, exactOn: 'all' };
}

/** What `missing` counts as missing: null (or absent) and the empty string. */
export function blank(): Leaf {
  return { schema: { enum: ['', null] }, nullMatch: true, exactOn: 'all' };
}

/** Whether the leaf agrees with JsonLogic on every value of the given types (null always does). */
export function isExactOn(leaf: Leaf, types: ReadonlySet<JsonType> | undefined): boolean {
  if (leaf.exactOn === 'all') return true;
  if (types === undefined) return false;
  for (const t of types) if (t !== 'null' && !leaf.exactOn.has(t)) return false;
  return true;
}

/** JavaScript's own relational operators: the definition, not a model of it. */
export function compare(op: CompareOp, a: unknown, b: unknown): boolean {
  const x = a as number;
  const y = b as number;
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
  }
}

function loose(a: unknown, b: unknown): boolean {
  // eslint-disable-next-line eqeqeq -- JsonLogic's `==` is JavaScript's loose equality.
  return a == b;
}

function enumOf(values: readonly Primitive[]): Schema {
  if (values.length === 0) return false;
  return values.length === 1 ? { const: values[0] } : { enum: [...values] };
}

function anyOf(branches: Schema[]): Schema {
  if (branches.length === 0) return false;
  return branches.length === 1 ? branches[0] : { anyOf: branches };
}

function unique(values: readonly Primitive[]): Primitive[] {
  return [...new Set(values)];
}

/** A literal as a `u`-mode pattern: only the syntax characters may (and must) be escaped. */
function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
