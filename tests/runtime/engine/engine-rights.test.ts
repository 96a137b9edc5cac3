/**
 * Rights and reasons in the citizen's language (art. 38): refusals and denials store a Chinese
 * notice — the matter's own remedy text or its type's default, the deciding official and step,
 * and for a denial a gateway decided, the rule in words (the edge's label, else its condition
 * described, else for a default edge the conditions that did not hold). Never engine text.
 *
 * Legend: (accept) the 受理 step, [x] a step, <x> exclusive gateway, ✔ end granted, ✘ end denied.
 *
 *   choice   … → <x>verdict {score<60: [notify] → ✘ | else: [decide] → ✔}
 *   gate     start → (accept) → <x>g {amount>100: [big] → ✔ | else: ✘}
 */
import { describe, expect, it } from 'vitest';
import { conditionWordsOf, describeCondition, upgradeRightsNotice, type CaseState } from '../../../runtime/engine/index.js';
import { sampleMatter } from '../../fixtures/matters.js';
import { choiceFlow, engineDef, linearFlow } from '../../fixtures/engine-flows.js';
import { end, exclusive, flow, otherwise, start, step, when } from '../../fixtures/flows.js';
import { runEvents } from './engine-harness.js';

const gateFlow = flow(
  [start(), step('accept', 1, { name: '受理', stepType: 'accept' }), exclusive('g'), step('big', 1), end(), end('no', 'denied')],
  'start > accept > g', when('g', 'big', { '>': [{ var: 'amount' }, 100] }), otherwise('g', 'no'), 'big > end',
);
const labelled = { ...choiceFlow, edges: choiceFlow.edges.map((e) => (e.id === 'verdict-notify' ? { ...e, label: '评审得分不足60分' } : e)) };
const words = { fieldTitles: { score: '评审得分', amount: '投资金额' } };
const official = { kind: 'account' as const, username: 'wang', displayName: '王科长', role: 'clerk', departmentId: 'dept-a' };

describe('rights notice of a denial', () => {
  it.each([
    ['the condition, described', choiceFlow, { score: 40, amount: 5 }, '评审得分 小于 60', 'notify'],
    ['the edge label', labelled, { score: 40, amount: 5 }, '评审得分不足60分', 'notify'],
    ['for a default edge, the conditions that did not hold', gateFlow, { amount: 5 }, '不符合以下任一情形：投资金额 大于 100', '受理'],
  ])('given a denial a gateway decided, then the rule is %s', (_, f, data, rule, stepName) => {
    const def = engineDef(f, { matterType: { code: 'XK', label: '行政许可' }, ...words });
    const events = f === gateFlow ? [{ act: 'accept' as const, as: official }] : [{ act: 'accept' as const }, { act: 'approve' as const, at: 'small' }, { act: 'approve' as const, at: 'notify', as: official }];
    const s = runEvents(def, { data }, events).state;
    expect(s.status).toBe('denied');
    expect(s.rightsNotice).toEqual({
      kind: 'denial', basis: '《中华人民共和国行政许可法》第三十八条', remedies: expect.stringContaining('行政诉讼'), decidedBy: '王科长', stepName, rule,
    });
    // The reasons are the same rule in words, never the end's name.
    expect(s.reasons).toBe(rule);
  });

  it('given a denied end no gateway chose, then the reasons stay the end\'s name and the notice has no rule', () => {
    const straight = flow([start(), step('accept', 1, { name: '受理', stepType: 'accept' }), { ...end('no', 'denied'), name: '办结（不予许可）' }], 'start > accept > no');
    const s = runEvents(engineDef(straight, { matterType: { code: 'XK', label: '行政许可' } }), {}, [{ act: 'accept' }]).state;
    expect(s.status).toBe('denied');
    expect(s.reasons).toBe('办结（不予许可）');
    expect(s.rightsNotice?.rule).toBeUndefined();
  });

  it('given a matter\'s own remedy text and a public service, then those are printed', () => {
    const own = engineDef(linearFlow, { matterType: { code: 'QR', label: '行政确认' }, remedies: { denial: '可向市人社局申请复核。' } });
    const s = runEvents(own, {}, [{ act: 'accept' }, { act: 'deny', at: 'review', with: { comment: '不符合条件' } }]).state;
    expect(s.rightsNotice).toMatchObject({ kind: 'denial', remedies: '可向市人社局申请复核。', stepName: 'review', decidedBy: 'clerk-dept-a' });
    const service = engineDef(linearFlow, { matterType: { code: 'GG', label: '公共服务' } });
    const r = runEvents(service, {}, [{ act: 'refuse', with: { reasons: '非本中心受理范围' } }]).state;
    expect(r.rightsNotice).toEqual({ kind: 'refusal', remedies: expect.stringContaining('12345'), decidedBy: 'clerk-dept-a', stepName: '受理' });
  });
});

