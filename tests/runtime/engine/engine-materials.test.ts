/**
 * Materials: which are needed, which are missing, the one-time notice (一次性告知), 容缺
 * (deferred) and 告知承诺 (committed).
 *
 * Legend: (accept) the 受理 step, [x] a step, ✔ end granted.
 *
 *   material   start → (accept, checks id-card) → [review, checks licence + no-record] → ✔
 *   linear     start → (accept) → [review] → [decide] → ✔
 *
 * Materials (richMaterials): id-card, application required · no-record required, 告知承诺 ·
 * licence required, 容缺 · lease if situation rented · plan if amount > 100 · fire-cert if rented
 * and floors = many · words-only conditional in words only · photo optional.
 */
import { describe, expect, it } from 'vitest';
import {
  ENGINE_ADDED_NOTE, materialsRequired, missingMaterials, startCase, type StartCaseInput,
} from '../../../runtime/engine/index.js';
import { engineDef, linearFlow, materialFlow, mondayToFriday, richMaterials } from '../../fixtures/engine-flows.js';
import { FIRST_DAY, instantOn, openSteps, runEvents, type EngineEvent } from './engine-harness.js';

const def = engineDef(materialFlow, { materials: richMaterials });
const ctx = { now: instantOn(FIRST_DAY), calendar: mondayToFriday };
const provided = (...ids: string[]): StartCaseInput['materials'] => ids.map((materialId) => ({ materialId, status: 'provided', fileIds: [`file-${materialId}`] }));

describe('materialsRequired', () => {
  const table: Array<{ given: string; situation?: string; data: Record<string, unknown>; expected: string[] }> = [
    { given: 'no situation, no answers', data: {}, expected: ['id-card', 'application', 'no-record', 'licence'] },
    { given: 'situation rented', situation: 'rented', data: {}, expected: ['id-card', 'application', 'no-record', 'licence', 'lease'] },
    { given: 'situation rented and floors = many (both parts hold)', situation: 'rented', data: { floors: 'many' }, expected: ['id-card', 'application', 'no-record', 'licence', 'lease', 'fire-cert'] },
    { given: 'floors = many without the situation (one part of two)', data: { floors: 'many' }, expected: ['id-card', 'application', 'no-record', 'licence'] },
    { given: 'another situation', situation: 'owned', data: { amount: 101 }, expected: ['id-card', 'application', 'no-record', 'licence', 'plan'] },
    { given: 'amount 100 (the rule does not hold)', data: { amount: 100 }, expected: ['id-card', 'application', 'no-record', 'licence'] },
  ];
  it.each(table)('given $given, then the needed materials are $expected', ({ situation, data, expected }) => {
    expect(materialsRequired(def, situation, data).map((m) => m.id)).toEqual(expected);
  });
});

describe('submission', () => {
  it('given a submission lacking materials, when the case starts, then needed ones are missing or (容缺) deferred', () => {
    const { state } = startCase(def, { data: {}, situation: 'rented', materials: [...provided('id-card'), { materialId: 'no-record', status: 'committed' }] }, ctx);
    expect(state.materials.map((m) => `${m.materialId}:${m.status}`)).toEqual([
      'id-card:provided', 'no-record:committed', 'application:missing', 'licence:deferred', 'lease:missing',
    ]);
    expect(missingMaterials(def, state).map((m) => m.id)).toEqual(['application', 'lease']);
  });

  const refused: Array<{ given: string; materials: StartCaseInput['materials']; message: string }> = [
    { given: 'a commitment for a material that cannot be waived', materials: [{ materialId: 'application', status: 'committed' }], message: '告知承诺' },
    { given: 'a deferral of a material that is not 容缺', materials: [{ materialId: 'id-card', status: 'deferred' }], message: '容缺' },
    { given: 'an unknown material', materials: provided('passport'), message: 'passport' },
    { given: 'a material listed twice', materials: provided('id-card', 'id-card'), message: 'twice' },
  ];
  it.each(refused)('given $given, when the case starts, then it is INVALID_INPUT', ({ materials, message }) => {
    expect(() => startCase(def, { data: {}, materials }, ctx)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining(message) }));
  });
});

