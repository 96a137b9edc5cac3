/**
 * Conditions: the variables a JsonLogic rule reads, the allow-list check, and evaluation.
 */
import { describe, expect, it } from 'vitest';
import { checkCondition } from '../../../catalog/conditions/condition-check.js';
import { conditionVariables } from '../../../catalog/conditions/condition-variables.js';
import { evaluateCondition } from '../../../catalog/conditions/evaluate-condition.js';

function nested(depth: number): unknown {
  let rule: unknown = { var: 'a' };
  for (let i = 1; i < depth; i++) rule = { '!': rule };
  return rule;
}

const cyclic: Record<string, unknown> = { and: [] };
(cyclic.and as unknown[]).push(cyclic);

describe('conditionVariables', () => {
  const cases: Array<{ given: string; rule: unknown; vars: string[] }> = [
    { given: 'a plain var', rule: { var: 'age' }, vars: ['age'] },
    { given: 'a var with a default', rule: { var: ['age', 18] }, vars: ['age'] },
    { given: 'a dotted var', rule: { '==': [{ var: 'applicant.kind' }, 'company'] }, vars: ['applicant.kind'] },
    { given: 'a numeric var', rule: { var: 0 }, vars: ['0'] },
    { given: 'an empty var (the whole data)', rule: { var: '' }, vars: [] },
    { given: 'a computed var name', rule: { var: { cat: ['a', 'b'] } }, vars: [] },
    { given: 'a default that is itself a rule', rule: { var: ['a', { var: 'b' }] }, vars: ['a', 'b'] },
    { given: 'nested and/or/if, repeated and unsorted', rule: { or: [{ var: 'z' }, { and: [{ var: 'a' }, { if: [{ var: 'z' }, { var: 'm' }, 1] }] }] }, vars: ['a', 'm', 'z'] },
    { given: 'missing with names as arguments', rule: { missing: ['a', 'b'] }, vars: ['a', 'b'] },
    { given: 'missing with one array argument', rule: { missing: [['a', 'b']] }, vars: ['a', 'b'] },
    { given: 'missing_some', rule: { missing_some: [1, ['x', 'y']] }, vars: ['x', 'y'] },
    { given: 'some over an array (element vars are not fields)', rule: { some: [{ var: 'owners' }, { '>=': [{ var: 'age' }, 18] }] }, vars: ['owners'] },
    { given: 'a primitive rule', rule: true, vars: [] },
    { given: 'a multi-key object (data, not an operation)', rule: { '==': [{ a: { var: 'x' }, b: 1 }, 1] }, vars: [] },
    { given: 'a cyclic rule', rule: cyclic, vars: [] },
  ];
  it.each(cases)('given $given, when read, then the variables are $vars', ({ rule, vars }) => {
    expect(conditionVariables(rule)).toEqual(vars);
  });

  it('given a rule nested 10 000 deep, when read, then it does not overflow the stack', () => {
    expect(conditionVariables(nested(10_000))).toEqual(['a']);
  });
});

