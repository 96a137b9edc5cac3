import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../catalog/catalog.service.js';
import { conditionVariables } from '../../../catalog/conditions/condition-variables.js';
import { DEPARTMENT_USCC } from '../../../catalog/demo/builders.js';
import { demoCatalogue } from '../../../catalog/demo/demo-catalogue.js';
import { criticalPath } from '../../../catalog/flow/critical-path.js';
import { buildFlowGraph } from '../../../catalog/flow/flow-graph.js';
import { lintMatter } from '../../../catalog/lint/lint.js';
import { promisePath } from '../../../catalog/metrics/promise-path.js';
import { openCatalogStore } from '../../../catalog/storage/open-catalog-store.js';
import { seedDemo } from '../../../runtime/server/seed/seed-demo.js';
import { isUnifiedSocialCreditCode } from '../../../schemas/chinese-formats.js';
import type { FlowDefinition, FormDefinition, MatterDefinition } from '../../../schemas/types.generated.js';
import { validate } from '../../../schemas/validator.js';

const catalogue = demoCatalogue();
const departmentIds = new Set(catalogue.departments.map((d) => d.id));
const sharedMaterialIds = new Set(catalogue.sharedMaterials.map((m) => m.id));
/** Every version of every matter, oldest first per matter. */
const allVersions: MatterDefinition[] = catalogue.matters.flatMap((m) => m.versions);
/** The version a hall runs today: the newest of each matter. */
const live: MatterDefinition[] = catalogue.matters.map((m) => m.versions[m.versions.length - 1]);
const label = (def: MatterDefinition): string => `${def.code} ${def.name}`;
const CJK = /[\u4e00-\u9fff]/;

function conditionsOf(def: MatterDefinition): { where: string; rule: unknown }[] {
  const out: { where: string; rule: unknown }[] = [];
  for (const e of def.flow.edges) if (e.condition) out.push({ where: `edge ${e.id}`, rule: e.condition });
  for (const m of def.materials) if (m.condition?.when) out.push({ where: `material ${m.id}`, rule: m.condition.when });
  for (const [name, field] of Object.entries(def.form.properties)) {
    if (field['x-visible-when']) out.push({ where: `field ${name}`, rule: field['x-visible-when'] });
  }
  return out;
}

const outgoing = (flow: FlowDefinition, id: string) => flow.edges.filter((e) => e.source === id);
const hasParallelFork = (flow: FlowDefinition): boolean =>
  flow.nodes.some((n) => n.kind === 'parallel' && outgoing(flow, n.id).length > 1);
/** An exclusive gateway with a condition on a form field and a default edge. */
function hasExclusiveChoice(def: MatterDefinition): boolean {
  return def.flow.nodes.some((n) => {
    if (n.kind !== 'exclusive') return false;
    const out = outgoing(def.flow, n.id);
    return out.some((e) => e.isDefault === true) && out.some((e) => e.condition !== undefined);
  });
}
const stepCount = (def: MatterDefinition): number => def.flow.nodes.filter((n) => n.kind === 'step').length;
const formFieldCount = (form: FormDefinition): number => Object.keys(form.properties).length;