describe('the one-time notice, 容缺 and 告知承诺', () => {
  const input: Partial<StartCaseInput> = {
    situation: 'rented',
    materials: [...provided('id-card', 'application'), { materialId: 'no-record', status: 'committed' }],
  };
  const notice: EngineEvent = { act: 'request_supplement', with: { items: [{ materialId: 'application', problem: 'defective', note: '未签字' }] } };
  const supply = (...ids: string[]): EngineEvent => ({ act: 'supplement', as: 'applicant', with: { materials: ids.map((materialId) => ({ materialId, fileIds: [`new-${materialId}`] })) } });

  it('given a missing lease, when accepting, then it is refused naming the lease', () => {
    const run = runEvents(def, input, [{ act: 'accept', fails: 'INVALID_STATE', message: '"租赁合同" (lease)' }]);
    expect(run.state.status).toBe('submitted');
  });

  it('given a defective application and a missing lease, when the clerk lists only the application, then the notice lists both', () => {
    const run = runEvents(def, input, [notice]);
    expect(run.state.status).toBe('supplement_requested');
    expect(run.state.notice?.items).toEqual([
      { materialId: 'application', problem: 'defective', note: '未签字' },
      { materialId: 'lease', problem: 'missing', note: ENGINE_ADDED_NOTE },
    ]);
    expect(run.state.notice?.issuedBy).toBe('clerk-dept-a');
    expect(run.state.suspensions).toEqual([{ kind: 'supplement', reason: 'one-time supplement notice', from: instantOn(FIRST_DAY) }]);
    expect(run.state.materials.find((m) => m.materialId === 'application')?.status).toBe('defective');
    expect(run.effects).toContainEqual(expect.objectContaining({ type: 'notice.issued' }));
  });

  it('given the notice, when the applicant supplies part, then all, then the case is submitted again and can be accepted', () => {
    const run = runEvents(def, input, [
      notice,
      { act: 'accept', fails: 'INVALID_STATE', message: 'supplement' },
      { ...supply('application'), on: '2025-03-04' },
      { act: 'approve', at: 'accept', fails: 'INVALID_STATE' },
      { ...supply('photo'), fails: 'INVALID_ACTION', message: 'photo' },
      { ...supply('id-card'), fails: 'INVALID_ACTION', message: 'provided' },
      { ...supply('lease'), on: '2025-03-05' },
      { act: 'request_supplement', with: { items: [{ materialId: 'id-card', problem: 'defective' }] }, fails: 'INVALID_ACTION', message: 'already issued' },
      { act: 'accept', on: '2025-03-06' },
    ]);
    expect(run.state.status).toBe('in_progress');
    expect(run.state.submittedAt).toBe(instantOn('2025-03-05'));
    expect(run.state.suspensions[0].to).toBe(instantOn('2025-03-05'));
    // Art. 32 counts anew from the complete supply (Wed 03-05): the answer is due 5 working days later.
    expect([run.state.acceptDueDate, run.state.tasks[0].dueDate]).toEqual(['2025-03-12', '2025-03-12']);
    // The supplement happened before acceptance: the clock starts at acceptance, unpushed.
    expect(run.state.dueDate).toBe('2025-03-20');
    expect(run.state.materials.find((m) => m.materialId === 'lease')).toEqual({ materialId: 'lease', status: 'provided', fileIds: ['new-lease'] });
    expect(run.state.materials.find((m) => m.materialId === 'application')).toEqual({ materialId: 'application', status: 'provided', fileIds: ['new-application'] });
  });

  it('given a partial supply, then the case still waits for the rest', () => {
    const run = runEvents(def, input, [notice, supply('lease')]);
    expect(run.state.status).toBe('supplement_requested');
  });

  it('given a deferred (容缺) licence, when its review is approved before and after the supply, then only after succeeds', () => {
    const run = runEvents(def, { materials: [...provided('id-card', 'application'), { materialId: 'no-record', status: 'committed' }] }, [
      { act: 'accept' },
      { act: 'approve', at: 'review', fails: 'INVALID_STATE', message: '"营业执照" (licence), still deferred' },
      supply('licence'),
      { act: 'approve', at: 'review' },
    ]);
    expect(run.state.status).toBe('granted');
    expect(openSteps(run.state)).toEqual([]);
  });

  it('given nothing missing, when the clerk issues an empty notice, then there is nothing to supplement', () => {
    runEvents(engineDef(linearFlow), {}, [{ act: 'request_supplement', with: { items: [] }, fails: 'INVALID_INPUT', message: 'nothing to supplement' }]);
  });

  it('given a notice naming an unknown material or one twice, then it is INVALID_INPUT', () => {
    runEvents(def, input, [
      { act: 'request_supplement', with: { items: [{ materialId: 'passport', problem: 'missing' }] }, fails: 'INVALID_INPUT', message: 'passport' },
      { act: 'request_supplement', with: { items: [{ materialId: 'lease', problem: 'missing' }, { materialId: 'lease', problem: 'defective' }] }, fails: 'INVALID_INPUT', message: 'twice' },
      { act: 'request_supplement', with: { items: [{ materialId: 'lease', problem: 'lost' }] }, fails: 'INVALID_INPUT', message: 'problem' },
    ]);
  });

  it('given a notice, when the applicant never supplies, then the clerk may still refuse', () => {
    const run = runEvents(def, input, [notice, { act: 'refuse', with: { reasons: '逾期未补正' } }]);
    expect([run.state.status, run.state.suspensions[0].to]).toEqual(['refused', instantOn(FIRST_DAY)]);
  });
});
