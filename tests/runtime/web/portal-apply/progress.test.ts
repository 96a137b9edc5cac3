/** The tracking page's pure model: timeline states, what can be supplied, the supplement body, rating and withdrawal rules, complaints. */
import { describe, expect, it } from 'vitest';
import { ENGINE_ADDED_NOTE } from '../../../../runtime/engine/supplement-actions.js';
import { complaintBody, complaintProblems, type ComplaintDraft } from '../../../../runtime/web/portal/track/complaint.js';
import {
  canRate,
  canWithdraw,
  normalizeCaseNo,
  normalizeQueryCode,
  supplementBody,
  timeline,
  toSupply,
  type Progress,
} from '../../../../runtime/web/portal/track/progress.js';

const base: Progress = {
  caseNo: 'MF20261125-7K3Q9X',
  matterCode: 'M1',
  matterName: '食品经营许可（新办）',
  status: 'submitted',
  receivedAt: '2026-11-25T01:00:00.000Z',
  materials: [
    { materialId: 'application-form', status: 'provided' },
    { materialId: 'safety-manager', status: 'deferred' },
  ],
  steps: [{ name: '窗口受理', status: 'open', openedAt: '2026-11-25T01:00:00.000Z', dueDate: '2026-11-26' }],
};
const withNotice: Progress = {
  ...base,
  status: 'supplement_requested',
  notice: {
    issuedAt: '2026-11-25T02:00:00.000Z',
    items: [
      { materialId: 'business-license', problem: 'missing', note: ENGINE_ADDED_NOTE },
      { materialId: 'layout-and-process', problem: 'defective', note: '平面图不清晰' },
    ],
  },
  materials: [...base.materials, { materialId: 'business-license', status: 'missing' }, { materialId: 'layout-and-process', status: 'defective' }],
};

describe('timeline', () => {
  it('a fresh case: received done, acceptance current, conclusion upcoming with the due date', () => {
    const t = timeline({ ...base, dueDate: '2026-12-02' });
    expect(t.map((e) => [e.kind, e.state])).toEqual([
      ['received', 'done'],
      ['step', 'current'],
      ['end', 'upcoming'],
    ]);
    expect(t[1]).toMatchObject({ name: '窗口受理', dueDate: '2026-11-26' });
    expect(t[2]!.dueDate).toBe('2026-12-02');
  });
  it('the notice is current while it waits and done after the supply, after the step it was issued in', () => {
    expect(timeline(withNotice).map((e) => [e.kind, e.state])).toEqual([
      ['received', 'done'],
      ['step', 'current'],
      ['notice', 'current'],
      ['end', 'upcoming'],
    ]);
    expect(timeline({ ...withNotice, status: 'submitted' })[2]).toMatchObject({ kind: 'notice', state: 'done' });
  });
  it('a granted case: completed steps done with their action, cancelled ones left out, the end done', () => {
    const t = timeline({
      ...base,
      status: 'granted',
      outcome: 'granted',
      concludedAt: '2026-11-28T08:00:00.000Z',
      steps: [
        { name: '窗口受理', status: 'completed', openedAt: '2026-11-25T01:00:00.000Z', completedAt: '2026-11-25T03:00:00.000Z', action: 'accept' },
        { name: '现场核查', status: 'cancelled', openedAt: '2026-11-25T03:00:00.000Z' },
        { name: '审查决定', status: 'completed', openedAt: '2026-11-25T03:00:00.000Z', completedAt: '2026-11-27T03:00:00.000Z', action: 'approve' },
      ],
    });
    expect(t.map((e) => e.name || e.kind)).toEqual(['received', '窗口受理', '审查决定', 'end']);
    expect(t.every((e) => e.state === 'done')).toBe(true);
    expect(t[1]!.action).toBe('accept');
  });
});

describe('toSupply and supplementBody', () => {
  it('lists every open notice item, then the 容缺 materials still awaited', () => {
    expect(toSupply(withNotice)).toEqual([
      { materialId: 'business-license', reason: 'missing', note: ENGINE_ADDED_NOTE },
      { materialId: 'layout-and-process', reason: 'defective', note: '平面图不清晰' },
      { materialId: 'safety-manager', reason: 'deferred' },
    ]);
  });
  it('leaves out a notice item already provided, and everything once concluded', () => {
    const partly = { ...withNotice, materials: withNotice.materials.map((m) => (m.materialId === 'business-license' ? { ...m, status: 'provided' } : m)) };
    expect(toSupply(partly).map((i) => i.materialId)).toEqual(['layout-and-process', 'safety-manager']);
    expect(toSupply({ ...withNotice, status: 'withdrawn' })).toEqual([]);
  });
  it('without a notice only the deferred ones', () => {
    expect(toSupply(base)).toEqual([{ materialId: 'safety-manager', reason: 'deferred' }]);
  });
  it('sends only the items with files, with the query code', () => {
    const items = toSupply(withNotice);
    expect(supplementBody('QC', items, { 'layout-and-process': [{ id: 'F2', name: 'b.pdf' }], 'business-license': [], other: [{ id: 'F9', name: 'x' }] })).toEqual({
      queryCode: 'QC',
      materials: [{ materialId: 'layout-and-process', fileIds: ['F2'] }],
    });
  });
});

describe('rating, withdrawal, typed numbers', () => {
  it('rates once after conclusion; withdraws only before', () => {
    expect(canRate(base)).toBe(false);
    expect(canRate({ ...base, status: 'granted' })).toBe(true);
    expect(canRate({ ...base, status: 'denied', rating: { score: 4 } })).toBe(false);
    expect(canWithdraw(base)).toBe(true);
    expect(canWithdraw(withNotice)).toBe(true);
    expect(canWithdraw({ ...base, status: 'refused' })).toBe(false);
  });
  it('normalises what the applicant types', () => {
    expect(normalizeCaseNo(' mf20261125-7k3q9x ')).toBe('MF20261125-7K3Q9X');
    expect(normalizeQueryCode('k7qx 2m9ath')).toBe('K7QX2M9ATH');
    expect(normalizeCaseNo('  ')).toBeUndefined();
  });
});

describe('complaints', () => {
  const draft: ComplaintDraft = { about: 'case', caseNo: ' mf1 ', queryCode: 'abc', matterCode: 'M1', departmentId: 'scjg', text: ' 等了很久 ', contact: '13800138000' };
  it('sends only what the chosen subject needs', () => {
    expect(complaintBody(draft)).toEqual({ text: '等了很久', contact: '13800138000', caseNo: 'MF1', queryCode: 'ABC' });
    expect(complaintBody({ ...draft, about: 'matter' })).toEqual({ text: '等了很久', contact: '13800138000', matterCode: 'M1' });
    expect(complaintBody({ ...draft, about: 'department' })).toEqual({ text: '等了很久', contact: '13800138000', departmentId: 'scjg' });
  });
  it('names every empty field of the chosen subject at once', () => {
    expect(complaintProblems({ ...draft, caseNo: '', queryCode: ' ', text: '', contact: '' })).toEqual(['caseNo', 'queryCode', 'text', 'contact']);
    expect(complaintProblems({ ...draft, about: 'department', caseNo: '', departmentId: '' })).toEqual(['departmentId']);
    expect(complaintProblems(draft)).toEqual([]);
  });
});
