/**
 * The definition guard against hostile input: one row per attack (where it hides, what the guard
 * must say), the clean fixtures, and properties over arbitrary JSON (never throws; the byte count
 * is exactly the UTF-8 length of JSON.stringify).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSafeDefinition, DEFAULT_GUARD_LIMITS, guardDefinition } from '../../schemas/definition-guard.js';
import { ValidationError } from '../../schemas/errors.js';
import { jsonStringBytes } from '../../schemas/json-size.js';
import type { FieldError } from '../../schemas/validator.js';
import { sampleMatter, simplifiedSampleMatter } from '../fixtures/matters.js';

/** `levels` nested `{ a: … }` objects around a string, built without recursion. */
function nested(levels: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** The sample matter with one more form field. */
function withField(field: unknown): unknown {
  const def = sampleMatter();
  return { ...def, form: { ...def.form, properties: { ...def.form.properties, evil: field } } };
}

/** The sample matter whose form has these `$defs`. */
function withDefs(defs: Record<string, unknown>, field: unknown = { $ref: '#/$defs/a' }): unknown {
  const def = withField(field) as ReturnType<typeof sampleMatter>;
  return { ...def, form: { ...def.form, $defs: defs } };
}

const EVIL = '/form/properties/evil';

interface Case {
  given: string;
  input: () => unknown;
  /** Every problem expected, in order: path and a pattern its message must match. */
  expected: Array<[string, RegExp]>;
}

const cases: Case[] = [
  // Depth.
  { given: '10,000 levels of nesting', input: () => nested(10_000), expected: [[`/${'a/'.repeat(39)}a`, /nested more than 40 levels deep/]] },
  { given: 'exactly 40 levels', input: () => nested(40), expected: [] },
  { given: '41 levels', input: () => nested(41), expected: [[`/${'a/'.repeat(39)}a`, /nested more than 40 levels deep/]] },
  { given: 'a deep form field', input: () => withField(nested(200)), expected: [[`${EVIL}/${'a/'.repeat(36)}a`, /more than 40 levels/]] },
  // Prototype keys.
  { given: '__proto__ at the root (as JSON.parse makes it)', input: () => JSON.parse('{"__proto__":{"polluted":true},"code":"X-1"}'), expected: [['/__proto__', /key "__proto__" is not allowed/]] },
  { given: '__proto__ inside a form field', input: () => withField(JSON.parse('{"type":"string","__proto__":{"x":1}}')), expected: [[`${EVIL}/__proto__`, /"__proto__"/]] },
  { given: 'constructor inside an array element', input: () => ({ materials: [{ id: 'm', constructor: { prototype: { polluted: true } } }] }), expected: [['/materials/0/constructor', /key "constructor" is not allowed/]] },
  { given: 'prototype in a condition', input: () => ({ flow: { edges: [{ condition: { prototype: 1 } }] } }), expected: [['/flow/edges/0/condition/prototype', /"prototype"/]] },
  { given: 'a key with / and ~ (escaped in the pointer)', input: () => ({ 'a/b~c': { __proto__: null, constructor: 1 } }), expected: [['/a~1b~0c/constructor', /"constructor"/]] },
  // Patterns.
  { given: 'nested repetition (a+)+$', input: () => withField({ type: 'string', pattern: '^(a+)+$' }), expected: [[`${EVIL}/pattern`, /backtrack catastrophically: it nests/]] },
  { given: 'overlapping alternation (a|a)*', input: () => withField({ type: 'string', pattern: '(a|a)*' }), expected: [[`${EVIL}/pattern`, /alternatives "a" and "a"/]] },
  { given: 'overlapping alternation (x|x)*y', input: () => withField({ type: 'string', pattern: '(x|x)*y' }), expected: [[`${EVIL}/pattern`, /backtrack catastrophically/]] },
  { given: 'a pattern that does not compile with the u flag', input: () => withField({ type: 'string', pattern: '[' }), expected: [[`${EVIL}/pattern`, /not a valid regular expression/]] },
  { given: 'a u-flag-only syntax error (\\a)', input: () => withField({ type: 'string', pattern: '\\a' }), expected: [[`${EVIL}/pattern`, /not a valid regular expression/]] },
  { given: 'a pattern of 501 characters', input: () => withField({ type: 'string', pattern: 'a'.repeat(501) }), expected: [[`${EVIL}/pattern`, /501 characters long; at most 500/]] },
  { given: 'an unsafe pattern in an array item', input: () => withField({ type: 'array', items: { type: 'string', pattern: '(\\d|\\w)+$' } }), expected: [[`${EVIL}/items/pattern`, /"\\d" and "\\w"/]] },
  { given: 'a field named pattern (an object, not a pattern)', input: () => withField({ type: 'object', properties: { pattern: { type: 'string' } } }), expected: [] },
  { given: 'a safe pattern', input: () => withField({ type: 'string', pattern: '^1[3-9]\\d{9}$' }), expected: [] },
  // References.
  { given: 'a remote $ref', input: () => withField({ $ref: 'https://evil.example/schema.json' }), expected: [[`${EVIL}/$ref`, /not a local reference.*remote and file references/]] },
  { given: 'a file $ref', input: () => withField({ $ref: 'file:///etc/passwd' }), expected: [[`${EVIL}/$ref`, /remote and file references/]] },
  { given: 'a relative document $ref', input: () => withField({ $ref: 'other.schema.json#/$defs/a' }), expected: [[`${EVIL}/$ref`, /only references into the form's own \$defs/]] },
  { given: 'a $ref elsewhere in the form', input: () => withField({ $ref: '#/properties/operatorName' }), expected: [[`${EVIL}/$ref`, /only references into the form's own \$defs/]] },
  { given: 'a $ref to a missing entry', input: () => withField({ $ref: '#/$defs/loop' }), expected: [[`${EVIL}/$ref`, /"loop", which does not exist/]] },
  { given: 'a $ref to an inherited name', input: () => withDefs({ a: { type: 'string' } }, { $ref: '#/$defs/toString' }), expected: [[`${EVIL}/$ref`, /"toString", which does not exist/]] },
  { given: 'an entry referring to itself', input: () => withDefs({ a: { $ref: '#/$defs/a' } }), expected: [['/form/$defs/a', /"a" refers to itself \("a" → "a"\)/]] },
  { given: 'two entries referring to each other', input: () => withDefs({ a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }), expected: [['/form/$defs/a', /"a" → "b" → "a"/]] },
  {
    given: 'a cycle through nested properties',
    input: () => withDefs({ a: { type: 'object', properties: { next: { $ref: '#/$defs/b' } } }, b: { type: 'array', items: { $ref: '#/$defs/c' } }, c: { $ref: '#/$defs/a' } }),
    expected: [['/form/$defs/a', /"a" → "b" → "c" → "a"/]],
  },
  { given: 'an acyclic chain of entries', input: () => withDefs({ a: { $ref: '#/$defs/b' }, b: { type: 'string' } }), expected: [] },
  {
    given: 'a standalone form with a local $ref',
    input: () => ({ type: 'object', properties: { a: { $ref: '#/$defs/x' }, b: { $ref: '#/$defs/y' } }, $defs: { x: { type: 'string' } } }),
    expected: [['/properties/b/$ref', /"y", which does not exist/]],
  },
  // Sizes.
  { given: 'a 50,000-character name', input: () => ({ ...sampleMatter(), name: '名'.repeat(50_000) }), expected: [['/name', /string of 50000 characters; at most 20000/]] },
  { given: 'a 20,001-character key', input: () => ({ ['k'.repeat(20_001)]: 1 }), expected: [['/', /key of 20001 characters/]] },
  { given: '60,000 values', input: () => ({ list: Array.from({ length: 60_000 }, (_, i) => i) }), expected: [['/', /more than 50000 values/]] },
  { given: '1.2 MB of short strings', input: () => ({ notes: Array.from({ length: 70 }, () => '名'.repeat(6_000)) }), expected: [['/', /is 1260\d{3} bytes as JSON; at most 1048576/]] },
  // Not JSON.
  { given: 'NaN, a function, undefined and a Date', input: () => ({ a: NaN, b: () => 1, c: undefined, d: new Date(0) }), expected: [['/a', /NaN is not a JSON number/], ['/b', /function is not a JSON value/], ['/c', /undefined is not a JSON value/], ['/d', /not a plain JSON object/]] },
  // Clean.
  { given: 'the sample matter', input: sampleMatter, expected: [] },
  { given: 'the simplified sample matter', input: simplifiedSampleMatter, expected: [] },
  { given: 'a primitive', input: () => 42, expected: [] },
];

describe('guardDefinition', () => {
  it.each(cases)('given $given, when guarded, then it reports exactly the expected problems', ({ input, expected }) => {
    const problems = guardDefinition(input());
    expect(problems.map((p) => p.path)).toEqual(expected.map(([path]) => path));
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i][1]));
  });

  it('given a prototype key, when guarded, then Object.prototype is left alone', () => {
    guardDefinition(JSON.parse('{"__proto__":{"polluted":true},"a":{"__proto__":{"polluted":true}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('given thousands of bad keys, when guarded, then the list stops after 100 with a note', () => {
    const input = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, JSON.parse('{"__proto__":1}')]));
    const problems = guardDefinition(input);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ path: '/', message: 'more than 100 problems; the rest are not listed' });
  });

  it('given custom limits, when guarded, then they replace the defaults', () => {
    expect(guardDefinition({ a: 'xyz' }, { maxStringLength: 2 })).toEqual([{ path: '/a', message: 'is a string of 3 characters; at most 2 are allowed' }]);
    expect(guardDefinition(nested(3), { maxDepth: 2 })).toHaveLength(1);
    expect(guardDefinition([1, 2, 3], { maxValues: 3 })).toHaveLength(1);
    expect(guardDefinition({ a: 'xyz' }, { maxBytes: 10 })).toEqual([{ path: '/', message: 'the definition is 11 bytes as JSON; at most 10 are allowed' }]);
    expect(DEFAULT_GUARD_LIMITS).toEqual({ maxBytes: 1_048_576, maxDepth: 40, maxValues: 50_000, maxStringLength: 20_000, maxPatternLength: 500 });
  });

  it('given arbitrary JSON, when guarded, then it never throws and returns problems with paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const problems: FieldError[] = guardDefinition(value);
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) expect(p.path).toMatch(/^\//);
      }),
    );
  });

  it('given arbitrary JSON, when measured, then the size is the UTF-8 length of JSON.stringify', () => {
    const limits = { maxDepth: 1000, maxValues: 1e9, maxStringLength: 1e9 };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        fc.pre(!/"(__proto__|constructor|prototype|pattern|\$ref)":/.test(json));
        const bytes = new TextEncoder().encode(json).length;
        expect(guardDefinition(value, { ...limits, maxBytes: bytes })).toEqual([]);
        expect(guardDefinition(value, { ...limits, maxBytes: bytes - 1 })).toEqual([{ path: '/', message: `the definition is ${bytes} bytes as JSON; at most ${bytes - 1} are allowed` }]);
      }),
    );
  });
});