describe('demo catalogue: shape', () => {
  it('has at least 12 matters over at least 6 departments', () => {
    expect(catalogue.matters.length).toBeGreaterThanOrEqual(12);
    const owners = new Set(live.map((d) => d.departmentId));
    expect(owners.size).toBeGreaterThanOrEqual(6);
    expect(catalogue.departments.length).toBeGreaterThanOrEqual(7);
  });

  it('every version of every matter validates against matter-definition', () => {
    const failures: string[] = [];
    for (const def of allVersions) {
      const r = validate('matter-definition', def);
      if (!r.ok) failures.push(`${label(def)}:\n${r.errors.map((e) => `  ${e.path} ${e.message}`).join('\n')}`);
    }
    if (failures.length) console.error(failures.join('\n'));
    expect(failures).toEqual([]);
  });

  it('departments and shared materials validate against their schemas', () => {
    for (const d of catalogue.departments) expect(validate('department', d), d.id).toMatchObject({ ok: true });
    for (const m of catalogue.sharedMaterials) expect(validate('shared-material', m), m.id).toMatchObject({ ok: true });
    const windowIds = catalogue.departments.flatMap((d) => (d.windows ?? []).map((w) => w.id));
    expect(new Set(windowIds).size).toBe(windowIds.length);
  });

  it('matter codes are unique per matter, shared by its versions, and start with the owner’s credit code', () => {
    const codes = catalogue.matters.map((m) => m.versions[0].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of catalogue.matters) {
      expect(m.versions.length).toBeGreaterThanOrEqual(1);
      expect(m.changeSummaries.length).toBe(m.versions.length);
      for (const v of m.versions) {
        expect(v.code).toBe(m.versions[0].code);
        const uscc = DEPARTMENT_USCC[v.departmentId];
        expect(isUnifiedSocialCreditCode(uscc), `${v.departmentId} ${uscc}`).toBe(true);
        expect(v.code.startsWith(`${uscc}-${v.type.code}-`), label(v)).toBe(true);
      }
    }
  });

  it('returns fresh objects on every call', () => {
    const a = demoCatalogue();
    a.matters[0].versions[0].name = 'changed';
    a.departments[0].name = 'changed';
    const b = demoCatalogue();
    expect(b.matters[0].versions[0].name).not.toBe('changed');
    expect(b.departments[0].name).not.toBe('changed');
  });
});

describe('demo catalogue: references', () => {
  it.each(allVersions.map((d) => [label(d), d] as const))('%s: every department, library material, situation and checked material exists', (_, def) => {
    expect(departmentIds.has(def.departmentId)).toBe(true);
    const situations = new Set(def.situations.map((s) => s.id));
    const materials = new Set(def.materials.map((m) => m.id));
    expect(materials.size).toBe(def.materials.length);
    for (const m of def.materials) {
      if (m.libraryId !== undefined) expect(sharedMaterialIds.has(m.libraryId), `${m.id} → ${m.libraryId}`).toBe(true);
      for (const s of m.condition?.situations ?? []) expect(situations.has(s), `${m.id} → situation ${s}`).toBe(true);
    }
    const checked = new Set<string>();
    for (const n of def.flow.nodes) {
      if (n.kind === 'step') expect(departmentIds.has(n.departmentId ?? ''), `step ${n.id}`).toBe(true);
      for (const id of n.checksMaterials ?? []) {
        expect(materials.has(id), `${n.id} checks ${id}`).toBe(true);
        checked.add(id);
      }
    }
    for (const m of def.materials) expect(checked.has(m.id), `no step checks ${m.id}`).toBe(true);
  });

  it.each(allVersions.map((d) => [label(d), d] as const))('%s: every condition reads a form field or the situation', (_, def) => {
    const fields = new Set([...Object.keys(def.form.properties), 'situation']);
    for (const { where, rule } of conditionsOf(def)) {
      for (const name of conditionVariables(rule)) expect(fields.has(name), `${where} reads ${name}`).toBe(true);
    }
    for (const name of def.form.required ?? []) expect(def.form.properties[name], `required ${name}`).toBeDefined();
  });
});

