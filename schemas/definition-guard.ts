import { ValidationError } from './errors.js';
import { jsonPrimitiveBytes, jsonStringBytes } from './json-size.js';
import { MAX_PATTERN_LENGTH, patternProblem } from './regex-safety.js';
import type { FieldError } from './validator.js';

/** The limits a definition must keep before it is worth validating. */
export interface GuardLimits {
  /** UTF-8 bytes of the definition as JSON text. */
  maxBytes: number;
  /** Levels of nested objects and arrays below the root. */
  maxDepth: number;
  /** Values in total: every object, array, string, number, boolean and null. */
  maxValues: number;
  /** UTF-16 code units of any string, object keys included. */
  maxStringLength: number;
  /** Characters of a `pattern`. */
  maxPatternLength: number;
}

/** The limits applied when the caller names none: generous for any real matter, small enough to keep ajv and the store safe. */
export const DEFAULT_GUARD_LIMITS: Readonly<GuardLimits> = Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: 40,
  maxValues: 50_000,
  maxStringLength: 20_000,
  maxPatternLength: MAX_PATTERN_LENGTH,
});

/** Keys that reach an object's prototype when a definition is merged or copied naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Beyond this many problems the input is plainly hostile; listing more only costs time. */
const MAX_PROBLEMS = 100;
const LOCAL_REF = /^#\/\$defs\/([^/]+)$/;

/**
 * Problems that make an untrusted definition (a matter draft or a form) unsafe to hand to ajv or to
 * keep; empty means it may go on to schema validation. Runs first because ajv itself can be
 * attacked: deep values overflow recursive code, `__proto__` keys pollute prototypes, regex
 * patterns backtrack catastrophically, and `$ref` can fetch or loop.
 *
 * Checked: JSON size in UTF-8 bytes, nesting depth, number of values, string and key length, keys
 * `__proto__` / `constructor` / `prototype` (found as own keys, never by reading them), every
 * string under a `pattern` key (see {@link patternProblem}), and every string under a `$ref` key:
 * it must read `#/$defs/<name>`, resolved against the form (`/form` of a matter, else the input
 * itself), name an existing entry, and the references among `$defs` entries must be acyclic.
 * Non-JSON values (functions, NaN, class instances) are refused too. Never throws.
 *
 * @example guardDefinition(JSON.parse('{"__proto__":{}}')) // [{ path: '/__proto__', message: 'the key "__proto__" is not allowed: …' }]
 */
export function guardDefinition(input: unknown, limits: Partial<GuardLimits> = {}): FieldError[] {
  const l: GuardLimits = { ...DEFAULT_GUARD_LIMITS, ...limits };
  const problems = new Problems();
  try {
    const { form, formPointer } = formRootOf(input);
    const defs = isPlainObject(form) && hasOwn(form, '$defs') && isPlainObject(form.$defs) ? form.$defs : undefined;
    const walked = walk(input, defs, l, problems);
    if (!walked.aborted && walked.bytes > l.maxBytes) {
      problems.add('/', `the definition is ${walked.bytes} bytes as JSON; at most ${l.maxBytes} are allowed`);
    }
    checkRefs(walked.refs, defs, formPointer, problems);
  } catch {
    // Only a non-JSON input (a throwing getter, a revoked proxy) gets here.
    problems.add('/', 'the definition could not be read as plain JSON');
  }
  return problems.list;
}

/**
 * Throws a 422 `DEFINITION_REJECTED` listing every problem {@link guardDefinition} finds, so callers
 * on the write path can guard in one line before `validate`.
 */
