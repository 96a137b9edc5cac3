/**
 * 窗口收件 and 一窗受理: a window clerk receives an application as it is (missing and defective
 * materials included — received, never refused), the one-time notice lists everything at once,
 * the art. 32 answer date (5 working days after receipt) dates the accept task, and a front desk
 * (综合窗口) flagged by the server accepts, refuses or notifies for the matter's department.
 * Calendar Mon–Fri; received Monday 2025-03-03.
 *
 * Legend: (accept) the 受理 step, [x] a step, ✔ end granted.
 *
 *   desk  start → (accept)(dept-a) → [cs] 会签 li·wang·zhao → [decide] → [deliver] @accepting desk → ✔
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_ADDED_NOTE, startCase, type Actor, type StartCaseInput } from '../../../runtime/engine/index.js';
import { deskFlow, engineDef, mondayToFriday } from '../../fixtures/engine-flows.js';
import { FIRST_DAY, instantOn, runEvents } from './engine-harness.js';
import { runScenarios, type Scenario } from './scenario-table.js';

const frontDesk: Actor = { kind: 'account', username: 'zhzx-clerk', role: 'clerk', departmentId: 'zhzx', windowId: 'zh-01', frontDesk: true };
const notFlagged: Actor = { ...frontDesk, frontDesk: undefined };
const atWindow: StartCaseInput['intake'] = { channel: 'window', receivedBy: { username: 'zhzx-clerk', departmentId: 'zhzx', windowId: 'zh-01' } };
/** Paper application: the id card is there, the application form unsigned, nothing else brought. */
const incomplete: Partial<StartCaseInput> = {
  intake: atWindow,
  materials: [
    { materialId: 'id-card', status: 'provided' },
    { materialId: 'application', status: 'defective', note: '申请书未签字' },
  ],
};
const def = engineDef(deskFlow);

describe('window intake (窗口收件)', () => {
  it('given an incomplete paper application, when received, then it is submitted with its statuses, the intake and the art. 32 answer date', () => {
    const run = runEvents(def, incomplete, []);
    const s = run.state;
    expect(s.status).toBe('submitted');
    expect(s.intake).toEqual({ channel: 'window', receivedBy: { username: 'zhzx-clerk', departmentId: 'zhzx', windowId: 'zh-01', at: instantOn(FIRST_DAY) } });
    expect(s.materials).toEqual([
      { materialId: 'id-card', status: 'provided' },
      { materialId: 'application', status: 'defective', note: '申请书未签字' },
    ]);
    // Received Mon 03-03: the answer is due 5 working days later, and so is the accept task (not its step's 1 day).
    expect([s.acceptDueDate, s.tasks[0].nodeId, s.tasks[0].dueDate]).toEqual(['2025-03-10', 'accept', '2025-03-10']);
    expect(s.history[0]).toMatchObject({ action: 'submit', actor: { kind: 'account', username: 'zhzx-clerk', departmentId: 'zhzx' }, detail: { channel: 'window', receivedBy: 'zhzx-clerk' } });
  });

  it('given nothing brought at all, when received, then every needed material is missing and the case still starts', () => {
    const { state } = startCase(def, { data: {}, materials: [], intake: { channel: 'window' } }, { now: instantOn(FIRST_DAY), calendar: mondayToFriday });
    expect(state.materials.map((m) => `${m.materialId}:${m.status}`)).toEqual(['id-card:missing', 'application:missing']);
    expect(state.intake).toEqual({ channel: 'window' });
  });

  it.each([
    ['a channel that is not one', { channel: 'fax' }, 'intake.channel'],
    ['a receiving clerk without a username', { channel: 'window', receivedBy: { departmentId: 'zhzx' } }, 'intake.receivedBy.username'],
    ['a receiving clerk without a department', { channel: 'window', receivedBy: { username: 'x' } }, 'intake.receivedBy.departmentId'],
  ])('given %s, when received, then it is INVALID_INPUT naming %s', (_, intake, field) => {
    expect(() => startCase(def, { data: {}, materials: [], intake: intake as never }, { now: instantOn(FIRST_DAY), calendar: mondayToFriday }))
      .toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining(field) }));
  });
});