describe('demo catalogue: flows and deadlines', () => {
  it('at least 4 matters approve in parallel and at least 4 branch on the application', () => {
    expect(live.filter((d) => hasParallelFork(d.flow)).length).toBeGreaterThanOrEqual(4);
    expect(live.filter(hasExclusiveChoice).length).toBeGreaterThanOrEqual(4);
  });

  it.each(allVersions.map((d) => [label(d), d] as const))('%s: critical path after acceptance ≤ promised ≤ statutory, realistic visits and online depth', (_, def) => {
    expect(promisePath(buildFlowGraph(def.flow)).days).toBeLessThanOrEqual(def.promisedDays);
    expect(def.promisedDays).toBeLessThanOrEqual(def.statutoryDays);
    expect(def.onSiteVisits).toBeLessThanOrEqual(3);
    if (def.handlingType === 'immediate') expect(def.promisedDays).toBe(0);
  });

  it.each(allVersions.map((d) => [label(d), d] as const))('%s: flow starts, accepts in the owning department, ends granted, is laid out left to right', (_, def) => {
    const { nodes, edges, layout } = def.flow;
    expect(nodes.filter((n) => n.kind === 'start').length).toBe(1);
    const first = edges.find((e) => e.source === 'n-start');
    const accept = nodes.find((n) => n.id === first?.target);
    expect(accept).toMatchObject({ kind: 'step', stepType: 'accept', departmentId: def.departmentId });
    expect(nodes.some((n) => n.kind === 'end' && n.outcome === 'granted')).toBe(true);
    for (const n of nodes) {
      expect(n.id.startsWith('n-'), n.id).toBe(true);
      expect(CJK.test(n.name), n.id).toBe(true);
      if (n.kind === 'step') expect(typeof n.deadlineDays, n.id).toBe('number');
      if (n.mode === 'countersign') {
        for (const u of n.assignees ?? []) {
          expect(catalogue.accounts.find((a) => a.username === u), u).toMatchObject({ role: 'clerk', departmentId: n.departmentId });
        }
      }
    }
    const pos = layout?.nodes ?? {};
    for (const n of nodes) expect(pos[n.id], `layout of ${n.id}`).toBeDefined();
    for (const e of edges) {
      expect(e.id).toMatch(/^e-[a-z0-9-]+$/);
      expect(pos[e.target].x, e.id).toBeGreaterThan(pos[e.source].x);
    }
  });

  it('has no lint errors (and no warnings)', () => {
    const problems: string[] = [];
    for (const def of allVersions) {
      const r = lintMatter(def, { departmentIds, sharedMaterialIds });
      for (const f of [...r.errors, ...r.warnings]) problems.push(`${label(def)}: ${f.severity} ${f.rule} ${f.path ?? ''} ${f.message}`);
    }
    if (problems.length) console.error(problems.join('\n'));
    expect(problems).toEqual([]);
  });
});

describe('demo catalogue: reads like a real service guide', () => {
  it.each(live.map((d) => [label(d), d] as const))('%s', (_, def) => {
    expect(CJK.test(def.name)).toBe(true);
    expect(def.legalBasis?.length).toBeGreaterThan(0);
    for (const b of def.legalBasis ?? []) expect(b.title).toMatch(/^《.+》/);
    expect(def.acceptanceConditions?.length).toBeGreaterThan(0);
    expect(def.windows?.length).toBeGreaterThan(0);
    expect(def.consultPhone).toBeTruthy();
    expect(def.complaintPhone).toBeTruthy();
    expect(def.result && CJK.test(def.result.name)).toBe(true);
    expect(def.themes?.length).toBeGreaterThan(0);
    expect(def.keywords?.length).toBeGreaterThan(0);
    for (const s of def.situations) expect(CJK.test(s.name), s.id).toBe(true);
    for (const m of def.materials) expect(CJK.test(m.name), m.id).toBe(true);
    const fields = Object.entries(def.form.properties);
    expect(formFieldCount(def.form)).toBeGreaterThanOrEqual(4);
    expect(formFieldCount(def.form)).toBeLessThanOrEqual(10);
    expect(fields.some(([, f]) => f['x-visible-when'] !== undefined)).toBe(true);
    for (const [name, f] of fields) {
      expect(f['x-decorator'], name).toBe('FormItem');
      expect(CJK.test(f.title ?? ''), name).toBe(true);
    }
  });

  it('uses the material rules of real guides: conditional on situation and on answers, 容缺, 告知承诺, library materials', () => {
    const materials = live.flatMap((d) => d.materials);
    expect(materials.some((m) => m.condition?.situations)).toBe(true);
    expect(materials.some((m) => m.condition?.when)).toBe(true);
    expect(materials.filter((m) => m.deferrable).length).toBeGreaterThanOrEqual(4);
    expect(materials.filter((m) => m.waivableByCommitment).length).toBeGreaterThanOrEqual(4);
    expect(materials.filter((m) => m.libraryId).length).toBeGreaterThanOrEqual(20);
    expect(live.filter((d) => !d.fees?.charged).length).toBeGreaterThan(live.length / 2);
  });
});

