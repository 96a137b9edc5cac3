import { describe, expect, it } from 'vitest';
import { idBase, numberedId, uniqueId } from '../../../designer/app/materials/unique-id.js';

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

describe('ids', () => {
  it.each([
    ['id-card', 'id-card'],
    ['ID Card', 'id-card'],
    ['居民身份证', 'x'],
    ['--a--', 'a'],
    ['_a', 'a'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('idBase(%s) = %s', (base, expected) => {
    expect(idBase(base, 'x')).toBe(expected);
  });

  it('suffixes taken ids and still fits 64 characters', () => {
    const long = 'b'.repeat(60);
    const taken = new Set([long, ...Array.from({ length: 200 }, (_, i) => `${long}-${i + 2}`.slice(0, 64))]);
    const id = uniqueId(long, taken);
    expect(id).toMatch(ID);
    expect(taken.has(id)).toBe(false);
  });

  it('numbers after the count of taken ids, skipping used ones', () => {
    expect(numberedId('material', new Set())).toBe('material-1');
    expect(numberedId('material', new Set(['a', 'material-3']))).toBe('material-4');
    expect(numberedId('material', new Set(['material-2', 'x']))).toBe('material-3');
  });
});
