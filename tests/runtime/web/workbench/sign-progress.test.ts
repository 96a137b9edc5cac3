import { describe, expect, it } from 'vitest';
import { hasSigned, signProgress } from '../../../../runtime/web/workbench/case/sign-progress';

describe('signProgress', () => {
  const at = '2026-11-25T02:00:00Z';
  it('counts who signed a 会签 and who has not, in the order of the assignees', () => {
    const p = signProgress({ mode: 'countersign', assignees: ['a', 'b', 'c'], signatures: [{ username: 'c', action: 'approve', at }, { username: 'a', action: 'approve', at }] })!;
    expect(p).toMatchObject({ mode: 'countersign', needed: 3, total: 3, unsigned: ['b'] });
    expect(p.signed.map((s) => s.username)).toEqual(['a', 'c']);
  });
  it('needs one for 或签, and is nothing for a single task or one without listed signers', () => {
    expect(signProgress({ mode: 'anysign', assignees: ['a', 'b'] })).toMatchObject({ needed: 1, total: 2, signed: [], unsigned: ['a', 'b'] });
    expect(signProgress({ mode: 'single', assignees: ['a'] })).toBeUndefined();
    expect(signProgress({ mode: 'countersign' })).toBeUndefined();
  });
  it('ignores a signature of someone not listed, and a repeated one', () => {
    const p = signProgress({ mode: 'countersign', assignees: ['a', 'b'], signatures: [{ username: 'x' }, { username: 'a' }, { username: 'a' }] })!;
    expect(p.signed.map((s) => s.username)).toEqual(['a']);
    expect(hasSigned({ signatures: [{ username: 'a' }] }, 'a')).toBe(true);
    expect(hasSigned({}, 'a')).toBe(false);
  });
});

import { nameOf, staffNames } from '../../../../runtime/web/workbench/case/staff-names';

describe('staffNames', () => {
  it('takes display names from the history, and leaves unknown accounts as usernames', () => {
    const names = staffNames([
      { at: 'x', action: 'approve', actor: { kind: 'account', username: 'cgj-signer1', displayName: '邓永刚' }, detail: {} },
      { at: 'x', action: 'supplement', actor: { kind: 'applicant' }, detail: {} },
    ]);
    expect(nameOf(names, 'cgj-signer1')).toBe('邓永刚');
    expect(nameOf(names, 'cgj-signer3')).toBe('cgj-signer3');
  });
});
