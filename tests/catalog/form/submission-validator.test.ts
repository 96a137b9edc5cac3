/** Server-side validation of an application: form data, situation and materials, every error at once. */
import { describe, expect, it } from 'vitest';
import {
  compileSubmissionValidator, SubmissionValidatorCache, submissionValidatorFor, type SubmissionInput, type SubmissionResult,
} from '../../../catalog/form/submission-validator.js';
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { sampleMatter } from '../../fixtures/matters.js';

const USCC = '91350100M000100Y43';

/** A complete, valid application for the sample matter (食品经营许可), as a company, not by agent. */
function application(): SubmissionInput {
  return {
    data: { operatorName: '某某餐饮有限公司', creditCode: USCC, businessCategory: 'catering', byAgent: false },
    situation: 'company',
    materials: [
      { materialId: 'application-form', fileIds: ['f1'] },
      { materialId: 'business-license', fileIds: ['f2'] },
      { materialId: 'site-layout', fileIds: ['f3'] },
      { materialId: 'safety-rules', fileIds: ['f4'] },
    ],
  };
}

type Input = SubmissionInput & { data: Record<string, unknown> };
const material = (input: Input, id: string) => input.materials.find((m) => m.materialId === id)!;
const without = (input: Input, id: string) => { input.materials = input.materials.filter((m) => m.materialId !== id); };
const ok = (deferred: string[] = [], committed: string[] = []) => ({ ok: true, deferred, committed });

/** The result with data left out and material notes reduced to ids, to compare in one line. */
function summary(r: SubmissionResult): unknown {
  return r.ok ? { ok: true, deferred: r.deferred.map((m) => m.materialId), committed: r.committed.map((m) => m.materialId) } : { ok: false, errors: r.errors };
}

