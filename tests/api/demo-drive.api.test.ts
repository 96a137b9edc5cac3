/**
 * "Every demo matter can be applied to and driven to an end through the API."
 *
 * One server, the demo catalogue seeded into it as `MATTERFLOW_DEMO=1` seeds it, its staff signed in
 * with the demo passwords. For every live matter: an application built from the definition alone
 * (tests/fixtures/application-builder.ts) is filed, then each open task is completed by a clerk of
 * the task's department (every assignee of a countersign) until the case concludes; the end must be
 * the one the flow's gateways choose for the data, the applicant's progress view must show it and
 * nothing personal, and the case's audit must be there. Finally the whole audit chain verifies.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../catalog/conditions/evaluate-condition.js';
import { demoCatalogue } from '../../catalog/demo/demo-catalogue.js';
import type { CatalogStore } from '../../catalog/storage/catalog.store.js';
import { conditionData } from '../../runtime/engine/materials.js';
import { seedDemo } from '../../runtime/server/seed/seed-demo.js';
import { ConflictError } from '../../schemas/errors.js';
import type { Account, FlowEdge, MatterDefinition } from '../../schemas/types.generated.js';
import { buildApplication, uploadSamplePdf, type BuiltApplication } from '../fixtures/application-builder.js';
import { startTestServer } from './api-harness.js';

const MAX_STEPS = 50;
const CONCLUDED = new Set(['granted', 'denied', 'refused', 'withdrawn']);
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The harness creates a few staff accounts before any test runs, while `seedDemo` expects an empty
 * store (it is the first-start seeder): the demo's accounts of the same names replace them here, so
 * every account carries its demo password.
 */
