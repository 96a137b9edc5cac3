/** The workbench's calls of the runtime API (shared client: ../shared/http). */
import type { AuditEvent, Case, Department, MatterVersion, Task } from '../../../schemas/types.generated.js';
import { request } from '../shared/http';

export interface HistoryLine {
  at: string;
  action: string;
  actor: { kind: string; username?: string; role?: string; departmentId?: string };
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

const enc = encodeURIComponent;

export const api = {
  inbox: (department?: string) => request<Page<Task>>('GET', `/tasks?${department ? `department=${enc(department)}` : 'mine=1'}&pageSize=100`),
  caseOf: (caseNo: string) => request<StaffCase>('GET', `/cases/${enc(caseNo)}`),
  audit: (caseNo: string) => request<AuditEvent[]>('GET', `/cases/${enc(caseNo)}/audit`),
  version: (code: string, n: number) => request<MatterVersion>('GET', `/matters/${enc(code)}/versions/${n}`),
  matters: () => request<Page<{ code: string; name: string }>>('GET', '/matters?pageSize=100'),
  departments: () => request<Department[]>('GET', '/departments'),
  caseAction: (caseNo: string, action: string, body: Record<string, unknown>) => request<Case>('POST', `/cases/${enc(caseNo)}/${action}`, body),
  completeTask: (taskId: string, body: Record<string, unknown>) => request<{ case: Case; task: Task }>('POST', `/tasks/${enc(taskId)}/complete`, body),
};

/** The URL of a material file of a case (staff only; served inline and sandboxed). */
export const fileUrl = (caseNo: string, fileId: string) => `/api/cases/${enc(caseNo)}/files/${enc(fileId)}`;
