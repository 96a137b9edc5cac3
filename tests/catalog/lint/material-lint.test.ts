/**
 * Material lint: one variant of the sample matter's materials per rule, plus variants that must
 * stay clean. Sample materials (tests/fixtures/matters.ts), by position:
 *   0 application-form · 1 business-license (library) · 2 site-layout (容缺) ·
 *   3 safety-rules (告知承诺) · 4 agent-authorization (conditional: byAgent == true)
 */
import { describe, expect, it } from 'vitest';
import { lintMaterials } from '../../../catalog/lint/material-lint.js';
import type { Material, MatterDefinition } from '../../../schemas/types.generated.js';
import { expectFindings, variant, type LintCase } from './lint-cases.js';

const material = (def: MatterDefinition, id: string): Material => def.materials.find((m) => m.id === id)!;

const cases: LintCase[] = [
  {
    given: 'two materials with one id',
    change: (d) => { d.materials.push({ ...d.materials[0], name: '申请书（副本）' }); },
    expected: [[{ rule: 'material.duplicate-id', severity: 'error', path: '/materials/5/id', materialId: 'application-form' }, /"申请书（副本）" \(application-form\) repeats an id/]],
  },
  {
    given: 'a condition naming an unknown situation',
    change: (d) => { material(d, 'agent-authorization').condition!.situations = ['company', 'foreign-company']; },
    expected: [[{ rule: 'material.unknown-situation', severity: 'error', path: '/materials/4/condition/situations/1', materialId: 'agent-authorization' }, /situation "foreign-company", which is not a situation of this matter/]],
  },
  {
    given: 'a condition reading an unknown field',
    change: (d) => { material(d, 'agent-authorization').condition!.when = { '==': [{ var: 'agent' }, true] }; },
    expected: [[{ rule: 'material.condition-unknown-field', severity: 'error', path: '/materials/4/condition/when', materialId: 'agent-authorization', field: 'agent' }, /reads "agent", which is not a field of the form/]],
  },
  {
    given: 'a condition with a forbidden operator',
    change: (d) => { material(d, 'agent-authorization').condition!.when = { log: 'hello' }; },
    expected: [[{ rule: 'material.condition-invalid', severity: 'error', path: '/materials/4/condition/when', materialId: 'agent-authorization' }, /operator "log" is not allowed/]],
  },
  {
    given: 'a library reference that does not exist',
    change: (d) => { material(d, 'business-license').libraryId = 'hukou'; },
    expected: [[{ rule: 'material.unknown-library', severity: 'error', path: '/materials/1/libraryId', materialId: 'business-license' }, /shared material "hukou", which is not in the library/]],
  },
  {
    given: 'a material no step checks',
    change: (d) => { d.flow.nodes.find((n) => n.id === 'review-scjg')!.checksMaterials = ['site-layout']; },
    expected: [[{ rule: 'material.unchecked', severity: 'warning', path: '/materials/3', materialId: 'safety-rules' }, /no step checks material "食品安全管理制度文本" \(safety-rules\)/]],
  },
  {
    given: 'a material only a non-step node claims to check',
    change: (d) => {
      d.flow.nodes.find((n) => n.id === 'review-scjg')!.checksMaterials = ['site-layout'];
      d.flow.nodes.find((n) => n.id === 'fork')!.checksMaterials = ['safety-rules'];
    },
    expected: [[{ rule: 'material.unchecked', severity: 'warning', path: '/materials/3', materialId: 'safety-rules' }, /no step checks/]],
  },
  {
    given: 'a conditional material without condition',
    change: (d) => { delete material(d, 'agent-authorization').condition; },
    expected: [[{ rule: 'material.conditional-without-condition', severity: 'error', path: '/materials/4/condition', materialId: 'agent-authorization' }, /is conditional but says neither in which situations nor when/]],
  },
  {
    given: 'a conditional material whose condition is only words',
    change: (d) => { material(d, 'agent-authorization').condition = { description: '委托他人代为办理的' }; },
    expected: [[{ rule: 'material.conditional-without-condition', severity: 'error', path: '/materials/4/condition', materialId: 'agent-authorization' }, /is conditional/]],
  },
];

const clean: Array<{ given: string; change: (def: MatterDefinition) => void }> = [
  { given: 'the sample materials', change: () => {} },
  { given: 'a material conditional on situations only', change: (d) => { material(d, 'agent-authorization').condition = { situations: ['individual-business'] }; } },
  { given: 'a condition reading the chosen situation', change: (d) => { material(d, 'agent-authorization').condition!.when = { '==': [{ var: 'situation' }, 'company'] }; } },
];

describe('lintMaterials', () => {
  it.each(cases)('given $given, when linted, then exactly the expected findings', ({ change, expected }) => {
    const { def, ctx } = variant(change);
    expectFindings(lintMaterials(def, ctx), expected);
  });

  it.each(clean)('given $given, when linted, then no findings', ({ change }) => {
    const { def, ctx } = variant(change);
    expect(lintMaterials(def, ctx)).toEqual([]);
  });
});
