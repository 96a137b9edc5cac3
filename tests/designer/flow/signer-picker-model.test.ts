/** The signer picker's model: options keep chosen signers named, and patches keep assignees consistent with mode, department and step type. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../designer/flow/flow-commands.js';
import { assigneesPatch, departmentPatch, modePatch, rememberAccounts, signerLabel, signerOptions, stepTypePatch, takesSigners } from '../../../designer/flow/signer-picker-model.js';
import type { FlowDefinition } from '../../../schemas/types.generated.js';

const A = { username: 'scjg-clerk', displayName: '王芳', role: 'clerk' };
const B = { username: 'scjg-clerk2', displayName: '李强', role: 'clerk' };
const L = { username: 'scjg-leader', role: 'leader' };

describe('signer picker model', () => {
  it('labels accounts by name and username', () => {
    expect(signerLabel(A)).toBe('王芳（scjg-clerk）');
    expect(signerLabel(L)).toBe('scjg-leader');
  });

  it('lists the search answers, then chosen signers it did not return, named from what is known', () => {
    const known = rememberAccounts(new Map(), [A, B, L]);
    expect(signerOptions([B], ['scjg-clerk', 'scjg-clerk2', 'gone'], known)).toEqual([
      { value: 'scjg-clerk2', label: '李强（scjg-clerk2）' },
      { value: 'scjg-clerk', label: '王芳（scjg-clerk）' },
      { value: 'gone', label: 'gone', unknown: true },
    ]);
  });

  it('makes node patches', () => {
    expect(takesSigners('countersign')).toBe(true);
    expect(takesSigners('single')).toBe(false);
    expect(takesSigners(undefined)).toBe(false);
    expect(assigneesPatch(['a', 'b', 'a'])).toEqual({ assignees: ['a', 'b'] });
    expect(assigneesPatch([])).toEqual({ assignees: undefined });
    expect(modePatch({ assignees: ['a'] }, 'single')).toEqual({ mode: 'single', assignees: undefined });
    expect(modePatch({ assignees: ['a'] }, 'anysign')).toEqual({ mode: 'anysign' });
    expect(departmentPatch({ departmentId: 'scjg', assignees: ['a'] }, 'wsjk')).toEqual({ departmentId: 'wsjk', assignees: undefined });
    expect(departmentPatch({ departmentId: 'scjg', assignees: ['a'] }, 'scjg')).toEqual({});
    expect(stepTypePatch({ atAcceptingDesk: true }, 'decide')).toEqual({ stepType: 'decide', atAcceptingDesk: undefined });
    expect(stepTypePatch({ atAcceptingDesk: true }, 'deliver')).toEqual({ stepType: 'deliver' });
  });

  it('a patch applied as a command removes what it sets undefined, and undo restores it', () => {
    const flow: FlowDefinition = {
      nodes: [{ id: 's', kind: 'step', name: '审查', departmentId: 'scjg', mode: 'countersign', assignees: ['a', 'b'] }],
      edges: [],
    };
    const r = applyCommand(flow, { type: 'node.update', id: 's', patch: modePatch(flow.nodes[0]!, 'single') });
    if ('error' in r) throw new Error(r.error);
    expect(r.flow.nodes[0]).toEqual({ id: 's', kind: 'step', name: '审查', departmentId: 'scjg', mode: 'single' });
    const back = applyCommand(r.flow, r.inverse[0]!);
    if ('error' in back) throw new Error(back.error);
    expect(back.flow.nodes[0]).toEqual(flow.nodes[0]);
  });
});
