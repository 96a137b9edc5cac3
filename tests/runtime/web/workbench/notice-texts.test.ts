import { describe, expect, it } from 'vitest';
import { buildNotice, chineseDate, chineseYear, cityOf, noticesFor, type NoticeCase, type NoticeMatter } from '../../../../runtime/web/workbench/notices/notice-texts';

const matter: NoticeMatter = {
  name: '建设工程规划许可证核发',
  promisedDays: 7,
  implementingBody: '汉江市自然资源和规划局',
  materials: [
    { id: 'design', name: '建设工程设计方案' },
    { id: 'map', name: '地形图' },
    { id: 'land', name: '土地权属证明' },
  ],
  result: { name: '建设工程规划许可证', delivery: ['window', 'electronic'] },
};
const department = { name: '汉江市自然资源和规划局', phone: '0915-1234567', address: '汉江市天宝路8号' };
const base: NoticeCase = { caseNo: 'MF20261125-ABCDEF', status: 'submitted', applicant: { name: '汉江市示例建设有限公司' }, receivedAt: '2026-11-24T02:00:00Z' };
const now = '2026-11-25T03:00:00Z';

describe('dates and places', () => {
  it('prints dates the Chinese way, reading instants in China time', () => {
    expect(chineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(chineseDate('2026-11-24T17:00:00Z')).toBe('2026年11月25日');
    expect(chineseYear(2026)).toBe('二〇二六');
    expect(cityOf('汉江市市场监督管理局')).toBe('汉江市');
    expect(cityOf('某某局')).toBeUndefined();
  });
});

describe('buildNotice', () => {
  it('supplement: lists every item of the notice, numbered, with problem and note', () => {
    const doc = buildNotice({
      kind: 'supplement',
      case: {
        ...base,
        notice: {
          issuedAt: '2026-11-25T01:00:00Z',
          items: [
            { materialId: 'design', problem: 'defective', note: '缺少总平面图' },
            { materialId: 'map', problem: 'missing' },
            { materialId: 'land', problem: 'missing', note: 'needed and not provided: added to the notice by the completeness check' },
          ],
        },
      },
      matter,
      department,
      now,
    });
    expect(doc.title).toBe('补正材料通知书');
    expect(doc.items.map((i) => i.text)).toEqual(['建设工程设计方案：不符合要求（缺少总平面图）', '地形图：未提交', '土地权属证明：未提交（本申请所需材料，尚未提交）']);
    expect(doc.paragraphs[0]).toContain('共3项');
    expect(doc.paragraphs[0]).toContain('2026年11月24日');
    expect(doc.date).toBe('2026年11月25日');
    expect(doc.docNo).toBe('汉江市自然资源和规划局补字〔2026〕第MF20261125-ABCDEF号');
    expect(doc.recipient).toBe('汉江市示例建设有限公司：');
    expect(doc.sealText).toContain('汉江市自然资源和规划局');
    expect(doc.rights).toBeUndefined();
  });

  it('refusal and denial: the reasons and the rights, naming the review body and the 60 days / 6 months', () => {
    for (const kind of ['refusal', 'denial'] as const) {
      const doc = buildNotice({ kind, case: { ...base, outcome: kind === 'refusal' ? 'refused' : 'denied', reasons: '用地性质不符合控制性详细规划', concludedAt: '2026-11-26T02:00:00Z' }, matter, department, now });
      expect(doc.paragraphs).toContain('用地性质不符合控制性详细规划');
      expect(doc.rights).toContain('六十日内向汉江市人民政府申请行政复议');
      expect(doc.rights).toContain('六个月内');
      expect(doc.rights).toContain('提起行政诉讼');
      expect(doc.date).toBe('2026年11月26日');
    }
    expect(buildNotice({ kind: 'refusal', case: base, matter, department, now }).title).toBe('不予受理决定书');
    expect(buildNotice({ kind: 'denial', case: base, matter, department, now }).title).toBe('不予许可决定书');
  });

  it('acceptance: the promised days and the due date', () => {
    const doc = buildNotice({ kind: 'acceptance', case: { ...base, acceptedAt: '2026-11-25T02:00:00Z', dueDate: '2026-12-04' }, matter, department, now });
    expect(doc.paragraphs.join('')).toContain('7个工作日');
    expect(doc.paragraphs.join('')).toContain('2026年12月4日');
    expect(doc.contact).toContain('0915-1234567');
  });

  it('grant: the licence and how it is delivered', () => {
    const doc = buildNotice({ kind: 'grant', case: { ...base, acceptedAt: '2026-11-25T02:00:00Z', outcome: 'granted', concludedAt: '2026-11-30T02:00:00Z' }, matter, department, now });
    expect(doc.paragraphs.join('')).toContain('《建设工程规划许可证》');
    expect(doc.paragraphs.join('')).toContain('窗口领取、电子证照');
    expect(doc.rights).toBeUndefined();
  });
});

describe('noticesFor', () => {
  it('gives the notices of what has happened to the case', () => {
    expect(noticesFor({})).toEqual([]);
    expect(noticesFor({ notice: { items: [], issuedAt: now }, acceptedAt: now })).toEqual(['supplement', 'acceptance']);
    expect(noticesFor({ outcome: 'refused' })).toEqual(['refusal']);
    expect(noticesFor({ acceptedAt: now, outcome: 'denied' })).toEqual(['acceptance', 'denial']);
    expect(noticesFor({ acceptedAt: now, outcome: 'granted' })).toEqual(['acceptance', 'grant']);
  });
});
