/** The applicant's tracking calls: each carries the query code from the receipt (no session). */
import { request } from '../../shared/http';
import type { Department } from '../../../../schemas/types.generated';
import type { Progress } from './progress';

const at = (caseNo: string) => `/cases/${encodeURIComponent(caseNo)}`;

export const fetchProgress = (caseNo: string, queryCode: string) => request<Progress>('GET', `${at(caseNo)}?queryCode=${encodeURIComponent(queryCode)}`);

export const supplyMaterials = (caseNo: string, body: { queryCode: string; materials: Array<{ materialId: string; fileIds: string[] }> }) =>
  request<Progress>('POST', `${at(caseNo)}/supplement`, body);

export const withdrawCase = (caseNo: string, queryCode: string, reason?: string) =>
  request<Progress>('POST', `${at(caseNo)}/withdraw`, { queryCode, ...(reason ? { reason } : {}) });

export const rateCase = (caseNo: string, queryCode: string, score: number, comment?: string) =>
  request<{ score: number; comment?: string; at: string }>('POST', `${at(caseNo)}/rating`, { queryCode, score, ...(comment ? { comment } : {}) });

export interface ComplaintBody {
  text: string;
  contact: string;
  caseNo?: string;
  queryCode?: string;
  matterCode?: string;
  departmentId?: string;
}

export const fileComplaint = (body: ComplaintBody) => request<{ id: string }>('POST', '/complaints', body);

export const fetchDepartments = () => request<Department[]>('GET', '/departments');

export const fetchMatterNames = () => request<{ items: Array<{ code: string; name: string; departmentId: string }> }>('GET', '/matters?pageSize=100');
