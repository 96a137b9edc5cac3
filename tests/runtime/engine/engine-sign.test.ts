/**
 * 会签 / 或签 progress for the workbench and the server: who must sign, who signed, who has not,
 * and that a listed signer who has not signed may always sign, whatever others did meanwhile.
 *
 * Legend: (accept) the 受理 step, [x] a step, ✔ end granted.
 *
 *   sign  start → (accept) → [cs] 会签 li·wang·zhao → [any] 或签 li·wang → [single] → ✔
 */
import { describe, expect, it } from 'vitest';
import { advance, maySign, signProgress, type EngineTask } from '../../../runtime/engine/index.js';
import { engineDef, mondayToFriday, signFlow } from '../../fixtures/engine-flows.js';
import { instantOn, runEvents } from './engine-harness.js';

const def = engineDef(signFlow);
const cs = (signers: string[]): EngineTask => {
  const s = runEvents(def, {}, [{ act: 'accept' }, ...signers.map((u) => ({ act: 'approve' as const, at: 'cs', as: u }))]).state;
  return s.tasks.find((t) => t.nodeId === 'cs')!;
};

describe('signProgress', () => {
  it.each([
    [[], { required: ['li', 'wang', 'zhao'], signed: [], pending: ['li', 'wang', 'zhao'] }],
    [['wang'], { required: ['li', 'wang', 'zhao'], signed: ['wang'], pending: ['li', 'zhao'] }],
    [['zhao', 'li'], { required: ['li', 'wang', 'zhao'], signed: ['zhao', 'li'], pending: ['wang'] }],
    [['zhao', 'li', 'wang'], { required: ['li', 'wang', 'zhao'], signed: ['zhao', 'li', 'wang'], pending: [] }],
  ])('given 会签 signed by %j, then progress is %j', (signers, progress) => {
    expect(signProgress(cs(signers))).toEqual(progress);
  });

  it('given 或签 signed by one, then nobody is pending; given a task naming nobody, then nothing is required', () => {
    const s = runEvents(def, {}, [{ act: 'accept' }, ...['li', 'wang', 'zhao'].map((u) => ({ act: 'approve' as const, at: 'cs', as: u }))]).state;
    const any = s.tasks.find((t) => t.nodeId === 'any')!;
    expect(signProgress({ ...any, signatures: [{ username: 'wang', action: 'approve', at: instantOn('2025-03-04') }] })).toEqual({ required: ['li', 'wang'], signed: ['wang'], pending: [] });
    expect(signProgress({ ...any, assignees: [] })).toEqual({ required: [], signed: [], pending: [] });
  });

  it('given each signer in turn, when each signs the state others left, then every signature succeeds and only a second one by the same user fails', () => {
    const task = cs(['li']);
    expect([maySign(task, 'li'), maySign(task, 'wang'), maySign(task, 'chen')]).toEqual([false, true, false]);
    const s = runEvents(def, {}, [{ act: 'accept' }, { act: 'approve', at: 'cs', as: 'li' }]).state;
    const wang = { kind: 'account' as const, username: 'wang', role: 'clerk', departmentId: 'dept-a' };
    const ctx = { now: instantOn('2025-03-04'), calendar: mondayToFriday };
    const next = advance(def, s, { type: 'approve', taskId: task.id }, wang, ctx).state;
    expect(signProgress(next.tasks.find((t) => t.id === task.id)!).signed).toEqual(['li', 'wang']);
    expect(() => advance(def, next, { type: 'approve', taskId: task.id }, wang, ctx)).toThrow(expect.objectContaining({ code: 'INVALID_ACTION' }));
  });
});