describe('compileSubmissionValidator on the sample matter', () => {
  const validator = compileSubmissionValidator(sampleMatter());

  const cases: Array<{ given: string; change: (input: Input) => void; expected: unknown }> = [
    { given: 'a complete application', change: () => {}, expected: ok() },
    {
      given: 'the agent field filled while byAgent is false (hidden)',
      change: (i) => { i.data.agentName = '张三'; },
      expected: { ok: false, errors: [{ path: '/data/agentName', message: 'must be left out while its condition hides it: 代理人姓名' }] },
    },
    {
      given: 'byAgent true with the agent named but no authorization (conditional material by answer)',
      change: (i) => { i.data.byAgent = true; i.data.agentName = '张三'; },
      expected: { ok: false, errors: [{ path: '/materials/agent-authorization', message: 'is required: 授权委托书及代理人身份证明' }] },
    },
    {
      given: 'byAgent true with the agent named and the authorization attached',
      change: (i) => { i.data.byAgent = true; i.data.agentName = '张三'; i.materials.push({ materialId: 'agent-authorization', fileIds: ['f5'] }); },
      expected: ok(),
    },
    { given: 'the 容缺 site layout left out', change: (i) => without(i, 'site-layout'), expected: ok(['site-layout']) },
    { given: 'the 容缺 site layout marked deferred', change: (i) => { material(i, 'site-layout').status = 'deferred'; delete material(i, 'site-layout').fileIds; }, expected: ok(['site-layout']) },
    { given: 'the safety rules replaced by a commitment (告知承诺)', change: (i) => { material(i, 'safety-rules').status = 'committed'; delete material(i, 'safety-rules').fileIds; }, expected: ok([], ['safety-rules']) },
    {
      given: 'a commitment for a material that allows none',
      change: (i) => { material(i, 'application-form').status = 'committed'; },
      expected: { ok: false, errors: [{ path: '/materials/application-form', message: 'cannot be replaced by a commitment (告知承诺): 食品经营许可申请书' }] },
    },
    {
      given: 'a deferral for a material that is not 容缺',
      change: (i) => { material(i, 'business-license').status = 'deferred'; },
      expected: { ok: false, errors: [{ path: '/materials/business-license', message: 'cannot be supplied after acceptance (容缺): 营业执照' }] },
    },
    {
      given: 'the safety rules left out (告知承诺 not signed)',
      change: (i) => without(i, 'safety-rules'),
      expected: { ok: false, errors: [{ path: '/materials/safety-rules', message: 'is required: 食品安全管理制度文本' }] },
    },
    {
      given: 'a material the matter does not have',
      change: (i) => { i.materials.push({ materialId: 'passport', fileIds: ['f9'] }); },
      expected: { ok: false, errors: [{ path: '/materials/passport', message: 'is not a material of this matter' }] },
    },
    {
      given: 'a material listed twice',
      change: (i) => { i.materials.push({ materialId: 'business-license', fileIds: ['f9'] }); },
      expected: { ok: false, errors: [{ path: '/materials/business-license', message: 'is listed more than once: 营业执照' }] },
    },
    { given: 'a paper licence marked provided, no files', change: (i) => { material(i, 'business-license').status = 'provided'; delete material(i, 'business-license').fileIds; }, expected: ok() },
    {
      given: 'an electronic-only material marked provided without files',
      change: (i) => { material(i, 'safety-rules').status = 'provided'; delete material(i, 'safety-rules').fileIds; },
      expected: { ok: false, errors: [{ path: '/materials/safety-rules', message: 'is required: 食品安全管理制度文本' }] },
    },
    {
      given: 'no situation',
      change: (i) => { delete i.situation; },
      expected: { ok: false, errors: [{ path: '/situation', message: 'is required: choose one of company (企业申请), individual-business (个体工商户申请)' }] },
    },
    {
      given: 'an unknown situation',
      change: (i) => { i.situation = 'charity'; },
      expected: { ok: false, errors: [{ path: '/situation', message: 'must be one of company (企业申请), individual-business (个体工商户申请)' }] },
    },
    {
      given: 'a property the form does not declare',
      change: (i) => { i.data.secret = 1; },
      expected: { ok: false, errors: [{ path: '/data/secret', message: 'is not an allowed property' }] },
    },
  ];

  it.each(cases)('given $given, when validated, then the result is as expected', ({ change, expected }) => {
    const input = application() as Input;
    change(input);
    expect(summary(validator.validate(input))).toEqual(expected);
  });

  it('given an application wrong in every part, when validated, then every error comes back at once, each at its path, form fields in form order', () => {
    const input = application() as Input;
    input.data = { creditCode: '91350100M000100Y44', businessCategory: 'bakery', byAgent: false, agentName: 'x' };
    input.situation = 'charity';
    input.materials = [{ materialId: 'site-layout', status: 'deferred' }, { materialId: 'passport', fileIds: ['f'] }, { materialId: 'business-license', status: 'committed' }];
    const result = validator.validate(input);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '/data/operatorName', message: 'is required: 经营者名称' },
      { path: '/data/creditCode', message: 'must match format "uscc": 统一社会信用代码' },
      { path: '/data/businessCategory', message: 'must be one of ["food-sales","catering","canteen"]: 经营项目' },
      { path: '/data/agentName', message: 'must be left out while its condition hides it: 代理人姓名' },
      { path: '/data/agentName', message: 'must match pattern "^[\\p{Script=Han}·]{2,20}$": 代理人姓名' },
      { path: '/situation', message: 'must be one of company (企业申请), individual-business (个体工商户申请)' },
      { path: '/materials/passport', message: 'is not a material of this matter' },
      { path: '/materials/business-license', message: 'cannot be replaced by a commitment (告知承诺): 营业执照' },
      { path: '/materials/application-form', message: 'is required: 食品经营许可申请书' },
      { path: '/materials/safety-rules', message: 'is required: 食品安全管理制度文本' },
    ]);
  });

  it.each<[string, unknown, Array<{ path: string; message: string }>]>([
    ['not an object', null, [{ path: '/', message: 'must be object' }]],
    ['no data and materials not a list', { materials: 'all' , situation: 'company' }, [{ path: '/data', message: 'is required' }, { path: '/materials', message: 'must be array' }]],
    ['data that is not an object', { data: 'x', situation: 'company', materials: [] }, [{ path: '/data', message: 'must be object' }]],
  ])('given an envelope that is %s, when validated, then it is refused without throwing', (_given, input, expected) => {
    const result = validator.validate(input as SubmissionInput);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.slice(0, expected.length)).toEqual(expected);
  });
});