describe('demo catalogue: the matter with history', () => {
  const withHistory = catalogue.matters.filter((m) => m.versions.length > 1);

  it('is one matter whose later version is the simplified process', () => {
    expect(withHistory.length).toBe(1);
    const [v1, v2] = withHistory[0].versions;
    expect(v1.name).toBe('建设工程规划许可证核发');
    expect(hasParallelFork(v1.flow)).toBe(false);
    expect(hasParallelFork(v2.flow)).toBe(true);
    expect(stepCount(v1)).toBe(5);
    expect(criticalPath(v2.flow).steps).toBeLessThan(criticalPath(v1.flow).steps);
    expect([v1.materials.length, v2.materials.length]).toEqual([8, 5]);
    expect([v1.promisedDays, v2.promisedDays]).toEqual([20, 7]);
    expect([v1.onSiteVisits, v2.onSiteVisits]).toEqual([3, 1]);
    // Kept materials keep their ids, so the compare report sees them as the same material.
    const v1Ids = new Set(v1.materials.map((m) => m.id));
    for (const m of v2.materials) expect(v1Ids.has(m.id), m.id).toBe(true);
  });
});

describe('demo accounts', () => {
  it('an editor per department that owns matters (the front desk owns none), a clerk per department, second clerks for countersign, a supervisor; all schema-valid', () => {
    const names = catalogue.accounts.map((a) => a.username);
    expect(new Set(names).size).toBe(names.length);
    for (const d of catalogue.departments) {
      if (d.frontDesk !== true) expect(names).toContain(`${d.id}-editor`);
      expect(names).toContain(`${d.id}-clerk`);
    }
    expect(catalogue.accounts.filter((a) => a.username.endsWith('-clerk2')).length).toBe(2);
    expect(catalogue.accounts.filter((a) => a.role === 'supervisor').length).toBe(1);
    for (const a of catalogue.accounts) {
      if (a.departmentId !== undefined) expect(departmentIds.has(a.departmentId)).toBe(true);
      expect(a.password.length).toBeGreaterThanOrEqual(8);
      expect(CJK.test(a.displayName)).toBe(true);
      const { password: _plain, ...rest } = a;
      const account = { ...rest, passwordHash: 'scrypt$demo', createdAt: '2024-01-01T00:00:00Z' };
      expect(validate('account', account), a.username).toMatchObject({ ok: true });
    }
  });
});

