/**
 * Cases for the store tests and the store benchmark: real engine transitions on the linear flow
 * (start → accept → review → decide → ✔) turned into store writes the way the case service will,
 * and synthetic cases whose columns a test chooses (lists, deadlines, supervision figures).
 */
import type { CommitTransition, CreateCase, StoredCase, TaskWrite } from '../../../../runtime/cases/storage/case-records.js';
import { advance, startCase, type CaseState, type EngineAction, type Transition } from '../../../../runtime/engine/index.js';
import type { ActorRef, Case, Task } from '../../../../schemas/types.generated.js';
import { engineDef, linearFlow, mondayToFriday } from '../../../fixtures/engine-flows.js';
import { chinaDayStart } from '../../../../runtime/calendar/china-time.js';

export const def = engineDef(linearFlow);
export const clerk: ActorRef = { kind: 'account', username: 'li', role: 'clerk', departmentId: 'dept-a' };
export const applicant: ActorRef = { kind: 'applicant' };

/** The Case document of an engine state, as the service will build it. */
export function caseDocOf(state: CaseState, over: Partial<Case> = {}): Case {
  return {
    caseNo: state.caseNo!,
    matterCode: state.matterCode,
    matterVersion: state.matterVersion,
    departmentId: def.departmentId,
    status: state.status,
    applicant: { kind: 'individual', name: '张三', phone: '13800000000' },
    data: state.data,
    materials: state.materials,
    receivedAt: state.receivedAt,
    ...(state.acceptedAt ? { acceptedAt: state.acceptedAt } : {}),
    ...(state.dueDate ? { dueDate: state.dueDate } : {}),
    ...(state.concludedAt ? { concludedAt: state.concludedAt } : {}),
    ...(state.outcome ? { outcome: state.outcome } : {}),
    version: state.version,
    ...over,
  };
}

/** A case submitted on the linear flow at `now`, with its accept task open. */
export function submitted(caseNo: string, now = '2026-03-02T02:00:00.000Z', extra: Partial<CreateCase> = {}): CreateCase {
  const { state } = startCase(def, { caseNo, data: { amount: 5 }, materials: [{ materialId: 'id-card', status: 'provided' }, { materialId: 'application', status: 'provided' }] }, { now, calendar: mondayToFriday });
  return {
    record: { case: caseDocOf(state), state },
    tasks: state.tasks.map((t) => ({ task: t })),
    audit: [{ at: now, caseNo, actor: applicant, action: 'case.created', payload: { matterCode: def.code } }],
    ...extra,
  };
}

/** Runs `action` on a stored case: the engine's transition. */
export function act(stored: StoredCase, action: EngineAction, now: string, by: ActorRef = clerk): Transition {
  return advance(def, stored.state, action, { kind: by.kind, username: by.username, role: by.role, departmentId: by.departmentId }, { now, calendar: mondayToFriday });
}

/** The commit of a transition: tasks that are new or whose version moved, each with its expected version. */
export function commitOf(stored: StoredCase, t: Transition, action = 'case.transitioned', by: ActorRef = clerk): CommitTransition {
  const before = new Map(stored.state.tasks.map((x) => [x.id, x.version]));
  const tasks: TaskWrite[] = t.state.tasks
    .filter((x) => before.get(x.id) !== x.version)
    .map((x) => (before.has(x.id) ? { task: x, expectedVersion: before.get(x.id)! } : { task: x }));
  return {
    caseNo: stored.case.caseNo,
    expectedVersion: stored.version,
    record: { case: caseDocOf(t.state), state: t.state },
    tasks,
    audit: [{ caseNo: stored.case.caseNo, actor: by, action, payload: { effects: t.effects.map((e) => e.type) } }],
  };
}

export interface SyntheticCase {
  caseNo: string;
  status?: Case['status'];
  departmentId?: string;
  matterCode?: string;
  receivedAt?: string;
  dueDate?: string;
  warnOn?: string;
  concludedAt?: string;
  outcome?: Case['outcome'];
  conclusion?: { workingDaysUsed: number; promisedDays: number };
  applicantAccount?: string;
  /** Open review tasks unless said otherwise; `warnOn` (a China date) becomes TaskWrite.warnAt, that day's start. */
  tasks?: (Partial<Task> & { warnOn?: string })[];
}

/** A case whose indexed columns are exactly what the test says; its state is a minimal engine document. */
export function synthetic(s: SyntheticCase): CreateCase {
  const receivedAt = s.receivedAt ?? '2026-03-02T02:00:00.000Z';
  const status = s.status ?? 'in_progress';
  const state = {
    stateVersion: 1, caseNo: s.caseNo, matterCode: s.matterCode ?? 'MATTER-A', matterVersion: 1, status, data: {}, materials: [],
    receivedAt, submittedAt: receivedAt, tokens: [], forks: [], tasks: [], taskForks: {}, suspensions: [], history: [], nextId: 1, version: 0,
  } as CaseState;
  const doc: Case = {
    caseNo: s.caseNo, matterCode: s.matterCode ?? 'MATTER-A', matterVersion: 1, departmentId: s.departmentId ?? 'dept-a', status,
    applicant: { kind: 'legal_person', name: '某某有限公司', phone: '02912345678' }, data: {}, materials: [], receivedAt,
    ...(s.dueDate ? { dueDate: s.dueDate } : {}), ...(s.concludedAt ? { concludedAt: s.concludedAt } : {}), ...(s.outcome ? { outcome: s.outcome } : {}),
    version: 0,
  };
  const tasks: TaskWrite[] = (s.tasks ?? []).map(({ warnOn, ...t }, i) => ({
    task: { id: `${s.caseNo}-T${i + 1}`, nodeId: 'review', stepName: '审查', departmentId: doc.departmentId!, status: 'open', openedAt: receivedAt, version: 0, ...t } as Task,
    ...(warnOn ? { warnAt: dayStart(warnOn) } : {}),
  }));
  return {
    record: { case: doc, state, ...(s.warnOn ? { warnAt: dayStart(s.warnOn) } : {}), ...(s.conclusion ? { conclusion: s.conclusion } : {}), ...(s.applicantAccount ? { applicantAccount: s.applicantAccount } : {}) },
    tasks,
    audit: [{ at: receivedAt, caseNo: s.caseNo, actor: applicant, action: 'case.created' }],
  };
}

/** The start in China of a date, as the warning instant of a fixture that warns "on" that day. */
export const dayStart = (date: string): string => chinaDayStart(date).toISOString();

/** Case numbers in the schema's pattern: `MF-2026-000001`. */
export const caseNo = (n: number): string => `MF-2026-${String(n).padStart(6, '0')}`;
