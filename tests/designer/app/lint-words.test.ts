import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENTS } from '../../../catalog/demo/departments.js';
import { foodBusinessLicenseNew } from '../../../catalog/demo/matters/food-business-license.js';
import { DEMO_SHARED_MATERIALS } from '../../../catalog/demo/shared-materials.js';
import type { LintFinding } from '../../../catalog/lint/lint-finding.js';
import { lintMatter } from '../../../catalog/lint/lint.js';
import type { FlowEdge, FlowNode, MatterDefinition } from '../../../schemas/types.generated.js';
import { errorDetailWords, LINT_TEMPLATES, lintDetailFinding, lintWords } from '../../../designer/app/lint-words.js';

const LINT_DIR = join(import.meta.dirname, '../../../catalog/lint');
const CTX = { departmentIds: new Set(DEMO_DEPARTMENTS.map((d) => d.id)), sharedMaterialIds: new Set(DEMO_SHARED_MATERIALS.map((m) => m.id)) };
const DEPARTMENTS = Object.fromEntries(DEMO_DEPARTMENTS.map((d) => [d.id, d.name]));
const CJK = /[\u4e00-\u9fff]/;

/** Every rule id the lint source names, read from the files (so a new rule without words fails here). */
function ruleIdsInLintSource(): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(LINT_DIR).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(LINT_DIR, file), 'utf8').matchAll(/'((?:flow|form|material|guide|situation)\.[a-z-]+)'/g)) ids.add(m[1]);
  }
  return [...ids].sort();
}