describe('describeCondition', () => {
  it.each([
    [{ '<': [{ var: 'score' }, 60] }, '评审得分 小于 60'],
    [{ '==': [{ var: 'applicant.kind' }, 'legal_person'] }, '申请人类型 为 法人或其他组织'],
    [{ '==': [{ var: 'situation' }, 'renewal'] }, '办理情形 为 续期'],
    [{ and: [{ '>=': [{ var: 'amount' }, 100] }, { or: [{ '==': [{ var: 'agent' }, true] }, { '!': { var: 'local' } }] }] }, '投资金额 大于或等于 100 且 （是否委托 为 是 或 本地户籍 不为 是）'],
    [{ '!': { '<': [{ var: 'score' }, 60] } }, '并非（评审得分 小于 60）'],
    [{ in: [{ var: 'situation' }, ['renewal', 'new']] }, '办理情形 为 续期、新办 之一'],
    [{ '>': [{ '+': [{ var: 'amount' }, 10] }, 100] }, '投资金额 + 10 大于 100'],
    [{ missing: ['amount'] }, '投资金额 未填写'],
    [{ some: [{ var: 'items' }, { '==': [{ var: '' }, 1] }] }, '符合设定的条件'],
    ['not a rule', '符合设定的条件'],
  ])('given %j, then it reads %s', (rule, text) => {
    const w = { fieldTitles: { ...words.fieldTitles, agent: '是否委托', local: '本地户籍' }, valueLabels: { situation: { renewal: '续期', new: '新办' } } };
    expect(describeCondition(rule, w)).toBe(text);
  });
});

describe('conditionWordsOf', () => {
  it('given the sample matter, then fields are named by title, choices and situations by label', () => {
    const w = conditionWordsOf(sampleMatter());
    expect(w.fieldTitles).toMatchObject({ operatorName: '经营者名称', byAgent: '是否委托代理人办理' });
    expect(w.valueLabels).toMatchObject({ businessCategory: { catering: '餐饮服务' }, situation: { company: '企业申请' } });
    const rule = { and: [{ '==': [{ var: 'businessCategory' }, 'catering'] }, { '==': [{ var: 'situation' }, 'company'] }, { var: 'byAgent' }] };
    expect(describeCondition(rule, w)).toBe('经营项目 为 餐饮服务 且 办理情形 为 企业申请 且 是否委托代理人办理 为 是');
  });
});

describe('upgradeRightsNotice', () => {
  it('given a document with the old English notice, then it reads as the Chinese one; a new one is left alone', () => {
    const s = runEvents(engineDef(linearFlow), {}, [{ act: 'refuse', with: { reasons: '不符合' } }]).state;
    const old = { ...s, rightsNotice: { administrativeReview: true, litigation: true, basis: '行政许可法 art. 38: …' } } as unknown as CaseState;
    expect(upgradeRightsNotice(old).rightsNotice).toEqual({ kind: 'refusal', basis: '《中华人民共和国行政许可法》第三十二条', remedies: expect.stringContaining('行政复议') });
    expect(upgradeRightsNotice(s)).toBe(s);
  });
});
