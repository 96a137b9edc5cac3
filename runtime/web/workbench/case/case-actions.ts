/**
 * Which actions the signed-in clerk (or leader, who also works the inbox) has on a case, and the
 * request each one sends. The engine decides in the end (runtime/engine/authorize.ts); this offers
 * only what it would allow:
 * - the acceptance task while the case is submitted, to its department or to a front desk allowed
 *   for the matter (一窗受理): accept, refuse, supplement-request (once: 一次性告知);
 * - a deliver step at the accepting desk (统一出件): deliver only, which records how; any other
 *   deliver step: deliver, or decided like any step; an inform task (知会): acknowledge;
 * - any other open task of theirs while in progress: approve, deny, return (to a step this case
 *   has completed). A 会签 / 或签 task is offered only to a listed signer who has not signed yet;
 * - case-level: suspend by the accepting department while in progress, resume while suspended by a
 *   special procedure; 申请延期 once per case by the matter's department or one with an open task;
 *   延期审批 by a leader of the matter's department while a request is pending.
 * Case actions carry the case's version, task actions the task's; a stale one answers 409.
 */
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import type { DeliveryDraft } from './delivery';
import { deliveryInput } from './delivery';
import { hasSigned } from './sign-progress';

export type CaseActionName =
  | 'accept'
  | 'refuse'
  | 'supplement-request'
  | 'approve'
  | 'deny'
  | 'return'
  | 'deliver'
  | 'acknowledge'
  | 'suspend'
  | 'resume'
  | 'extension-request'
  | 'extension-decision';

export const SUSPEND_KINDS = ['inspection', 'testing', 'appraisal', 'expert_review', 'hearing'] as const;

/** Art. 42: 10 working days unless a special law allows more (the matter's `extension.maxDays`). */
export const DEFAULT_EXTENSION_DAYS = 10;

export interface ActionTask {
  id: string;
  nodeId: string;
  stepName: string;
  departmentId: string;
  status: string;
  kind?: 'work' | 'inform';
  mode?: 'single' | 'countersign' | 'anysign';
  assignees?: string[];
  signatures?: Array<{ username: string }>;
  version: number;
}

export interface ActionCase {
  status: string;
  departmentId?: string;
  version: number;
  notice?: unknown;
  extension?: unknown;
  extensionRequest?: { status: 'pending' | 'approved' | 'refused' };
  suspensions?: Array<{ kind: string; to?: string }>;
  tasks: ActionTask[];
}

export interface ActionUser {
  username: string;
  role: string;
  departmentId?: string;
}

/** What the page knows beyond the case: the matter's department and whether the user's desk may do its acceptance acts. */
export interface ActionContext {
  matterDepartmentId?: string;
  /** The user's department is a front desk allowed for this matter (matter `frontDesks`, window `acceptsMatters`, or it received the case). */
  frontDesk?: boolean;
}

export interface TaskActions {
  taskId: string;
  stepName: string;
  taskVersion: number;
  actions: CaseActionName[];
  /** For return: the completed steps to go back to. */
  returnTo: Array<{ nodeId: string; name: string }>;
}

export interface AvailableActions {
  tasks: TaskActions[];
  caseLevel: CaseActionName[];
}

const WORKS = new Set(['clerk', 'leader']);

export function availableActions(c: ActionCase, flow: FlowDefinition, user: ActionUser, ctx: ActionContext = {}): AvailableActions {
  if (!WORKS.has(user.role) || !user.departmentId) return { tasks: [], caseLevel: [] };
  const node = (id: string) => flow.nodes.find((n) => n.id === id);
  const open = c.tasks.filter((t) => t.status === 'open');
  const tasks: TaskActions[] = [];
  for (const t of open) {
    const n = node(t.nodeId);
    const stepType = n?.stepType;
    const ownDepartment = t.departmentId === user.departmentId;
    let actions: CaseActionName[] = [];
    if (stepType === 'accept' && c.status === 'submitted') {
      if (ownDepartment || ctx.frontDesk) actions = c.notice ? ['accept', 'refuse'] : ['accept', 'supplement-request', 'refuse'];
    } else if (!ownDepartment) {
      actions = [];
    } else if (t.kind === 'inform') {
      actions = ['acknowledge'];
    } else if (stepType === 'deliver' && n?.atAcceptingDesk === true && c.status === 'in_progress') {
      actions = ['deliver'];
    } else if (stepType === 'deliver' && c.status === 'in_progress') {
      actions = maySign(t, user.username) ? ['deliver', 'approve', 'deny', 'return'] : [];
    } else if (c.status === 'in_progress' && maySign(t, user.username)) {
      // A step returned to (the acceptance too) is decided like any other once the case is in progress.
      actions = ['approve', 'deny', 'return'];
    }
    const returnTo = returnTargets(c, flow, t.nodeId);
    if (returnTo.length === 0) actions = actions.filter((a) => a !== 'return');
    if (actions.length > 0) tasks.push({ taskId: t.id, stepName: t.stepName, taskVersion: t.version, actions, returnTo });
  }
  const caseLevel: CaseActionName[] = [];
  if (user.departmentId === c.departmentId) {
    if (c.status === 'in_progress') caseLevel.push('suspend');
    const suspended = c.suspensions?.find((s) => !s.to);
    if (c.status === 'suspended' && suspended && suspended.kind !== 'supplement') caseLevel.push('resume');
  }
  const matterDepartment = ctx.matterDepartmentId ?? c.departmentId;
  const working = user.departmentId === matterDepartment || open.some((t) => t.departmentId === user.departmentId && t.kind !== 'inform');
  if (c.status === 'in_progress' && working && !c.extension && !c.extensionRequest) caseLevel.push('extension-request');
  if (user.role === 'leader' && user.departmentId === matterDepartment && c.extensionRequest?.status === 'pending') caseLevel.push('extension-decision');
  return { tasks, caseLevel };
}