function replacingAccounts(store: CatalogStore): CatalogStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'createAccount') {
        return async (account: Account) => {
          try {
            await target.createAccount(account);
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
            await target.updateAccount(account);
          }
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const s = await startTestServer();
afterAll(() => s.close());
const accounts = await seedDemo(replacingAccounts(s.store), s.catalog);
const fileId = await uploadSamplePdf(s);
const catalogue = await s.call('GET', '/api/matters?pageSize=100');
const live = (catalogue.body?.items ?? []) as Array<{ code: string; name: string }>;

const tokens = new Map<string, string>();
async function tokenOf(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const account = accounts.find((a) => a.username === username);
  if (!account) throw new Error(`the demo has no account "${username}" (it has ${accounts.map((a) => a.username).join(', ')})`);
  const res = await s.call('POST', '/api/auth/login', { body: { username, password: account.password } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
  tokens.set(username, res.body.token as string);
  return res.body.token as string;
}

interface Signature {
  step: string;
  action: string;
  by: string;
}

interface Driven {
  caseNo: string;
  queryCode: string;
  final: any;
  signatures: Signature[];
}

/** Files the application and completes open tasks until the case concludes (at most MAX_STEPS reads). */
async function drive(def: MatterDefinition, app: BuiltApplication): Promise<Driven> {
  const filed = await s.call('POST', '/api/cases', { body: app });
  expect(filed.status, `${def.name}: POST /api/cases answered ${filed.text}`).toBe(201);
  expect(filed.body).toMatchObject({ caseNo: expect.stringMatching(/^MF\d{8}-[A-Z2-9]{6}$/), queryCode: expect.any(String), status: 'submitted' });
  const { caseNo, queryCode } = filed.body as { caseNo: string; queryCode: string };
  const reader = await tokenOf(`${def.departmentId}-clerk`);
  const signatures: Signature[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const read = await s.call('GET', `/api/cases/${caseNo}`, { token: reader });
    expect(read.status, `${def.name}: reading ${caseNo}: ${read.text}`).toBe(200);
    const c = read.body;
    if (CONCLUDED.has(c.status)) return { caseNo, queryCode, final: c, signatures };
    const open = (c.tasks as any[]).filter((t) => t.status === 'open');
    expect(open.length, `${def.name}: ${caseNo} is ${c.status} with no open task`).toBeGreaterThan(0);
    for (const task of open) {
      const node = def.flow.nodes.find((n) => n.id === task.nodeId);
      // 统一出件 at the accepting desk is recorded as a delivery, not approved.
      const action = node?.stepType === 'accept' ? 'accept' : node?.atAcceptingDesk ? 'deliver' : 'approve';
      const extra = action === 'deliver' ? { delivery: { method: 'window', recipient: app.applicant.name, date: '2026-12-08' } } : {};
      const assignees: string[] = task.assignees ?? [];
      const signed = new Set(((task.signatures ?? []) as Array<{ username: string }>).map((g) => g.username));
      const signers =
        task.mode === 'countersign' && assignees.length > 0
          ? assignees.filter((u) => !signed.has(u))
          : [assignees[0] ?? `${task.departmentId}-clerk`];
      let version: number = task.version;
      for (const [i, signer] of signers.entries()) {
        const done = await s.call('POST', `/api/tasks/${task.id}/complete`, { token: await tokenOf(signer), body: { action, expectedVersion: version, ...extra } });
        expect(done.status, `${def.name}: ${action} "${task.stepName}" by ${signer}: ${done.text}`).toBe(200);
        signatures.push({ step: task.stepName, action, by: signer });
        // A countersign stays open until its last assignee signs.
        expect(done.body.task.status, `${def.name}: "${task.stepName}" after ${signer}`).toBe(i === signers.length - 1 ? 'completed' : 'open');
        version = done.body.task.version;
      }
    }
  }
  throw new Error(`${def.name}: ${caseNo} did not conclude within ${MAX_STEPS} reads`);
}

/** Edges from an exclusive gateway into a denied end whose condition holds for the application. */
function denyingEdges(def: MatterDefinition, app: BuiltApplication): FlowEdge[] {
  const facts = conditionData(app.data, app.situation, app.applicant.kind);
  const node = (id: string) => def.flow.nodes.find((n) => n.id === id);
  return def.flow.edges.filter(
    (e) => node(e.source)?.kind === 'exclusive' && node(e.target)?.kind === 'end' && node(e.target)?.outcome === 'denied' && e.condition !== undefined && evaluateCondition(e.condition, facts),
  );
}

/**
 * Another application, differing in one answer the denying edges read (a switch flipped, another
 * option, another situation), that no denying edge sends to the denied end; undefined if none does.
 */
function grantableVariant(def: MatterDefinition, app: BuiltApplication): BuiltApplication | undefined {
  const vars = new Set<string>();
  const collect = (rule: unknown): void => {
    if (Array.isArray(rule)) rule.forEach(collect);
    else if (rule !== null && typeof rule === 'object') {
      for (const [op, arg] of Object.entries(rule)) {
        if (op === 'var') vars.add(String(Array.isArray(arg) ? arg[0] : arg));
        else collect(arg);
      }
    }
  };
  denyingEdges(def, app).forEach((e) => collect(e.condition));
  for (const name of vars) {
    const tries: BuiltApplication[] = [];
    if (name === 'situation') {
      for (const sit of def.situations) if (sit.id !== app.situation) tries.push(buildApplication(def, { situation: sit.id, fileId }));
    } else {
      const field = def.form.properties?.[name];
      const current = app.data[name];
      const options = field?.type === 'boolean' ? [!current] : (field?.enum ?? field?.oneOf?.map((o) => o.const) ?? []).filter((v) => v !== current);
      for (const value of options) {
        tries.push(buildApplication(def, { situation: app.situation, fileId, choose: (f) => (f.path === name ? value : undefined) }));
      }
    }
    const found = tries.find((t) => denyingEdges(def, t).length === 0);
    if (found) return found;
  }
  return undefined;
}

/** The end the case must reach, its checks through the API, and what it reached. */
async function driveAndCheck(def: MatterDefinition, app: BuiltApplication): Promise<Driven> {
  const expected = denyingEdges(def, app).length > 0 ? 'denied' : 'granted';
  const run = await drive(def, app);
  const { caseNo, queryCode, final } = run;
  // The end: the one the gateways choose for this data, reached by approvals only.
  expect(final, `${def.name}: ${caseNo}`).toMatchObject({ status: expected, outcome: expected, concludedAt: expect.any(String) });
  // Only 知会 tasks outlive the case: one per co-implementing department, never blocking it.
  const stillOpen = (final.tasks as any[]).filter((t) => t.status === 'open');
  expect(stillOpen.filter((t) => t.kind !== 'inform')).toEqual([]);
  expect(stillOpen.map((t) => t.departmentId).sort()).toEqual([...(def.coImplementingDepartments ?? [])].sort());
  if (expected === 'denied') {
    // The reasons are the rule that denied, in words — the edge's label (or its condition
    // described), as the notice prints it — never the denied end's name.
    const end = def.flow.nodes.find((n) => n.kind === 'end' && n.outcome === 'denied')!;
    const denying = denyingEdges(def, app)[0]!;
    expect(final.reasons).toBe(final.rightsNotice.rule);
    if (denying.label?.trim()) expect(final.reasons).toBe(denying.label.trim());
    expect(final.reasons).not.toBe(end.name);
  }
  expect(run.signatures.filter((g) => g.action === 'accept')).toHaveLength(1);
  // The applicant's view: the end, and nothing of the applicant.
  const progress = await s.call('GET', `/api/cases/${caseNo}?queryCode=${encodeURIComponent(queryCode)}`);
  expect(progress.status).toBe(200);
  expect(progress.body).toMatchObject({ caseNo, matterCode: def.code, matterName: def.name, status: expected, outcome: expected });
  expect(progress.text).not.toContain(app.applicant.name);
  expect(progress.text).not.toContain(app.applicant.idNumber!);
  // The audit: created first, every action recorded, seq rising, hashes well-formed.
  const audit = await s.call('GET', `/api/cases/${caseNo}/audit`, { token: await tokenOf(`${def.departmentId}-clerk`) });
  expect(audit.status).toBe(200);
  const events = audit.body as Array<{ seq: number; caseNo: string; action: string; prevHash: string; hash: string }>;
  expect(events[0]?.action).toBe('case.created');
  expect(events.every((e) => e.caseNo === caseNo && HEX64.test(e.hash) && HEX64.test(e.prevHash))).toBe(true);
  expect(events.every((e, i) => i === 0 || e.seq > events[i - 1].seq)).toBe(true);
  expect(events.filter((e) => e.action === 'case.accept')).toHaveLength(1);
  expect(events.filter((e) => e.action === 'case.approve')).toHaveLength(run.signatures.filter((g) => g.action === 'approve').length);
  return run;
}

describe('demo drive: every demo matter is applied to and driven to its end through the API', () => {
  it('given the seeded demo, when the public catalogue is listed, then it is exactly the demo matters', () => {
    expect(catalogue.status).toBe(200);
    const demoCodes = demoCatalogue().matters.map((m) => m.versions[0].code);
    expect(live.map((m) => m.code).sort()).toEqual([...demoCodes].sort());
    expect(live).toHaveLength(18);
  });

  it.each(live.map((m) => [m.code, m.name] as const))(
    'given %s %s, when an application built from its form is filed and every open task completed, then the case reaches its end',
    async (code) => {
      const got = await s.call('GET', `/api/matters/${encodeURIComponent(code)}`);
      expect(got.status).toBe(200);
      const def = got.body.definition as MatterDefinition;
      const app = buildApplication(def, { fileId });
      const first = await driveAndCheck(def, app);
      if (first.final.status === 'denied') {
        // The gateway ruled this data out: other answers must lead to the grant.
        const variant = grantableVariant(def, app);
        expect(variant, `${def.name}: no single answer changed keeps the application off the denied end`).toBeDefined();
        const second = await driveAndCheck(def, variant!);
        expect(second.final.status).toBe('granted');
      }
    },
  );

  it('given every case driven above, when the supervisor verifies the audit chain, then it is intact', async () => {
    const res = await s.call('GET', '/api/audit/verify', { token: await tokenOf('supervisor') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, checked: expect.any(Number) });
    expect(res.body.checked).toBeGreaterThan(live.length * 3);
    expect(res.body.broken).toBeUndefined();
  });
});
