/**
 * Which actions the signed-in clerk has on a case, and the request each one sends. The engine
 * decides in the end (runtime/engine/authorize.ts); this offers only what it would allow:
 * - the acceptance task of the clerk's department while the case is submitted: accept, refuse,
 *   supplement-request (once: 一次性告知);
 * - any other open task of theirs (listed assignee, when the task lists any) while in progress:
 *   approve, deny, return (to a step this case has completed);
 * - the accepting department's case-level acts: suspend and extend (once) while in progress,
 *   resume while suspended by a special procedure.
 * Case actions carry the case's version, task actions the task's; a stale one answers 409.
 */
import type { FlowDefinition } from '../../../../schemas/types.generated.js';

export type CaseActionName = 'accept' | 'refuse' | 'supplement-request' | 'approve' | 'deny' | 'return' | 'suspend' | 'resume' | 'extend';

export const SUSPEND_KINDS = ['inspection', 'testing', 'appraisal', 'expert_review', 'hearing'] as const;

export const MAX_EXTENSION_DAYS = 10;

export interface ActionCase {
  status: string;
  departmentId?: string;
  version: number;
  notice?: unknown;
  extension?: unknown;
  suspensions?: Array<{ kind: string; to?: string }>;
  tasks: Array<{ id: string; nodeId: string; stepName: string; departmentId: string; status: string; assignees?: string[]; version: number }>;
}

export interface ActionUser {
  username: string;
  role: string;
  departmentId?: string;
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

export function availableActions(c: ActionCase, flow: FlowDefinition, user: ActionUser): AvailableActions {
  if (user.role !== 'clerk' || !user.departmentId) return { tasks: [], caseLevel: [] };
  const node = (id: string) => flow.nodes.find((n) => n.id === id);
  const mine = c.tasks.filter((t) => t.status === 'open' && t.departmentId === user.departmentId && (!t.assignees?.length || t.assignees.includes(user.username)));
  const tasks: TaskActions[] = [];
  for (const t of mine) {
    const accepting = node(t.nodeId)?.stepType === 'accept';
    let actions: CaseActionName[] = [];
    if (accepting && c.status === 'submitted') actions = c.notice ? ['accept', 'refuse'] : ['accept', 'supplement-request', 'refuse'];
    // A step returned to (the acceptance too) is decided like any other once the case is in progress.
    else if (c.status === 'in_progress') actions = ['approve', 'deny', 'return'];
    const returnTo = returnTargets(c, flow, t.nodeId);
    if (returnTo.length === 0) actions = actions.filter((a) => a !== 'return');
    if (actions.length > 0) tasks.push({ taskId: t.id, stepName: t.stepName, taskVersion: t.version, actions, returnTo });
  }
  const caseLevel: CaseActionName[] = [];
  if (user.departmentId === c.departmentId) {
    if (c.status === 'in_progress') caseLevel.push('suspend', ...(c.extension ? [] : (['extend'] as const)));
    const open = c.suspensions?.find((s) => !s.to);
    if (c.status === 'suspended' && open && open.kind !== 'supplement') caseLevel.push('resume');
  }
  return { tasks, caseLevel };
}

/** Steps this case has completed (other than `fromNodeId`), in the order they were first done. */
export function returnTargets(c: Pick<ActionCase, 'tasks'>, flow: FlowDefinition, fromNodeId: string): Array<{ nodeId: string; name: string }> {
  const seen = new Set<string>();
  const out: Array<{ nodeId: string; name: string }> = [];
  for (const t of c.tasks) {
    if (t.status !== 'completed' || t.nodeId === fromNodeId || seen.has(t.nodeId)) continue;
    const node = flow.nodes.find((n) => n.id === t.nodeId);
    if (!node || node.kind !== 'step') continue;
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
}

export type ActionRequest =
  | { via: 'case'; action: CaseActionName; body: Record<string, unknown> }
  | { via: 'task'; taskId: string; body: Record<string, unknown> };

/** What is missing from the input, as message keys; empty when the action can be sent. */
export function missingInputs(action: CaseActionName, input: ActionInput): string[] {
  const reason = input.reason?.trim() ?? '';
  const out: string[] = [];
  if (['refuse', 'deny', 'return', 'suspend', 'extend'].includes(action) && !reason) out.push('action.need.reason');
  if (action === 'return' && !input.toNodeId) out.push('action.need.toNode');
  if (action === 'suspend' && !input.kind) out.push('action.need.kind');
  if (action === 'suspend' && input.days !== undefined && (!Number.isInteger(input.days) || input.days < 1)) out.push('action.need.days');
  if (action === 'extend' && (!Number.isInteger(input.days) || input.days! < 1 || input.days! > MAX_EXTENSION_DAYS)) out.push('action.need.extendDays');
  return out;
}

/** The request for an action other than supplement-request (see supplement-checklist.ts). */
export function actionRequest(action: Exclude<CaseActionName, 'supplement-request'>, input: ActionInput, versions: { caseVersion: number; task?: { id: string; version: number } }): ActionRequest {
  const reason = input.reason?.trim() ?? '';
  const comment = reason ? { comment: reason } : {};
  const task = versions.task;
  switch (action) {
    case 'approve':
    case 'deny':
    case 'return':
      if (!task) throw new Error(`${action} needs a task`);
      return { via: 'task', taskId: task.id, body: { action, ...comment, ...(action === 'return' ? { toNodeId: input.toNodeId } : {}), expectedVersion: task.version } };
    case 'accept':
    case 'resume':
      return { via: 'case', action, body: { ...comment, expectedVersion: versions.caseVersion } };
    case 'refuse':
      return { via: 'case', action, body: { reasons: reason, expectedVersion: versions.caseVersion } };
    case 'suspend':
      return { via: 'case', action, body: { kind: input.kind, reason, ...(input.days !== undefined ? { expectedDays: input.days } : {}), expectedVersion: versions.caseVersion } };
    case 'extend':
      return { via: 'case', action, body: { days: input.days, reason, expectedVersion: versions.caseVersion } };
  }
}
