/** The workbench's calls of the runtime API (shared client: ../shared/http). */
import type { AuditEvent, Case, Department, MatterVersion, Task } from '../../../schemas/types.generated.js';
import { request } from '../shared/http';

export interface HistoryLine {
  at: string;
  action: string;
  actor: { kind: string; username?: string; role?: string; departmentId?: string; displayName?: string };
  taskId?: string;
  nodeId?: string;
  detail: Record<string, unknown>;
}

/** GET /api/cases/:caseNo as staff see it: the case, its tasks (open and closed) and its history. */
export interface StaffCase extends Case {
  tasks: Task[];
  history: HistoryLine[];
  deemedAcceptanceNote?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** A matter as the public catalogue lists it (GET /api/matters). */
export interface MatterSummary {
  code: string;
  name: string;
  departmentId?: string;
  /** Front desks (一窗受理) that may accept it; [] when none. */
  frontDesks: string[];
  status?: string;
}

/** 窗口收件: POST /api/cases/intake's body and answer, one shape with the server (pure types). */
export type { IntakeBody, IntakeMaterial, IntakeReceipt } from '../../cases/window-intake-shapes';
import type { IntakeBody, IntakeReceipt } from '../../cases/window-intake-shapes';

const enc = encodeURIComponent;

export const api = {
  inbox: (department?: string) => request<Page<Task>>('GET', `/tasks?${department ? `department=${enc(department)}` : 'mine=1'}&pageSize=100`),
  caseOf: (caseNo: string) => request<StaffCase>('GET', `/cases/${enc(caseNo)}`),
  /** The cases the signed-in front desk received or accepted (一窗受理: it follows them after acceptance). */
  deskCases: () => request<Page<Case>>('GET', '/cases?scope=desk&pageSize=100'),
  audit: (caseNo: string) => request<AuditEvent[]>('GET', `/cases/${enc(caseNo)}/audit`),
  version: (code: string, n: number) => request<MatterVersion>('GET', `/matters/${enc(code)}/versions/${n}`),
  liveMatter: (code: string) => request<MatterVersion>('GET', `/matters/${enc(code)}`),
  matters: () => request<Page<MatterSummary>>('GET', '/matters?pageSize=100'),
  departments: () => request<Department[]>('GET', '/departments'),
  intake: (body: IntakeBody) => request<IntakeReceipt>('POST', '/cases/intake', body),
  caseAction: (caseNo: string, action: string, body: Record<string, unknown>) => request<Case>('POST', `/cases/${enc(caseNo)}/${action}`, body),
  completeTask: (taskId: string, body: Record<string, unknown>) => request<{ case: Case; task: Task }>('POST', `/tasks/${enc(taskId)}/complete`, body),
};

/** The URL of a material file of a case (staff only; served inline and sandboxed). */
export const fileUrl = (caseNo: string, fileId: string) => `/api/cases/${enc(caseNo)}/files/${enc(fileId)}`;