describe('demo catalogue: seeding through the real life cycle', () => {
  it('publishes every matter; the matter with history goes live at version 2', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mf-demo-'));
    try {
      const store = await openCatalogStore({ dataDir, databaseUrl: undefined });
      await store.init();
      const accounts = await seedDemo(store, new CatalogService(store));
      expect(accounts.length).toBe(catalogue.accounts.length);
      const heads = await store.listHeads();
      expect(heads.length).toBe(catalogue.matters.length);
      for (const m of catalogue.matters) {
        const head = heads.find((h) => h.code === m.versions[0].code);
        expect(head?.liveVersion, m.versions[0].name).toBe(m.versions.length);
      }
      await (store as { close?: () => Promise<void> }).close?.();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('demo catalogue: the front desk story (一窗受理 · 会签 · 统一出件)', () => {
  const story = live.find((d) => d.frontDesks?.includes('zhzx'))!;
  const desk = catalogue.departments.find((d) => d.id === 'zhzx')!;
  const node = (id: string) => story.flow.nodes.find((n) => n.id === id)!;

  it('the centre front desk accepts the story matter at its window', () => {
    expect(desk).toMatchObject({ name: '汉江市政务服务中心综合窗口', frontDesk: true });
    expect(desk.windows).toEqual([expect.objectContaining({ id: 'zh-01', name: '综合受理窗口', acceptsMatters: [story.code] })]);
    expect(live.filter((d) => d.departmentId === 'zhzx')).toEqual([]);
  });

  it('every front desk, window acceptance and co-implementer names a real department or matter of another department', () => {
    const deskIds = new Set(catalogue.departments.filter((d) => d.frontDesk === true).map((d) => d.id));
    for (const def of live) {
      for (const id of def.frontDesks ?? []) expect(deskIds.has(id), `${label(def)} front desk ${id}`).toBe(true);
      for (const id of def.coImplementingDepartments ?? []) expect(departmentIds.has(id) && id !== def.departmentId, `${label(def)} co-implementer ${id}`).toBe(true);
    }
    for (const d of catalogue.departments) {
      for (const w of d.windows ?? []) {
        for (const code of w.acceptsMatters ?? []) {
          expect(d.frontDesk, `${w.id} accepts matters but ${d.id} is no front desk`).toBe(true);
          expect(live.find((m) => m.code === code)?.departmentId, `${w.id} accepts ${code}`).not.toBe(d.id);
        }
      }
    }
  });

  it('the story matter: 行政许可 of 城管局, one-stage intake, two or more required materials, extension up to 10 days', () => {
    expect(story).toMatchObject({
      code: '11619900MB1588317X-XK-0002', name: '设置大型户外广告审批', departmentId: 'cgj', type: { code: 'XK' },
      frontDesks: ['zhzx'], intakeStages: 'one', extension: { maxDays: 10 },
    });
    expect(story.remedies).toBeUndefined();
    expect(story.materials.filter((m) => m.requirement === 'required').map((m) => m.id)).toEqual(['application-form', 'business-license', 'site-plan', 'site-consent']);
  });

  it('its flow: accept, a 会签 of three 城管局 signers, a decision, delivery at the accepting desk, granted; a restricted site is denied by rule', () => {
    expect(story.flow.nodes.filter((n) => n.kind === 'step').map((n) => [n.id, n.stepType])).toEqual([
      ['n-accept', 'accept'], ['n-review', 'review'], ['n-decide', 'decide'], ['n-deliver', 'deliver'],
    ]);
    expect(node('n-review')).toMatchObject({ mode: 'countersign', assignees: ['cgj-signer1', 'cgj-signer2', 'cgj-signer3'], departmentId: 'cgj' });
    expect(node('n-deliver')).toMatchObject({ atAcceptingDesk: true, stepType: 'deliver' });
    const leader = catalogue.accounts.find((a) => a.role === 'leader' && a.departmentId === story.departmentId);
    expect(leader?.username).toBe('cgj-leader');
    const denial = story.flow.edges.find((e) => e.target === 'n-end-denied')!;
    expect(denial).toMatchObject({ source: 'n-gw-area', label: expect.stringMatching(/禁止设置户外广告/), condition: { '==': [{ var: 'inRestrictedArea' }, true] } });
    expect(promisePath(buildFlowGraph(story.flow))).toMatchObject({ days: 5, acceptNodeId: 'n-accept', acceptDays: 1 });
  });

  it('the 即办件 个体工商户设立登记 informs the tax office it co-implements with', () => {
    expect(live.find((d) => d.code === '11619900MB1532046T-XK-0002')).toMatchObject({ handlingType: 'immediate', coImplementingDepartments: ['swj'] });
  });
});
