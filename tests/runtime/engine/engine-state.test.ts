/**
 * The state document: deterministic ids, one history entry and one version bump per action,
 * the effects of a transition in order, the case bound to its matter version, and an engine
 * that stays pure (no I/O, no clock, no randomness).
 *
 * Legend: (accept) the 受理 step, [x] a step, ✔ end granted.
 *
 *   linear  start → (accept) → [review] → [decide] → ✔
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance, startCase } from '../../../runtime/engine/index.js';
import { engineDef, linearFlow, mondayToFriday } from '../../fixtures/engine-flows.js';
import { FIRST_DAY, fullMaterials, instantOn, runEvents } from './engine-harness.js';

const def = engineDef(linearFlow);
const ctx = { now: instantOn(FIRST_DAY), calendar: mondayToFriday };
const clerk = { kind: 'account' as const, username: 'zhou', role: 'clerk', departmentId: 'dept-a' };

describe('case state', () => {
  it('given a case number, when the case starts, then tasks carry it and their ids are prefixed by it', () => {
    const { state, effects } = startCase(def, { caseNo: 'C-2025-000001', data: {}, materials: fullMaterials(def) }, ctx);
    expect(state.tasks.map((t) => [t.id, t.caseNo])).toEqual([['C-2025-000001-T2', 'C-2025-000001']]);
    expect(effects.map((e) => e.type)).toEqual(['case.created', 'task.opened']);
    expect([state.version, state.nextId, state.status]).toEqual([0, 3, 'submitted']);
  });

  it('given form data, when the case starts and advances, then the caller\'s objects are untouched', () => {
    const data = { amount: 5, nested: { a: 1 } };
    const materials = fullMaterials(def);
    const frozen = JSON.stringify({ data, materials });
    const { state } = startCase(def, { data, materials }, ctx);
    state.data.amount = 99;
    expect(JSON.stringify({ data, materials })).toBe(frozen);
  });

  it('given an accepted case, then the effects of acceptance come in order: clock, status, task closed, task opened', () => {
    const { state } = startCase(def, { data: {}, materials: fullMaterials(def) }, ctx);
    const { effects } = advance(def, state, { type: 'accept' }, clerk, ctx);
    expect(effects).toEqual([
      { type: 'case.due_date_changed', dueDate: '2025-03-17' },
      { type: 'case.status_changed', from: 'submitted', to: 'in_progress' },
      { type: 'task.closed', taskId: 'T2', nodeId: 'accept', outcome: 'accept' },
      { type: 'task.opened', task: expect.objectContaining({ id: 'T3', nodeId: 'review', status: 'open', version: 0, dueDate: '2025-03-10', departmentId: 'dept-a' }) },
    ]);
  });

  it('given a run, then history has one entry per action with who, when and which task', () => {
    const run = runEvents(def, {}, [{ act: 'accept', as: 'zhou' }, { act: 'approve', at: 'review', as: 'zhou', with: { comment: 'ok' }, on: '2025-03-04' }]);
    expect(run.state.history).toEqual([
      { at: instantOn(FIRST_DAY), action: 'submit', actor: { kind: 'applicant' }, detail: { materials: ['id-card:provided', 'application:provided'] } },
      { at: instantOn(FIRST_DAY), action: 'accept', actor: clerk, taskId: 'T2', nodeId: 'accept', detail: {} },
      { at: instantOn('2025-03-04'), action: 'approve', actor: clerk, taskId: 'T3', nodeId: 'review', detail: { comment: 'ok' } },
    ]);
    expect(run.state.tasks.map((t) => [t.nodeId, t.status, t.version, t.completedBy ?? null])).toEqual([
      ['accept', 'completed', 1, 'zhou'], ['review', 'completed', 2, 'zhou'], ['decide', 'open', 0, null],
    ]);
    expect(run.state.version).toBe(2);
  });

  it('given a case of version 1, when advanced with version 2 of the matter, then it is refused', () => {
    const { state } = startCase(def, { data: {}, materials: fullMaterials(def) }, ctx);
    expect(() => advance({ ...def, version: 2 }, state, { type: 'accept' }, clerk, ctx)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('ENGINE-TEST-1 v1') }),
    );
  });

  it('given a clock reading that is not an instant, then it is INVALID_INPUT naming ctx.now', () => {
    const { state } = startCase(def, { data: {}, materials: fullMaterials(def) }, ctx);
    expect(() => advance(def, state, { type: 'accept' }, clerk, { ...ctx, now: 'tomorrow' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('ctx.now') }),
    );
  });

  it('given the same state and action twice, then the transitions are identical', () => {
    const { state } = startCase(def, { data: {}, materials: fullMaterials(def) }, ctx);
    expect(advance(def, state, { type: 'accept' }, clerk, ctx)).toEqual(advance(def, state, { type: 'accept' }, clerk, ctx));
  });

  it('given the engine sources, then none imports node modules, reads the clock or draws random numbers', () => {
    const dir = join(import.meta.dirname, '../../../runtime/engine');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offending = files.filter((f) => /from 'node:|Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});