describe('checkCondition', () => {
  const valid: Array<{ given: string; rule: unknown }> = [
    { given: 'a comparison', rule: { '==': [{ var: 'applicantType' }, 'company'] } },
    { given: 'every allowed operator', rule: { and: [
      { '===': [1, 1] }, { '!=': [1, 2] }, { '!==': [1, 2] }, { '!': false }, { '!!': 1 }, { or: [true] },
      { if: [true, 1, 2] }, { '>': [2, 1] }, { '>=': [2, 1] }, { '<': [1, 2] }, { '<=': [1, 2, 3] },
      { in: ['a', ['a']] }, { missing: ['a'] }, { missing_some: [1, ['a']] },
      { '+': [1, 2] }, { '-': [3, 1] }, { '*': [2, 2] }, { '/': [4, 2] }, { '%': [5, 2] }, { min: [1, 2] }, { max: [1, 2] },
      { cat: ['a', 'b'] }, { substr: ['abc', 1] }, { some: [[1], { var: '' }] }, { all: [[1], { var: '' }] }, { none: [[0], { var: '' }] },
      { merge: [[1], [2]] },
    ] } },
    { given: 'a primitive', rule: true },
    { given: 'nesting of exactly 20', rule: nested(20) },
  ];
  it.each(valid)('given $given, when checked, then there is no problem', ({ rule }) => {
    expect(checkCondition(rule)).toEqual([]);
  });

  const refused: Array<{ given: string; rule: unknown; problem: RegExp }> = [
    { given: 'the method operator', rule: { method: [{ var: 'a' }, 'toString'] }, problem: /^\/method: operator "method" is not allowed$/ },
    { given: 'a custom operator deep inside', rule: { and: [true, { plus1: [1] }] }, problem: /^\/and\/1\/plus1: operator "plus1" is not allowed/ },
    { given: 'log (a side effect)', rule: { log: 'x' }, problem: /"log" is not allowed/ },
    { given: 'map', rule: { map: [[1], { var: '' }] }, problem: /"map" is not allowed/ },
    { given: 'a dotted operator name', rule: { 'var.call': ['a'] }, problem: /"var.call" is not allowed/ },
    { given: 'an object with two keys', rule: { '==': [1, 1], '!=': [1, 2] }, problem: /exactly one operator, found "==", "!="/ },
    { given: 'an empty object', rule: { and: [{}] }, problem: /^\/and\/0: an object must hold exactly one operator, found none/ },
    { given: 'a function value', rule: { '==': [() => 1, 1] }, problem: /a function is not a JSON value/ },
    { given: 'NaN', rule: { '==': [Number.NaN, 1] }, problem: /NaN is not a JSON number/ },
    { given: 'a class instance', rule: { '==': [new Date(0), 1] }, problem: /only plain JSON objects/ },
    { given: 'a var into __proto__', rule: { var: '__proto__.polluted' }, problem: /may not use "__proto__"/ },
    { given: 'a var into constructor', rule: { var: ['constructor', 1] }, problem: /^\/var\/0: .*may not use "constructor"/ },
    { given: 'missing with a prototype key', rule: { missing: ['a', 'prototype'] }, problem: /^\/missing\/1: .*"prototype"/ },
    { given: 'a computed var name', rule: { var: { cat: ['__pro', 'to__'] } }, problem: /literal string/ },
    { given: 'nesting of 21', rule: nested(21), problem: /nested deeper than 20 levels/ },
    { given: 'more than 500 values', rule: { and: Array.from({ length: 500 }, () => true) }, problem: /more than 500 values/ },
    { given: 'a cyclic rule', rule: cyclic, problem: /nested deeper than 20/ },
  ];
  it.each(refused)('given $given, when checked, then it is refused', ({ rule, problem }) => {
    const problems = checkCondition(rule);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('given a rule far over the limits, when checked, then each limit is reported once', () => {
    expect(checkCondition({ and: Array.from({ length: 5000 }, () => nested(30)) })).toHaveLength(1);
  });
});

describe('evaluateCondition', () => {
  const cases: Array<{ given: string; rule: unknown; data: unknown; holds: boolean }> = [
    { given: 'equality on a nested field', rule: { '==': [{ var: 'applicant.kind' }, 'company'] }, data: { applicant: { kind: 'company' } }, holds: true },
    { given: 'equality that fails', rule: { '==': [{ var: 'applicant.kind' }, 'company'] }, data: { applicant: { kind: 'person' } }, holds: false },
    { given: 'a missing field with a default', rule: { '>=': [{ var: ['amount', 0] }, 0] }, data: {}, holds: true },
    { given: 'an empty array (falsy in JsonLogic)', rule: { merge: [] }, data: {}, holds: false },
    { given: 'the string "0" (truthy in JsonLogic)', rule: { var: 's' }, data: { s: '0' }, holds: true },
    { given: 'the number 0', rule: { var: 'n' }, data: { n: 0 }, holds: false },
    { given: 'missing reports the absent field', rule: { missing: ['a', 'b'] }, data: { a: 1 }, holds: true },
    { given: 'some element matches', rule: { some: [{ var: 'owners' }, { '>=': [{ var: 'age' }, 18] }] }, data: { owners: [{ age: 12 }, { age: 40 }] }, holds: true },
    { given: 'in a list', rule: { in: [{ var: 'district' }, ['a', 'b']] }, data: { district: 'c' }, holds: false },
  ];
  it.each(cases)('given $given, when evaluated, then it holds: $holds', ({ rule, data, holds }) => {
    expect(evaluateCondition(rule, data)).toBe(holds);
  });

  it('given a refused rule, when evaluated, then a plain Error names the problem and nothing runs', () => {
    let called = false;
    const data = { a: { toString: () => ((called = true), 'x') } };
    expect(() => evaluateCondition({ method: [{ var: 'a' }, 'toString'] }, data)).toThrowError(/operator "method" is not allowed/);
    expect(called).toBe(false);
  });

  it('given a var into __proto__, when evaluated, then it is refused', () => {
    expect(() => evaluateCondition({ var: '__proto__' }, {})).toThrow(Error);
  });
});
