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

  it('refusal and denial: the reasons, who decided at which step, the rule, the basis and the remedies as the server stored them', () => {
    const remedies = '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。';
    for (const kind of ['refusal', 'denial'] as const) {
      const rightsNotice = { kind, basis: kind === 'refusal' ? '《中华人民共和国行政许可法》第三十二条' : '《中华人民共和国行政许可法》第三十八条', remedies, decidedBy: '刘婷', stepName: '规划审查', rule: '用地性质为工业用地' };
      const doc = buildNotice({ kind, case: { ...base, outcome: kind === 'refusal' ? 'refused' : 'denied', reasons: '用地性质不符合控制性详细规划', concludedAt: '2026-11-26T02:00:00Z', rightsNotice }, matter, department, now });
      expect(doc.paragraphs).toContain('用地性质不符合控制性详细规划');
      expect(doc.paragraphs).toContain('审查环节：规划审查；决定人：刘婷。');
      expect(doc.paragraphs).toContain('判定依据：用地性质为工业用地。');
      expect(doc.paragraphs.join('')).toContain(`根据${rightsNotice.basis}的规定`);
      expect(doc.rights).toBe(remedies);
      expect(doc.date).toBe('2026年11月26日');
    }
    // A gateway's denial: the rule is its reasons, printed once.
    const gateway = { kind: 'denial' as const, remedies, rule: '位于禁止设置户外广告的区域' };
    const once = buildNotice({ kind: 'denial', case: { ...base, outcome: 'denied', reasons: gateway.rule, concludedAt: '2026-11-26T02:00:00Z', rightsNotice: gateway }, matter, department, now });
    expect(once.paragraphs.filter((p) => p.includes(gateway.rule))).toEqual([gateway.rule]);
    expect(buildNotice({ kind: 'refusal', case: base, matter, department, now }).title).toBe('不予受理决定书');
    expect(buildNotice({ kind: 'denial', case: base, matter, department, now }).title).toBe('不予许可决定书');
  });

  it('prints no rights the server did not store, and no licensing law for a public service', () => {
    const doc = buildNotice({ kind: 'denial', case: { ...base, outcome: 'denied', reasons: '不符合条件' }, matter: { ...matter, typeCode: 'GG' }, department, now });
    expect(doc.rights).toBeUndefined();
    expect(doc.title).toBe('不予办理决定书');
    expect(doc.paragraphs.join('')).not.toContain('行政许可');
    const service = '如对办理结果有异议，可以向本中心投诉窗口或12345政务服务便民热线反映。';
    expect(buildNotice({ kind: 'denial', case: { ...base, outcome: 'denied', rightsNotice: { kind: 'denial', remedies: service } }, matter: { ...matter, typeCode: 'GG' }, department, now }).rights).toBe(service);
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
    const posted = buildNotice({
      kind: 'grant',
      case: { ...base, outcome: 'granted', delivery: { method: 'post', address: '汉江市天宝路8号', waybillNo: 'SF1234567890', date: '2026-12-01', at: '2026-12-01T02:00:00Z' } },
      matter,
      department,
      now,
    });
    expect(posted.paragraphs.join('')).toContain('已于2026年12月1日邮寄送达至汉江市天宝路8号（运单号：SF1234567890）');
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
