import { describe, expect, it } from 'vitest';
import type { Department } from '../../../../schemas/types.generated.js';
import { intakeBody, intakeLines, intakeProblems, isComplete, lacking, mayAcceptAtOnce, mayTake, noticeBody, setLine, type IntakeDraft } from '../../../../runtime/web/workbench/intake/intake-model';
import type { SessionUser } from '../../../../runtime/web/shared/http';
import { formFieldTitles } from '../../../../runtime/web/workbench/intake/form-field-titles';

const departments: Department[] = [
  { id: 'zhzx', name: '汉江市政务服务中心综合窗口', frontDesk: true, windows: [{ id: 'zh-01', name: '综合受理窗口', acceptsMatters: ['M-W'] }, { id: 'zh-02', name: '二号窗口' }] },
  { id: 'scjg', name: '汉江市市场监督管理局' },
];

describe('which matters a desk may take', () => {
  it('takes its own department\'s, and as a front desk those naming it or listed by its window', () => {
    const clerk = { username: 'scjg-clerk', departmentId: 'scjg' };
    const desk = { username: 'zhzx-clerk', departmentId: 'zhzx' };
    expect(mayTake({ code: 'M-1', departmentId: 'scjg' }, clerk, departments)).toBe(true);
    expect(mayTake({ code: 'M-2', departmentId: 'zrzy', frontDesks: ['zhzx'] }, clerk, departments)).toBe(false);
    expect(mayTake({ code: 'M-2', departmentId: 'zrzy', frontDesks: ['zhzx'] }, desk, departments)).toBe(true);
    expect(mayTake({ code: 'M-W', departmentId: 'zrzy' }, desk, departments)).toBe(true);
    expect(mayTake({ code: 'M-W', departmentId: 'zrzy' }, { ...desk, windowId: 'zh-02' }, departments)).toBe(false);
    expect(mayTake({ code: 'M-3', departmentId: 'zrzy' }, desk, departments)).toBe(false);
    expect(mayTake({ code: 'M-1', departmentId: 'scjg', frontDesks: ['scjg'] }, { username: 'x' }, departments)).toBe(false);
  });
  it('takes the session user as it is: a leader\'s role and the window it names, no cast', () => {
    const leader: SessionUser = { username: 'zhzx-leader', role: 'leader', departmentId: 'zhzx', windowId: 'zh-02' };
    expect(mayTake({ code: 'M-W', departmentId: 'zrzy' }, leader, departments)).toBe(false);
    expect(mayTake({ code: 'M-W', departmentId: 'zrzy' }, { ...leader, windowId: 'zh-01' }, departments)).toBe(true);
  });
});

describe('the intake draft', () => {
  const needed = [{ id: 'licence', name: '营业执照' }, { id: 'plan', name: '平面图' }, { id: 'id', name: '身份证明' }];
  const applicant = { kind: 'legal_person' as const, name: '汉江示例公司', idType: 'uscc' as const, idNumber: '91619900MA0XXXXXX0', phone: '0915-1234567' };
  let lines = intakeLines(needed);
  const draft = (): IntakeDraft & { matterCode: string } => ({ matterCode: 'M-1', situations: [], applicant, lines });
  it('asks for every material to be marked, and a note on a defect', () => {
    expect(intakeProblems({ ...draft(), matterCode: undefined } as IntakeDraft)).toContain('intake.need.matter');
    expect(intakeProblems(draft())).toContain('intake.need.materials');
    lines = setLine(lines, 'licence', { status: 'provided' });
    lines = setLine(lines, 'plan', { status: 'missing' });
    lines = setLine(lines, 'id', { status: 'defective' });
    expect(intakeProblems(draft())).toContain('intake.need.defectNote');
    lines = setLine(lines, 'id', { note: '复印件不清晰' });
    expect(intakeProblems(draft()).filter((p) => p !== 'intake.need.applicant')).toEqual([]);
    expect(intakeProblems({ ...draft(), situations: ['a', 'b'] })).toContain('intake.need.situation');
  });
  it('keeps the choices made for materials still needed when the needed list changes', () => {
    const again = intakeLines([needed[1]!, { id: 'new', name: '新材料' }], lines);
    expect(again.map((l) => [l.materialId, l.status])).toEqual([['plan', 'missing'], ['new', undefined]]);
  });
  it('builds the body with every material\'s receipt, and the notice from the receipt\'s missing list', () => {
    const body = intakeBody(draft(), { shopName: '汉江小馆' });
    expect(body.materials).toEqual([{ materialId: 'licence', status: 'provided' }, { materialId: 'plan', status: 'missing' }, { materialId: 'id', status: 'defective', note: '复印件不清晰' }]);
    expect(body.accept).toBeUndefined();
    expect(intakeBody(draft(), {}, true).accept).toBe(true);
    expect(lacking(lines).map((l) => l.materialId)).toEqual(['plan', 'id']);
    expect(isComplete(lines)).toBe(false);
    expect(noticeBody([{ materialId: 'plan', name: '平面图', problem: 'missing' }, { materialId: 'id', name: '身份证明', problem: 'defective', note: '复印件不清晰' }], 3)).toEqual({
      items: [{ materialId: 'plan', problem: 'missing' }, { materialId: 'id', problem: 'defective', note: '复印件不清晰' }],
      expectedVersion: 3,
    });
  });
  it('offers 收件并受理 for a complete application of a one-stage matter only', () => {
    const all = needed.reduce((ls, m) => setLine(ls, m.id, { status: 'provided' }), intakeLines(needed));
    expect(mayAcceptAtOnce(all, undefined)).toBe(true);
    expect(mayAcceptAtOnce(all, 'two')).toBe(false);
    expect(mayAcceptAtOnce(lines, 'one')).toBe(false);
  });
  it('names form fields by their titles through sections', () => {
    const titles = formFieldTitles({ type: 'object', properties: { box: { type: 'void', properties: { shopName: { type: 'string', title: '店铺名称' } } }, addr: { type: 'object', title: '地址', properties: { street: { type: 'string', title: '街道' } } } } } as never);
    expect(titles.get('shopName')).toBe('店铺名称');
    expect(titles.get('addr.street')).toBe('街道');
  });
});
