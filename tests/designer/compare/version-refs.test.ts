import { describe, expect, it } from 'vitest';
import { defaultPair, parseRef, refOptions, refValue } from '../../../designer/app/compare/version-refs.js';

describe('parseRef', () => {
  it.each([
    ['3', 3],
    ['live', 'live'],
    ['draft', 'draft'],
    ['0', undefined],
    ['-1', undefined],
    ['v2', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (raw, ref) => expect(parseRef(raw)).toBe(ref));
});

describe('defaultPair', () => {
  it('compares the draft with the live version when there is a draft', () => {
    expect(defaultPair({ versions: [1, 2], live: 2, hasDraft: true })).toEqual({ from: 2, to: 'draft' });
  });
  it('compares the live version with the one before it without a draft', () => {
    expect(defaultPair({ versions: [1, 2, 3], live: 3, hasDraft: false })).toEqual({ from: 2, to: 3 });
  });
  it('finds the version before an explicit `to`, and keeps an explicit `from`', () => {
    expect(defaultPair({ versions: [1, 2, 3], live: 3, hasDraft: false }, undefined, 2)).toEqual({ from: 1, to: 2 });
    expect(defaultPair({ versions: [1, 2, 3], live: 3, hasDraft: false }, 1, undefined)).toEqual({ from: 1, to: 3 });
    expect(defaultPair({ versions: [1, 2, 3], live: 3, hasDraft: false }, undefined, 'live')).toEqual({ from: 2, to: 'live' });
  });
  it('has no `from` for a first version or a new matter', () => {
    expect(defaultPair({ versions: [1], live: 1, hasDraft: false })).toEqual({ from: undefined, to: 1 });
    expect(defaultPair({ versions: [], live: null, hasDraft: true })).toEqual({ from: undefined, to: 'draft' });
    expect(defaultPair({ versions: [], live: null, hasDraft: false })).toEqual({ from: undefined, to: undefined });
  });
});

describe('refOptions / refValue', () => {
  it('lists versions newest first, flags the live one, then the draft', () => {
    expect(refOptions({ versions: [1, 2], live: 2, hasDraft: true })).toEqual([
      { value: '2', kind: 'version', version: 2, live: true },
      { value: '1', kind: 'version', version: 1, live: false },
      { value: 'draft', kind: 'draft', live: false },
    ]);
    expect(refOptions({ versions: [1], live: 1, hasDraft: false }).map((o) => o.value)).toEqual(['1']);
  });
  it('shows `live` as the live version number', () => {
    expect(refValue('live', 4)).toBe('4');
    expect(refValue('live', null)).toBeUndefined();
    expect(refValue('draft', 4)).toBe('draft');
    expect(refValue(2, 4)).toBe('2');
    expect(refValue(undefined, 4)).toBeUndefined();
  });
});
