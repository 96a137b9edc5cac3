/** Loads what the case page shows: the case, the matter version it runs on, the departments and the audit. */
import type { AuditEvent, Department, MatterVersion } from '../../../../schemas/types.generated.js';
import { api, type StaffCase } from '../api';
import { useLoaded, type Loaded } from '../use-loaded';

export interface CaseData {
  c: StaffCase;
  version: MatterVersion;
  departments: Department[];
  audit: AuditEvent[];
}

export function useCase(caseNo: string): Loaded<CaseData> {
  return useLoaded(caseNo, async () => {
    const c = await api.caseOf(caseNo);
    const [version, departments, audit] = await Promise.all([api.version(c.matterCode, c.matterVersion), api.departments().catch(() => []), api.audit(caseNo).catch(() => [])]);
    return { c, version, departments, audit };
  });
}