describe('compileSubmissionValidator on variants of the sample', () => {
  it('given the agent name required by the form, when byAgent is true or false, then it is required only while shown', () => {
    const def = sampleMatter();
    def.form.required!.push('agentName');
    const validator = compileSubmissionValidator(def);
    const shown = application() as Input;
    Object.assign(shown.data, { byAgent: true });
    shown.materials.push({ materialId: 'agent-authorization', fileIds: ['f5'] });
    expect(summary(validator.validate(shown))).toEqual({ ok: false, errors: [{ path: '/data/agentName', message: 'is required: 代理人姓名' }] });
    expect(summary(validator.validate(application()))).toEqual(ok());
  });

  it('given a material needed only in one situation, when each situation applies, then it is required only there', () => {
    const def = sampleMatter();
    def.materials.push({ id: 'operator-id', name: '经营者身份证明', requirement: 'conditional', condition: { situations: ['individual-business'] }, form: 'copy', count: 1, medium: 'paper_or_electronic' });
    const validator = compileSubmissionValidator(def);
    const individual = { ...application(), situation: 'individual-business' };
    expect(summary(validator.validate(application()))).toEqual(ok());
    expect(summary(validator.validate(individual))).toEqual({ ok: false, errors: [{ path: '/materials/operator-id', message: 'is required: 经营者身份证明' }] });
  });

  it('given a visibility rule outside the subset (reads the situation), when validated, then the interpreter decides it', () => {
    const def = sampleMatter();
    def.form.required!.push('agentName');
    def.form.properties.agentName['x-visible-when'] = { '==': [{ var: 'situation' }, 'individual-business'] };
    const validator = compileSubmissionValidator(def);
    expect(validator.evaluated.map((f) => f.path)).toEqual(['agentName']);
    const individual = { ...(application() as Input), situation: 'individual-business' };
    const company = application() as Input;
    company.data.agentName = '张三';
    expect(summary(validator.validate(individual))).toEqual({ ok: false, errors: [{ path: '/data/agentName', message: 'is required: 代理人姓名' }] });
    expect(summary(validator.validate(company))).toEqual({ ok: false, errors: [{ path: '/data/agentName', message: 'must be left out while its condition hides it: 代理人姓名' }] });
    expect(summary(validator.validate({ ...individual, data: { ...individual.data, agentName: '张三' } }))).toEqual(ok());
  });

  it('given rows from Formily\'s ArrayTable, when validated, then the row index is stripped and each row is checked', () => {
    const def = sampleMatter();
    def.form.properties.staff = {
      type: 'array', title: '从业人员', 'x-component': 'ArrayTable',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', title: '姓名' }, cert: { type: 'string', title: '健康证号', 'x-visible-when': { if: [{ var: 'byAgent' }, true, false] } } } },
    };
    const validator = compileSubmissionValidator(def);
    const input = application() as Input;
    input.data.staff = [{ name: '李四', __DO_NOT_USE_THIS_PROPERTY_index__: 0 }, { name: '王五', cert: 'C1', __DO_NOT_USE_THIS_PROPERTY_index__: 1 }, { __DO_NOT_USE_THIS_PROPERTY_index__: 2 }];
    const result = validator.validate(input);
    expect(summary(result)).toEqual({ ok: false, errors: [
      { path: '/data/staff/2/name', message: 'is required: 姓名' },
      { path: '/data/staff/1/cert', message: 'must be left out while its condition hides it: 健康证号' },
    ] });
    (input.data.staff as unknown[]).splice(1, 2);
    const accepted = validator.validate(input);
    expect(accepted.ok && accepted.data.staff).toEqual([{ name: '李四' }]);
    expect((input.data.staff as Array<Record<string, unknown>>)[0].__DO_NOT_USE_THIS_PROPERTY_index__).toBe(0);
  });

  it('given data nested 100,000 levels deep, when validated, then it is refused without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const input = application() as Input;
    input.data.operatorName = deep;
    expect(summary(compileSubmissionValidator(sampleMatter()).validate(input))).toEqual({ ok: false, errors: [{ path: '/data/operatorName', message: 'must be string: 经营者名称' }] });
  });

  it('given a matter without situations, when a situation is sent, then it is refused', () => {
    const def = sampleMatter();
    def.situations = [];
    const result = compileSubmissionValidator(def).validate(application());
    expect(summary(result)).toEqual({ ok: false, errors: [{ path: '/situation', message: 'must be left out: this matter has no situations' }] });
  });

  it.each<[string, (d: MatterDefinition) => void, RegExp]>([
    ['a catastrophic pattern', (d) => { d.form.properties.operatorName.pattern = '^(a+)+$'; }, /refused as unsafe/],
    ['a __proto__ key in the form', (d) => { Object.defineProperty(d.form.properties, '__proto__', { value: { type: 'string' }, enumerable: true }); }, /refused as unsafe/],
    ['a material condition the interpreter refuses', (d) => { d.materials[4].condition = { when: { method: [{ var: 'byAgent' }, 'toString'] } }; }, /condition of material "agent-authorization" is refused/],
  ])('given a definition with %s, when compiled, then it is refused before ajv sees it', (_given, change, message) => {
    const def = sampleMatter();
    change(def);
    expect(() => compileSubmissionValidator(def)).toThrow(message);
  });
});

