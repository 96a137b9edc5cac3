/**
 * Pure pieces of the case service, table-driven: a window intake's material entries (each fault
 * at its index), the 会签 staleness rule (a stale view that only missed other signatures is no
 * conflict), and the desks a case is credited to.
 */
import { describe, expect, it } from 'vitest';
import { desksOf } from '../../../runtime/cases/case-documents.js';
import { countersignStaleness } from '../../../runtime/cases/countersign-staleness.js';
import { checkIntakeMaterials } from '../../../runtime/cases/window-intake.js';
import type { Actor, CaseState, EngineDefinition } from '../../../runtime/engine/index.js';
import type { Task } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

const def = { ...sampleMatter(), version: 1 } as unknown as EngineDefinition;

describe('checkIntakeMaterials', () => {
  it.each<[string, unknown, string[]]>([
    ['a complete list', [{ materialId: 'application-form', status: 'provided' }, { materialId: 'business-license', status: 'missing' }], []],
    ['not a list', { materialId: 'application-form' }, ['/materials']],
    ['an unknown material', [{ materialId: 'nope', status: 'provided' }], ['/materials/0/materialId']],
    ['a material twice', [{ materialId: 'application-form', status: 'provided' }, { materialId: 'application-form', status: 'missing' }], ['/materials/1/materialId']],
    ['a status the window does not know', [{ materialId: 'application-form', status: 'deferred' }], ['/materials/0/status']],
    ['a note too long and bad file ids', [{ materialId: 'application-form', status: 'defective', note: 'x'.repeat(1001), fileIds: [1] }], ['/materials/0/note', '/materials/0/fileIds']],
    ['an entry that is no object', ['application-form'], ['/materials/0']],
  ])('%s', (_, materials, paths) => {
    expect(checkIntakeMaterials(def, materials).errors.map((e) => e.path)).toEqual(paths);
  });
});

describe('countersignStaleness', () => {
  const task = (over: Partial<Task> = {}): Task => ({
    id: 'T1', caseNo: 'MF1', nodeId: 'review', stepName: '会签审查', departmentId: 'scjg', status: 'open', openedAt: '2026-03-02T01:00:00Z',
    mode: 'countersign', assignees: ['s1', 's2', 's3'], signatures: [{ username: 's1', action: 'approve', at: '2026-03-02T02:00:00Z' }], version: 1, ...over,
  });
  const signer = (username: string): Actor => ({ kind: 'account', username, role: 'clerk', departmentId: 'scjg' });
  it.each<[string, Task, number, string, string, boolean]>([
    ['an unsigned signer who missed one signature', task(), 0, 's2', 'approve', true],
    ['the signer who already signed', task(), 0, 's1', 'approve', false],
    ['somebody not listed', task(), 0, 'x9', 'approve', false],
    ['a return is no signature', task(), 0, 's2', 'return', false],
    ['more versions than signatures (something else changed)', task({ version: 2 }), 0, 's2', 'approve', false],
    ['a single-handler task', task({ mode: 'single' }), 0, 's2', 'approve', false],
    ['a completed task', task({ status: 'completed' }), 0, 's2', 'approve', false],
  ])('%s', (_, t, expected, username, action, ok) => {
    expect(countersignStaleness(t, expected, signer(username), action)).toBe(ok);
  });
});

describe('desksOf', () => {
  const base = { matterCode: 'M', tasks: [], suspensions: [] } as unknown as CaseState;
  const deliverDef = { ...def, flow: { ...def.flow, nodes: [...def.flow.nodes, { id: 'deliver', kind: 'step', name: '统一出件', stepType: 'deliver', atAcceptingDesk: true }] } } as EngineDefinition;
  it('credits receipt and acceptance to the front desk and the decision to the deciding step, not to 统一出件', () => {
    const state = {
      ...base,
      intake: { channel: 'window', receivedBy: { username: 'zh', departmentId: 'zhzx', windowId: 'zh-01', at: 't' } },
      acceptedAt: 't', acceptedBy: { username: 'zh', departmentId: 'zhzx', windowId: 'zh-01', at: 't' },
      outcome: 'granted', concludedAt: 't2',
      tasks: [
        { id: 'T1', nodeId: 'decide', departmentId: 'scjg', status: 'completed' },
        { id: 'T2', nodeId: 'deliver', departmentId: 'zhzx', status: 'completed' },
      ],
    } as unknown as CaseState;
    expect(desksOf(state, deliverDef)).toEqual({ intakeDepartmentId: 'zhzx', acceptDepartmentId: 'zhzx', acceptWindowId: 'zh-01', decideDepartmentId: 'scjg' });
  });
  it('an online case deemed accepted is the matter department’s; a refusal decides nothing', () => {
    expect(desksOf({ ...base, acceptedAt: 't' } as CaseState, def)).toEqual({ acceptDepartmentId: 'scjg' });
    expect(desksOf({ ...base, outcome: 'refused' } as CaseState, def)).toEqual({});
  });
});
