import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from '../../../../runtime/cases/storage/canonical-json.js';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['keys sorted at every depth', { b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}'],
    ['undefined members dropped, undefined items written null', { a: undefined, b: [undefined, 1] }, '{"b":[null,1]}'],
    ['strings escaped as JSON.stringify does', { 名: '引号"与\n换行' }, '{"名":"引号\\"与\\n换行"}'],
    ['numbers written as JSON.stringify does', [1.5, -0, 1e21, 0.1], '[1.5,0,1e+21,0.1]'],
    ['keys ordered by code unit, not by locale', { b: 1, B: 2, 啊: 3, a: 4 }, '{"B":2,"a":4,"b":1,"啊":3}'],
    ['dates through toJSON', { at: new Date('2026-03-02T02:00:00Z') }, '{"at":"2026-03-02T02:00:00.000Z"}'],
  ])('given %s, then the text is canonical', (_, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('given the same content with keys in another order, then the hash is the same; other content, another hash', () => {
    expect(canonicalHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(canonicalHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(canonicalHash({ a: 1 })).not.toBe(canonicalHash({ a: '1' }));
    expect(canonicalHash({})).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, unknown]>([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
  ])('given %s, then RangeError rather than a hash that cannot be reproduced', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(RangeError);
  });

  it('given a cycle, then RangeError; a shared (acyclic) object is fine', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });
});