const step = (id: string, name: string, extra: Partial<FlowNode> = {}): FlowNode => ({ id, kind: 'step', name, stepType: 'review', departmentId: 'scjg', deadlineDays: 1, ...extra });
const edge = (id: string, source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge => ({ id, source, target, ...extra });
const node = (def: MatterDefinition, id: string): FlowNode => def.flow.nodes.find((n) => n.id === id)!;
const flowEdge = (def: MatterDefinition, id: string): FlowEdge => def.flow.edges.find((e) => e.id === id)!;
const BAD_RULE = { nope: [1] };

/** Broken variants of the 食品经营许可 demo matter, each breaking some rules on purpose. */
const BREAKAGES: Record<string, (d: MatterDefinition) => void> = {
  'guide: promise over statute, unknown department, duplicate situation, immediate with days': (d) => {
    d.promisedDays = 30;
    d.departmentId = 'nowhere';
    d.situations.push({ id: 'company', name: '重复的情形' });
    d.handlingType = 'immediate';
  },
  'materials': (d) => {
    d.materials.push({ ...d.materials[0], name: '重复的申请书' });
    d.materials[1].requirement = 'conditional';
    d.materials[2].condition = { situations: ['ghost-situation'] };
    d.materials[7].condition = { when: BAD_RULE };
    d.materials[8].condition = { when: { '==': [{ var: 'ghostField' }, true] } };
    d.materials[9].libraryId = 'no-such-shared';
    d.materials.push({ ...d.materials[0], id: 'unchecked', name: '无人核验的材料' });
  },
  'form': (d) => {
    const props = d.form.properties!;
    props.category = { type: 'string', title: '经营类别', 'x-component': 'Select' };
    props.broken = { type: 'nonsense' as never, title: '坏字段' };
    props.agentName['x-visible-when'] = { '==': [{ var: 'agentName' }, 'x'] };
    props.operatorName['x-visible-when'] = BAD_RULE;
    props.uscc['x-visible-when'] = { '==': [{ var: 'ghostField' }, true] };
    d.form.required = ['ghostRequired'];
  },
  'empty form': (d) => {
    d.form.properties = {};
  },
  'flow: ids, ends, start': (d) => {
    d.flow.nodes.push({ ...node(d, 'n-decide'), name: '重复的审查' });
    d.flow.edges.push({ ...flowEdge(d, 'e-inspect-decide') });
    d.flow.edges.push(edge('e-dangling', 'n-deliver', 'n-ghost'));
    d.flow.nodes.push({ id: 'n-start-2', kind: 'start', name: '第二个开始' });
    d.flow.edges.push(edge('e-into-start', 'n-start-2', 'n-start'));
    d.flow.edges.push(edge('e-after-end', 'n-end-denied', 'n-deliver'));
    delete node(d, 'n-end-denied').outcome;
    node(d, 'n-end-granted').outcome = 'denied';
    d.flow.edges.push(edge('e-back', 'n-decide', 'n-accept'));
    d.flow.nodes.push(step('n-lonely', '孤立环节'));
  },
  'flow: no start, no end': (d) => {
    d.flow.nodes = d.flow.nodes.filter((n) => n.kind === 'step');
    d.flow.edges = d.flow.edges.filter((e) => d.flow.nodes.some((n) => n.id === e.source) && d.flow.nodes.some((n) => n.id === e.target));
  },
  'flow: steps': (d) => {
    delete node(d, 'n-accept').departmentId;
    node(d, 'n-decide').departmentId = 'nowhere';
    delete node(d, 'n-deliver').deadlineDays;
    node(d, 'n-inspect').assignees = [];
    node(d, 'n-accept').checksMaterials = [...(node(d, 'n-accept').checksMaterials ?? []), 'ghost-material'];
    node(d, 'n-accept').stepType = 'review';
    d.promisedDays = 1;
  },
  'handling: extension without basis, own and unknown departments listed, slow accept, desk step not a delivery': (d) => {
    d.extension = { maxDays: 30 };
    d.frontDesks = [d.departmentId];
    d.coImplementingDepartments = ['nowhere'];
    node(d, 'n-accept').deadlineDays = 8;
    node(d, 'n-decide').atAcceptingDesk = true;
  },
  'flow: gateways and conditions': (d) => {
    flowEdge(d, 'e-start-accept').condition = { '==': [{ var: 'hasAgent' }, true] };
    flowEdge(d, 'e-gw-premises-end-denied').condition = BAD_RULE;
    flowEdge(d, 'e-gw-procedure-decide').condition = { '==': [{ var: 'ghostField' }, true] };
    flowEdge(d, 'e-gw-premises-gw-procedure').condition = { '==': [{ var: 'hasAgent' }, true] };
    flowEdge(d, 'e-gw-procedure-decide').isDefault = true;
    d.flow.nodes.push(step('n-extra', '补充审查'));
    d.flow.edges.push(edge('e-inspect-extra', 'n-inspect', 'n-extra'), edge('e-extra-decide', 'n-extra', 'n-decide'));
  },
  'flow: gateway with one way out, one without default, edge without condition': (d) => {
    d.flow.edges = d.flow.edges.filter((e) => e.id !== 'e-gw-premises-end-denied');
    delete flowEdge(d, 'e-gw-procedure-inspect').isDefault;
    d.flow.nodes.push({ id: 'n-gw-x', kind: 'exclusive', name: '是否加急' }, step('n-fast', '加急审查'));
    d.flow.edges = d.flow.edges.filter((e) => e.id !== 'e-decide-deliver');
    d.flow.edges.push(edge('e-decide-gw-x', 'n-decide', 'n-gw-x'), edge('e-gw-x-fast', 'n-gw-x', 'n-fast'), edge('e-gw-x-deliver', 'n-gw-x', 'n-deliver', { isDefault: true }), edge('e-fast-deliver', 'n-fast', 'n-deliver'));
  },
  'flow: parallel fork without join, join without fork, both': (d) => {
    d.flow.nodes = [
      { id: 's', kind: 'start', name: '申请' },
      step('a', '窗口受理', { stepType: 'accept' }),
      { id: 'fork', kind: 'parallel', name: '并联分发' },
      step('b', '规划审查'),
      step('c', '消防审查'),
      { id: 'g', kind: 'exclusive', name: '是否需要听证' },
      step('h', '听证'),
      step('k', '复核'),
      { id: 'join', kind: 'parallel', name: '汇合' },
      { id: 'both', kind: 'parallel', name: '又汇又分' },
      step('x', '出证'),
      step('y', '归档'),
      { id: 'ok', kind: 'end', name: '准予', outcome: 'granted' },
      { id: 'no', kind: 'end', name: '不予', outcome: 'denied' },
    ];
    d.flow.edges = [
      edge('e1', 's', 'a'), edge('e2', 'a', 'fork'), edge('e3', 'fork', 'b'), edge('e4', 'fork', 'c'), edge('e5', 'b', 'ok'), edge('e6', 'c', 'g'),
      edge('e7', 'g', 'h', { condition: { '==': [{ var: 'hasAgent' }, true] } }), edge('e8', 'g', 'k', { isDefault: true }),
      edge('e9', 'h', 'join'), edge('e10', 'k', 'join'), edge('e11', 'join', 'both'), edge('e12', 'c', 'both'),
      edge('e13', 'both', 'x'), edge('e14', 'both', 'y'), edge('e15', 'x', 'no'), edge('e16', 'y', 'no'),
    ];
    d.materials.forEach((m) => (node(d, 'a').checksMaterials = [...(node(d, 'a').checksMaterials ?? []), m.id]));
  },
};

function brokenFindings(): { def: MatterDefinition; finding: LintFinding }[] {
  return Object.values(BREAKAGES).flatMap((breakIt) => {
    const def = foodBusinessLicenseNew();
    breakIt(def);
    const report = lintMatter(def, CTX);
    return [...report.errors, ...report.warnings].map((finding) => ({ def, finding }));
  });
}

describe('lintWords: every rule has words', () => {
  const sourceIds = ruleIdsInLintSource();

  it('given the rule ids in catalog/lint, then each has a zh-CN and an English template, and no template is for a rule the lint lacks', () => {
    expect(sourceIds.length).toBeGreaterThanOrEqual(41);
    expect(sourceIds.filter((id) => LINT_TEMPLATES[id] === undefined)).toEqual([]);
    expect(Object.keys(LINT_TEMPLATES).filter((id) => !sourceIds.includes(id))).toEqual([]);
  });

  it('given crafted broken matters, then they make the lint emit every rule id its source names', () => {
    const emitted = new Set(brokenFindings().map((x) => x.finding.rule));
    expect(sourceIds.filter((id) => !emitted.has(id))).toEqual([]);
  });

  it('given every finding of the broken matters, then the Chinese words are Chinese, the English are not the fallback, and every subject is found', () => {
    for (const { def, finding } of brokenFindings()) {
      const zh = lintWords(finding, def, 'zh-CN', { departments: DEPARTMENTS });
      const en = lintWords(finding, def, 'en', { departments: DEPARTMENTS });
      const where = `${finding.rule} ${finding.path}: ${finding.message}`;
      expect(zh, where).toMatch(CJK);
      expect(zh, where).not.toBe(finding.message);
      expect(zh, where).not.toMatch(/「\?」|undefined/);
      expect(en, where).not.toMatch(/"\?"|undefined/);
      expect(en, where).toMatch(/^[A-Z]/);
      // Ids are for machines: the Chinese words name things by name (the duplicate-id rules show the repeated id on purpose).
      if (!finding.rule.endsWith('duplicate-id') && finding.nodeId && !['n-ghost'].includes(finding.nodeId)) expect(zh, where).not.toContain(`（${finding.nodeId}）`);
    }
  });

  it('given an unknown rule, then the English message comes back', () => {
    const finding: LintFinding = { severity: 'error', rule: 'flow.something-new', message: 'something new is wrong' };
    expect(lintWords(finding, foodBusinessLicenseNew(), 'zh-CN')).toBe('something new is wrong');
  });
});

describe('lintWords: what the editor reads', () => {
  const wordsOf = (breakIt: (d: MatterDefinition) => void, rule: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string[] => {
    const def = foodBusinessLicenseNew();
    breakIt(def);
    const report = lintMatter(def, CTX);
    return [...report.errors, ...report.warnings].filter((f) => f.rule === rule).map((f) => lintWords(f, def, lang, { departments: DEPARTMENTS }));
  };

  it('given a step without deadline or department, then it is named by its name with the glossary terms', () => {
    const breakIt = (d: MatterDefinition) => {
      delete node(d, 'n-inspect').deadlineDays;
      delete node(d, 'n-accept').departmentId;
    };
    expect(wordsOf(breakIt, 'flow.step-deadline')).toEqual(['环节「现场核查」未设置办理时限：在关键路径上按 0 个工作日计，也永远不会超期']);
    expect(wordsOf(breakIt, 'flow.step-department')).toEqual(['环节「窗口受理」未指定承办部门']);
    expect(wordsOf(breakIt, 'flow.step-deadline', 'en')).toEqual(['Step "现场核查" has no deadline: it counts as 0 working days on the critical path and is never overdue']);
  });

  it('given the matter belongs to an unknown department, then the department map is not needed to say so; a known one is named', () => {
    const def = foodBusinessLicenseNew();
    const finding: LintFinding = { severity: 'error', rule: 'flow.step-department', message: '', nodeId: 'n-decide' };
    node(def, 'n-decide').departmentId = 'zrzy';
    expect(lintWords(finding, def, 'zh-CN', { departments: DEPARTMENTS })).toBe('环节「审查决定」的承办部门「汉江市自然资源和规划局」不存在');
    expect(lintWords(finding, def, 'zh-CN')).toBe('环节「审查决定」的承办部门「zrzy」不存在');
  });

  it('given an edge with a condition on an unknown field, then the edge is named by its label and its two ends', () => {
    expect(wordsOf((d) => (flowEdge(d, 'e-gw-procedure-decide').condition = { '==': [{ var: 'ghostField' }, true] }), 'flow.condition-unknown-field')).toEqual([
      '连线「告知承诺：先证后查」（「是否告知承诺」 → 「审查决定」）的条件引用了「ghostField」，申请表单中没有这个字段',
    ]);
  });

  it('given a condition with an operator the server does not allow, then the problem is said in Chinese too', () => {
    expect(wordsOf((d) => (flowEdge(d, 'e-gw-procedure-decide').condition = { nope: [1] }), 'flow.condition-invalid')).toEqual([
      '连线「告知承诺：先证后查」（「是否告知承诺」 → 「审查决定」）的条件不合规：不允许使用运算符“nope”',
    ]);
  });

  it('given a cycle back to acceptance, then the words say it is a return action, naming the steps on the way', () => {
    const [words] = wordsOf((d) => d.flow.edges.push(edge('e-back', 'n-decide', 'n-accept')), 'flow.cycle');
    expect(words).toMatch(/^连线「审查决定」 → 「窗口受理」构成回路（经过.*「窗口受理」.*）：流程不能有回路，退回到前面的环节是办理时的“退回”操作/);
  });

  it('given a material no step checks and a promise over the statute, then the material and the deadlines are named', () => {
    expect(wordsOf((d) => d.materials.push({ ...d.materials[0], id: 'extra', name: '补充说明' }), 'material.unchecked')).toEqual([
      '没有环节核验材料「补充说明」：请把它加入某个环节的核验材料，或删除该材料',
    ]);
    expect(wordsOf((d) => (d.promisedDays = 15), 'guide.promise-exceeds-statute')).toEqual(['承诺时限 15 个工作日超过了法定时限 10 个工作日：承诺时限只能短于法定时限']);
  });

  it('given a conditional field shown only when it has a value, then the field is named by its title', () => {
    expect(wordsOf((d) => (d.form.properties!.agentName['x-visible-when'] = { '==': [{ var: 'agentName' }, 'x'] }), 'form.visible-when-self')).toEqual([
      '字段「委托代理人姓名」的显示条件依赖它自己的值，因此永远不会显示',
    ]);
  });

  it('given a condition gateway without default, then the warning names the gateway', () => {
    expect(wordsOf((d) => delete flowEdge(d, 'e-gw-procedure-inspect').isDefault, 'flow.exclusive-branches')).toContain('条件网关「是否告知承诺」没有默认连线：不满足任何条件的办件会停在这里');
  });

  it('given the critical path exceeds the promise, then the steps on it are listed by name', () => {
    expect(wordsOf((d) => (d.promisedDays = 2), 'flow.critical-path-exceeds-promise')).toEqual([
      '受理后的关键路径需要 4 个工作日（「现场核查」 → 「审查决定」 → 「制证送达」），超过了承诺时限 2 个工作日',
    ]);
  });
});

describe('lintDetailFinding', () => {
  it('given the details of a 422 LINT_FAILED, then each becomes a finding placed on its node, edge or material', () => {
    const def = foodBusinessLicenseNew();
    delete node(def, 'n-inspect').departmentId;
    const report = lintMatter(def, CTX);
    // As catalog.service.ts writes them.
    const details = report.errors.map((f) => ({ path: `/definition${f.path ?? ''}`, message: `${f.rule}: ${f.message}` }));
    const back = details.map((d) => lintDetailFinding(d, def));
    expect(back.map((f) => f && { rule: f.rule, nodeId: f.nodeId, path: f.path })).toEqual(report.errors.map((f) => ({ rule: f.rule, nodeId: f.nodeId, path: f.path })));
    expect(lintWords(back[0]!, def, 'zh-CN')).toBe('环节「现场核查」未指定承办部门');
    expect(lintDetailFinding({ path: '/definition/name', message: 'must be a string' }, def)).toBeUndefined();
  });

  it('given a refused save or submit, then lint details are words and other details stay path: message', () => {
    const def = foodBusinessLicenseNew();
    delete def.flow.nodes[4].departmentId;
    const lint = { path: '/definition/flow/nodes/4/departmentId', message: 'flow.step-department: step "现场核查" (n-inspect) has no department' };
    expect(errorDetailWords(lint, def, 'zh-CN')).toBe('环节「现场核查」未指定承办部门');
    expect(errorDetailWords(lint, def, 'en')).toBe('Step "现场核查" has no department');
    expect(errorDetailWords({ path: '/definition/name', message: 'must be string' }, def, 'zh-CN')).toBe('/definition/name: must be string');
    expect(errorDetailWords({ message: 'flow.not-a-rule: x' }, def, 'zh-CN')).toBe('flow.not-a-rule: x');
    expect(errorDetailWords(lint, undefined, 'zh-CN')).toBe(`${lint.path}: ${lint.message}`);
  });
});