describe('jsonStringBytes', () => {
  it.each([
    ['ascii', 'abc'],
    ['quotes and backslashes', '"\\'],
    ['short escapes', '\b\f\n\r\t'],
    ['other control characters', '\u0000\u001f'],
    ['CJK', '食品经营许可'],
    ['an astral character', '😀'],
    ['a lone high surrogate', '\ud83d'],
    ['a lone low surrogate', 'x\ude00y'],
  ])('given %s, when counted, then it equals the UTF-8 length of JSON.stringify', (_name, s) => {
    expect(jsonStringBytes(s)).toBe(new TextEncoder().encode(JSON.stringify(s)).length);
  });

  it('given any UTF-16 string, when counted, then it equals the UTF-8 length of JSON.stringify', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit }), (s) => {
      expect(jsonStringBytes(s)).toBe(new TextEncoder().encode(JSON.stringify(s)).length);
    }));
  });
});

describe('assertSafeDefinition', () => {
  it('given a hostile definition, when asserted, then it throws a 422 DEFINITION_REJECTED naming the fields', () => {
    let thrown: unknown;
    try {
      assertSafeDefinition(withField({ type: 'string', pattern: '(a+)+' }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ status: 422, code: 'DEFINITION_REJECTED', details: [{ path: `${EVIL}/pattern` }] });
    expect((thrown as Error).message).toMatch(/refused as unsafe to process \(1 problem\)/);
  });

  it('given the sample matter, when asserted, then it returns quietly', () => {
    expect(() => assertSafeDefinition(sampleMatter())).not.toThrow();
  });
});