describe('submissionValidatorFor', () => {
  it('given the same matter version twice, when asked, then the same compiled validator comes back', () => {
    const def = sampleMatter();
    const first = submissionValidatorFor('CACHE-T-1', 1, def);
    expect(submissionValidatorFor('CACHE-T-1', 1, def)).toBe(first);
    expect(submissionValidatorFor('CACHE-T-1', 2, def)).not.toBe(first);
  });

  it('given a full cache, when another version is compiled, then the least recently used one is dropped', () => {
    const cache = new SubmissionValidatorCache(2);
    const def = sampleMatter();
    const a = cache.get('A', 1, def);
    const b = cache.get('B', 1, def);
    expect(cache.get('A', 1, def)).toBe(a);
    cache.get('C', 1, def);
    expect(cache.size).toBe(2);
    expect(cache.get('A', 1, def)).toBe(a);
    expect(cache.get('B', 1, def)).not.toBe(b);
  });

  it('given 10,000 applications, when validated, then all pass and the throughput is printed', () => {
    const validator = submissionValidatorFor('SCJG-XK-0001', 1, sampleMatter());
    const inputs = Array.from({ length: 10_000 }, (_, i) => {
      const input = application() as Input;
      input.data.operatorName = `餐饮店${i}`;
      if (i % 2 === 1) Object.assign(input.data, { byAgent: true, agentName: '张三' }), input.materials.push({ materialId: 'agent-authorization', fileIds: ['f5'] });
      return input;
    });
    const started = performance.now();
    let passed = 0;
    for (const input of inputs) if (validator.validate(input).ok) passed++;
    const ms = performance.now() - started;
    console.log(`submission validation: 10,000 in ${ms.toFixed(1)} ms = ${Math.round(10_000 / (ms / 1000)).toLocaleString('en')} per second`);
    expect(passed).toBe(10_000);
  });
});