const scenarios: Scenario[] = [
  {
    given: 'an incomplete window intake', when: 'the front desk issues the one-time notice on the spot, listing nothing itself',
    flow: deskFlow, input: { ...incomplete, materials: [{ materialId: 'application', status: 'defective', note: '申请书未签字' }] },
    events: [{ act: 'request_supplement', as: frontDesk, with: { items: [] } }],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'supplement_requested',
    then: (s) => {
      expect([s.tasks[0].dueDate, s.tasks[0].version]).toEqual([undefined, 1]); // the applicant is awaited, not the desk
      expect(s.notice?.items).toEqual([
      { materialId: 'id-card', problem: 'missing', note: ENGINE_ADDED_NOTE },
      { materialId: 'application', problem: 'defective', note: '申请书未签字' },
      ]);
    },
  },
  {
    given: 'an incomplete window intake', when: 'the front desk tries to accept it',
    flow: deskFlow, input: incomplete,
    events: [{ act: 'accept', as: frontDesk, fails: 'INVALID_STATE', message: 'one-time supplement notice' }],
    expectedOpenSteps: ['accept'], expectedOrder: ['accept'], expectedStatus: 'submitted',
  },
  {
    given: 'a complete application of dept-a\'s matter', when: 'the front desk accepts it for dept-a',
    flow: deskFlow, events: [{ act: 'accept', as: frontDesk }],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
    then: (s) => {
      expect(s.acceptedBy).toEqual({ username: 'zhzx-clerk', departmentId: 'zhzx', windowId: 'zh-01', at: instantOn(FIRST_DAY) });
      expect(s.tasks[0]).toMatchObject({ departmentId: 'dept-a', completedBy: 'zhzx-clerk', action: 'accept' });
      expect(s.dueDate).toBe('2025-03-17');
    },
  },
  {
    given: 'a complete application', when: 'a front-desk clerk the server did not flag for this matter accepts, then a flagged one tries a review',
    flow: deskFlow,
    events: [
      { act: 'accept', as: notFlagged, fails: 'FORBIDDEN', message: 'dept-a' },
      { act: 'accept', as: frontDesk },
      { act: 'approve', at: 'cs', as: frontDesk, fails: 'FORBIDDEN' },
    ],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
  },
  {
    given: 'a complete application', when: 'the front desk refuses it',
    flow: deskFlow, events: [{ act: 'refuse', as: frontDesk, with: { reasons: '不属于本机关职权范围' } }],
    expectedOpenSteps: [], expectedOrder: ['accept'], expectedStatus: 'refused',
    then: (s) => expect(s.rightsNotice).toMatchObject({ kind: 'refusal', decidedBy: 'zhzx-clerk', stepName: '受理' }),
  },
  {
    given: 'a complete application nobody answers', when: 'the system deems it accepted after 5 working days',
    flow: deskFlow, events: [{ act: 'deem_accepted', as: 'system', on: '2025-03-11' }],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
    then: (s) => expect(s.acceptedBy).toEqual({ username: 'system', departmentId: 'dept-a', at: instantOn('2025-03-11') }),
  },
  {
    given: 'an incomplete window intake', when: 'notified on Tue, supplied on Thu, then accepted',
    flow: deskFlow, input: incomplete,
    events: [
      { act: 'request_supplement', with: { items: [] }, on: '2025-03-04' },
      { act: 'supplement', as: 'applicant', with: { materials: [{ materialId: 'application', fileIds: ['signed'] }] }, on: '2025-03-06' },
      { act: 'accept', on: '2025-03-07' },
    ],
    expectedOpenSteps: ['cs'], expectedOrder: ['accept', 'cs'], expectedStatus: 'in_progress',
    then: (s) => {
      // Art. 32 counts again from the complete supply (Thu 03-06); the promised clock from acceptance (Fri 03-07).
      expect([s.acceptDueDate, s.tasks[0].dueDate, s.dueDate]).toEqual(['2025-03-13', '2025-03-13', '2025-03-21']);
      expect(s.acceptedBy?.departmentId).toBe('dept-a');
    },
  },
];

runScenarios('acceptance at a window and a front desk', scenarios);