/**
 * Whether the user may decide the task now: a task naming assignees (会签 / 或签, or a named
 * handler) only to a listed one who has not signed; a task naming none, to anyone of its department.
 */
export function maySign(t: Pick<ActionTask, 'assignees' | 'signatures'>, username: string): boolean {
  if (!t.assignees?.length) return true;
  return t.assignees.includes(username) && !hasSigned(t, username);
}

/** Steps this case has completed (other than `fromNodeId`), in the order they were first done. */
export function returnTargets(c: Pick<ActionCase, 'tasks'>, flow: FlowDefinition, fromNodeId: string): Array<{ nodeId: string; name: string }> {
  const seen = new Set<string>();
  const out: Array<{ nodeId: string; name: string }> = [];
  for (const t of c.tasks) {
    if (t.status !== 'completed' || t.nodeId === fromNodeId || seen.has(t.nodeId)) continue;
    const node = flow.nodes.find((n) => n.id === t.nodeId);
    if (!node || node.kind !== 'step' || node.stepType === 'deliver') continue;
    seen.add(t.nodeId);
    out.push({ nodeId: t.nodeId, name: node.name });
  }
  return out;
}

export interface ActionInput {
  reason?: string;
  toNodeId?: string;
  kind?: string;
  days?: number;
  /** For extension-decision: 批准 (true) or 不批准 (false). */
  approve?: boolean;
  delivery?: DeliveryDraft;
  /** For extension-request: the matter's limit. */
  maxDays?: number;
}

export type ActionRequest =
  | { via: 'case'; action: string; body: Record<string, unknown> }
  | { via: 'task'; taskId: string; body: Record<string, unknown> };

const REASON_REQUIRED: ReadonlySet<CaseActionName> = new Set(['refuse', 'deny', 'return', 'suspend', 'extension-request']);

export const reasonRequired = (action: CaseActionName): boolean => REASON_REQUIRED.has(action);

/** What is missing from the input, as message keys; empty when the action can be sent. */
export function missingInputs(action: CaseActionName, input: ActionInput): string[] {
  const reason = input.reason?.trim() ?? '';
  const out: string[] = [];
  if (REASON_REQUIRED.has(action) && !reason) out.push('action.need.reason');
  if (action === 'return' && !input.toNodeId) out.push('action.need.toNode');
  if (action === 'suspend' && !input.kind) out.push('action.need.kind');
  if (action === 'suspend' && input.days !== undefined && (!Number.isInteger(input.days) || input.days < 1)) out.push('action.need.days');
  if (action === 'extension-request') {
    const max = input.maxDays ?? DEFAULT_EXTENSION_DAYS;
    if (!Number.isInteger(input.days) || input.days! < 1 || input.days! > max) out.push('action.need.extendDays');
  }
  if (action === 'extension-decision' && input.approve === undefined) out.push('action.need.decision');
  if (action === 'deliver') {
    const d = deliveryInput(input.delivery);
    if (!d.ok) out.push(...d.problems);
  }
  return out;
}

/** The request for an action other than supplement-request (see supplement-checklist.ts). */
export function actionRequest(action: Exclude<CaseActionName, 'supplement-request'>, input: ActionInput, versions: { caseVersion: number; task?: { id: string; version: number } }): ActionRequest {
  const reason = input.reason?.trim() ?? '';
  const comment = reason ? { comment: reason } : {};
  const task = versions.task;
  const needTask = () => {
    if (!task) throw new Error(`${action} needs a task`);
    return task;
  };
  switch (action) {
    case 'approve':
    case 'deny':
    case 'return': {
      const t = needTask();
      return { via: 'task', taskId: t.id, body: { action, ...comment, ...(action === 'return' ? { toNodeId: input.toNodeId } : {}), expectedVersion: t.version } };
    }
    case 'deliver': {
      const t = needTask();
      const d = deliveryInput(input.delivery);
      if (!d.ok) throw new Error('deliver needs a complete delivery');
      return { via: 'task', taskId: t.id, body: { action: 'deliver', delivery: d.delivery, ...comment, expectedVersion: t.version } };
    }
    case 'acknowledge': {
      const t = needTask();
      return { via: 'task', taskId: t.id, body: { action: 'acknowledge', expectedVersion: t.version } };
    }
    case 'accept':
    case 'resume':
      return { via: 'case', action, body: { ...comment, expectedVersion: versions.caseVersion } };
    case 'refuse':
      return { via: 'case', action, body: { reasons: reason, expectedVersion: versions.caseVersion } };
    case 'suspend':
      return { via: 'case', action, body: { kind: input.kind, reason, ...(input.days !== undefined ? { expectedDays: input.days } : {}), expectedVersion: versions.caseVersion } };
    case 'extension-request':
      return { via: 'case', action, body: { days: input.days, reason, expectedVersion: versions.caseVersion } };
    case 'extension-decision':
      return { via: 'case', action, body: { approve: input.approve === true, ...comment, expectedVersion: versions.caseVersion } };
  }
}
