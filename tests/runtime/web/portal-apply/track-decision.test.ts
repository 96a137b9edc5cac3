/** The tracking page's rights text, acceptance deadline, 预计 marks and error words (pure parts). */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../runtime/web/shared/http.js';
import { awaitsAcceptance, rightsLines, timeline, type Progress } from '../../../../runtime/web/portal/track/progress.js';
import { trackErrorKey } from '../../../../runtime/web/portal/track/track-error.js';

const base: Progress = {
  caseNo: 'MF20261125-7K3Q9X',
  matterCode: 'M1',
  matterName: '食品经营许可（新办）',
  status: 'in_progress',
  receivedAt: '2026-11-25T01:00:00.000Z',
  acceptedAt: '2026-11-26T01:00:00.000Z',
  dueDate: '2027-01-08',
  dueDateProvisional: true,
  materials: [],
  steps: [{ name: '会签审查', status: 'open', openedAt: '2026-11-26T01:00:00.000Z', dueDate: '2027-01-05', dueDateProvisional: true }],
};

describe('tracking: decision and clocks', () => {
  it('lists the rights in order: step, who decided, rule, basis, then the remedies in full', () => {
    const lines = rightsLines({ kind: 'denial', basis: '《中华人民共和国行政许可法》第三十八条', remedies: '如不服本决定，可以……', decidedBy: '刘婷', stepName: '决定', rule: '经营场所面积小于 10 平方米' });
    expect(lines.map((l) => l.key)).toEqual(['step', 'decidedBy', 'rule', 'basis', 'remedies']);
    expect(lines.at(-1)!.text).toBe('如不服本决定，可以……');
    expect(rightsLines({ kind: 'refusal', remedies: 'x' }).map((l) => l.key)).toEqual(['remedies']);
    // A gateway's denial has the rule as its reasons, shown once above: not repeated here.
    expect(rightsLines({ kind: 'denial', remedies: 'x', rule: '位于禁设区域' }, '位于禁设区域').map((l) => l.key)).toEqual(['remedies']);
  });
  it('shows the acceptance deadline only while the case waits for acceptance', () => {
    expect(awaitsAcceptance({ status: 'submitted' })).toBe(true);
    expect(awaitsAcceptance({ status: 'supplement_requested' })).toBe(true);
    expect(awaitsAcceptance(base)).toBe(false);
  });
  it('carries the 预计 mark of provisional due dates onto the timeline', () => {
    const t = timeline(base);
    expect(t.find((e) => e.kind === 'step')).toMatchObject({ dueDate: '2027-01-05', dueDateProvisional: true });
    expect(t.at(-1)).toMatchObject({ kind: 'end', dueDate: '2027-01-08', dueDateProvisional: true });
  });
  it('words a failure by its status, never by the server message', () => {
    expect(trackErrorKey(new ApiError(422, 'VALIDATION_FAILED', '/materials/0/fileIds: unknown file'))).toBe('track.err.invalid');
    expect(trackErrorKey(new ApiError(404, 'NOT_FOUND', 'case'))).toBe('track.err.notFound');
    expect(trackErrorKey(new ApiError(0, 'NETWORK', 'x'))).toBe('track.err.network');
    expect(trackErrorKey(new Error('boom'))).toBe('track.err.server');
  });
});