export function assertSafeDefinition(input: unknown, limits: Partial<GuardLimits> = {}): void {
  const problems = guardDefinition(input, limits);
  if (problems.length > 0) {
    throw new ValidationError(`the definition was refused as unsafe to process (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems, 'DEFINITION_REJECTED');
  }
}

class Problems {
  readonly list: FieldError[] = [];
  get full(): boolean {
    return this.list.length > MAX_PROBLEMS;
  }
  add(path: string, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, message });
    else if (this.list.length === MAX_PROBLEMS) this.list.push({ path: '/', message: `more than ${MAX_PROBLEMS} problems; the rest are not listed` });
  }
}

/** A value on the walk; pointers are built from the parent chain only when a problem is reported. */
interface Frame {
  value: unknown;
  parent: Frame | undefined;
  key: string;
  depth: number;
  /** The form `$defs` entry this value sits in, if any. */
  def: string | undefined;
}

interface RefUse {
  ref: string;
  path: string;
  def: string | undefined;
}

/**
 * 1. Depth-first with an explicit stack, so 10,000 levels cannot overflow the call stack; children
 *    are pushed in reverse to report problems in document order.
 * 2. Count every value and its JSON bytes; past `maxValues` stop (the input is refused anyway).
 * 3. Primitives: JSON-ness, string length, `pattern` strings.
 * 4. Containers: non-plain objects refused; at `maxDepth` report and do not descend; keys checked
 *    as own keys (JSON.parse makes `__proto__` an own property) before any value is read.
 */
function walk(input: unknown, defs: object | undefined, l: GuardLimits, problems: Problems): { bytes: number; refs: RefUse[]; aborted: boolean } {
  const refs: RefUse[] = [];
  const stack: Frame[] = [{ value: input, parent: undefined, key: '', depth: 0, def: undefined }];
  let values = 0;
  let bytes = 0;
  // 1. Walk.
  while (stack.length > 0 && !problems.full) {
    const frame = stack.pop()!;
    const { value } = frame;
    // 2. Count.
    if (++values > l.maxValues) {
      problems.add('/', `the definition holds more than ${l.maxValues} values`);
      return { bytes, refs, aborted: true };
    }
    // 3. Primitives.
    if (value === null || typeof value !== 'object') {
      bytes += jsonPrimitiveBytes(value);
      checkPrimitive(frame, l, problems);
      continue;
    }
    // 4. Containers.
    const proto = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      problems.add(pointerOf(frame), 'is not a plain JSON object');
      continue;
    }
    const keys = isArray ? Array.from({ length: value.length }, (_, i) => String(i)) : Object.keys(value);
    bytes += 2 + Math.max(0, keys.length - 1);
    if (keys.length > 0 && frame.depth >= l.maxDepth) {
      problems.add(pointerOf(frame), `is nested more than ${l.maxDepth} levels deep`);
      continue;
    }
    const children: Frame[] = [];
    for (const key of keys) {
      if (!isArray) {
        bytes += jsonStringBytes(key) + 1;
        if (!checkKey(frame, key, l, problems)) continue;
      }
      const child = (value as Record<string, unknown>)[key];
      const def = value === defs ? key : frame.def;
      children.push({ value: child, parent: frame, key, depth: frame.depth + 1, def });
      if (key === '$ref' && typeof child === 'string') refs.push({ ref: child, path: join(pointerOf(frame), '$ref'), def: frame.def });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { bytes, refs, aborted: problems.full };
}

function checkPrimitive(frame: Frame, l: GuardLimits, problems: Problems): void {
  const { value } = frame;
  switch (typeof value) {
    case 'string':
      if (value.length > l.maxStringLength) {
        problems.add(pointerOf(frame), `is a string of ${value.length} characters; at most ${l.maxStringLength} are allowed`);
      } else if (frame.key === 'pattern' && !Array.isArray(frame.parent?.value)) {
        const problem = patternProblem(value, l.maxPatternLength);
        if (problem !== undefined) problems.add(pointerOf(frame), `the pattern ${problem}`);
      }
      return;
    case 'number':
      if (!Number.isFinite(value)) problems.add(pointerOf(frame), `${String(value)} is not a JSON number`);
      return;
    case 'boolean':
      return;
    default:
      if (value !== null) problems.add(pointerOf(frame), `a ${typeof value} is not a JSON value`);
  }
}

/** False when the key is refused, so its value is neither read nor walked. */
function checkKey(frame: Frame, key: string, l: GuardLimits, problems: Problems): boolean {
  if (FORBIDDEN_KEYS.has(key)) {
    problems.add(join(pointerOf(frame), key), `the key "${key}" is not allowed: it could change the prototype of objects built from the definition`);
    return false;
  }
  if (key.length > l.maxStringLength) {
    problems.add(pointerOf(frame), `has a key of ${key.length} characters; at most ${l.maxStringLength} are allowed`);
    return false;
  }
  return true;
}

/**
 * 1. Each `$ref` must be `#/$defs/<name>`: no remote, file or relative documents, no pointer
 *    elsewhere in the form.
 * 2. The name must be an own entry of the form's `$defs`.
 * 3. A reference made inside entry A to entry B is an edge A → B; a depth-first search with an
 *    explicit stack reports every edge that closes a cycle, naming the cycle.
 */
function checkRefs(refs: readonly RefUse[], defs: object | undefined, formPointer: string, problems: Problems): void {
  const edges = new Map<string, Set<string>>();
  for (const { ref, path, def } of refs) {
    // 1. Local.
    const m = LOCAL_REF.exec(ref);
    if (m === null) {
      const why = /^[a-z][a-z0-9+.-]*:/i.test(ref) ? 'remote and file references are not allowed' : 'only references into the form\'s own $defs are allowed';
      problems.add(path, `"${ref.slice(0, 100)}" is not a local reference of the form #/$defs/<name>: ${why}`);
      continue;
    }
    // 2. Existing.
    const name = m[1].replace(/~1/g, '/').replace(/~0/g, '~');
    if (defs === undefined || !hasOwn(defs, name)) {
      problems.add(path, `points at the $defs entry "${name}", which does not exist`);
      continue;
    }
    if (def !== undefined) {
      if (!edges.has(def)) edges.set(def, new Set());
      edges.get(def)!.add(name);
    }
  }
  // 3. Cycles.
  const state = new Map<string, 'open' | 'done'>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const path = [root];
    const stack = [edges.get(root)!.values()];
    state.set(root, 'open');
    while (stack.length > 0) {
      const next = stack[stack.length - 1].next();
      if (next.done) {
        state.set(path.pop()!, 'done');
        stack.pop();
        continue;
      }
      const target = next.value;
      if (state.get(target) === 'open') {
        const cycle = [...path.slice(path.indexOf(target)), target].map((n) => `"${n}"`).join(' → ');
        problems.add(join(`${formPointer}/$defs`, target), `the $defs entry "${target}" refers to itself (${cycle}); recursive definitions are not allowed`);
      } else if (!state.has(target)) {
        state.set(target, 'open');
        path.push(target);
        stack.push((edges.get(target) ?? new Set<string>()).values());
      }
    }
  }
}

/** The form inside the input: `/form` of a matter definition, else the input is taken to be a form. */
function formRootOf(input: unknown): { form: unknown; formPointer: string } {
  if (isPlainObject(input) && hasOwn(input, 'form') && isPlainObject(input.form)) return { form: input.form, formPointer: '/form' };
  return { form: input, formPointer: '' };
}

function pointerOf(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) keys.push(f.key);
  if (keys.length === 0) return '/';
  return keys.reverse().map((k) => `/${escapeSegment(k)}`).join('');
}

function join(pointer: string, key: string): string {
  return `${pointer === '/' ? '' : pointer}/${escapeSegment(key)}`;
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}
