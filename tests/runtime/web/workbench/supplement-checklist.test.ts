import { describe, expect, it } from 'vitest';
import { initialChecklist, supplementBody, updateLine } from '../../../../runtime/web/workbench/case/supplement-checklist';

const materials = [
  { id: 'form', name: '申请表' },
  { id: 'licence', name: '营业执照' },
  { id: 'plan', name: '设计方案' },
];

describe('supplement checklist', () => {
  it('lists every material, ticking those the case lacks', () => {
    const lines = initialChecklist(materials, [
      { materialId: 'form', status: 'provided', fileIds: ['f1'] },
      { materialId: 'licence', status: 'missing' },
    ]);
    expect(lines.map((l) => [l.materialId, l.checked, l.problem, l.fileCount])).toEqual([
      ['form', false, 'defective', 1],
      ['licence', true, 'missing', 0],
      ['plan', false, 'missing', 0],
    ]);
  });
  it('turns the ticked lines into the request body with trimmed notes', () => {
    let lines = initialChecklist(materials, [{ materialId: 'form', status: 'provided', fileIds: ['f1'] }]);
    expect(supplementBody(lines, 3)).toBeUndefined();
    lines = updateLine(lines, 'form', { checked: true, note: '  缺少签字  ' });
    lines = updateLine(lines, 'plan', { checked: true });
    expect(supplementBody(lines, 3)).toEqual({
      items: [
        { materialId: 'form', problem: 'defective', note: '缺少签字' },
        { materialId: 'plan', problem: 'missing' },
      ],
      expectedVersion: 3,
    });
  });
  it('lets the clerk change the problem of a line', () => {
    const lines = updateLine(initialChecklist(materials, []), 'plan', { checked: true, problem: 'defective' });
    expect(supplementBody(lines, 1)?.items).toEqual([{ materialId: 'plan', problem: 'defective' }]);
  });
});

describe('supplement checklist: needed materials first', () => {
  it('puts the needed materials first and marks the others', () => {
    const lines = initialChecklist(materials, [], new Set(['form', 'plan']));
    expect(lines.map((l) => [l.materialId, l.needed])).toEqual([
      ['form', true],
      ['plan', true],
      ['licence', false],
    ]);
  });
});
