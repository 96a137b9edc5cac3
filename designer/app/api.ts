/**
 * The designer's calls to the runtime API, on the shared client (runtime/web/shared/http.ts).
 */
import type { MatterDefinition, MatterVersion, SharedMaterial } from '../../schemas/types.generated.js';
import { ApiError, request } from '../../runtime/web/shared/http';

export { ApiError, currentUser, login, logout, request, type Role, type SessionUser } from '../../runtime/web/shared/http';

export type MatterStatus = 'draft' | 'in_review' | 'rejected' | 'published' | 'retired';

export interface WorkspaceMatter {
  code: string;
  name: string;
  departmentId: string;
  status: MatterStatus;
  liveVersion: number | null;
  latestVersion: number | null;
  updatedAt: string;
  revision: number;
  draft: null | { version: number; status: MatterStatus; author?: string; updatedAt?: string; changeSummary?: string; rejectReason?: string };
}

export interface Department {
  id: string;
  name: string;
  /** A centre front desk (综合窗口) that may accept other departments' matters. */
  frontDesk?: boolean;
}

/** A clerk or leader of a department, as the signer picker lists them (no secrets). */
export interface DepartmentAccount {
  username: string;
  displayName?: string;
  role: string;
}

export const workspaceMatters = () => request<WorkspaceMatter[]>('GET', '/workspace/matters');
export const departments = () => request<Department[]>('GET', '/departments');
/** The clerks and leaders of a department whose name or username contains `q` (signer picker). */
export const departmentAccounts = (departmentId: string, q: string) =>
  request<DepartmentAccount[]>('GET', `/departments/${encodeURIComponent(departmentId)}/accounts${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`);
export const sharedMaterials = () => request<SharedMaterial[]>('GET', '/shared-materials');

/** The draft of a matter with the head revision to send back when saving; undefined when there is none. */
export async function matterDraft(code: string): Promise<{ draft: MatterVersion; revision: number } | undefined> {
  try {
    return await request<{ draft: MatterVersion; revision: number }>('GET', `/matters/${encodeURIComponent(code)}/draft`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
}
export const liveMatter = (code: string) => request<MatterVersion>('GET', `/matters/${encodeURIComponent(code)}`);
export const startDraft = (code: string) => request<{ revision: number }>('POST', `/matters/${encodeURIComponent(code)}/draft`);
/** Replaces the draft; a stale `revision` gets 409 CONFLICT. */
export const saveDraft = (code: string, definition: MatterDefinition, revision: number) =>
  request<{ revision: number }>('PUT', `/matters/${encodeURIComponent(code)}/draft`, { definition, revision });
/** Submits the draft for review; a draft with lint errors gets 422 LINT_FAILED listing them. */
export const submitDraft = (code: string, changeSummary?: string) =>
  request<{ revision: number }>('POST', `/matters/${encodeURIComponent(code)}/draft/submit`, changeSummary === undefined ? undefined : { changeSummary });
/** Creates a new matter as a draft (editor of its department, or admin). */
export const createMatter = (definition: MatterDefinition, changeSummary?: string) =>
  request<{ revision: number }>('POST', '/matters', { definition, ...(changeSummary ? { changeSummary } : {}) });
