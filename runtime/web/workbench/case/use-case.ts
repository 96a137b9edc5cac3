/** Loads what the case page shows: the case, the matter version it runs on, the departments and the audit. */
import { useCallback, useEffect, useState } from 'react';
import type { AuditEvent, Department, MatterVersion } from '../../../../schemas/types.generated.js';
import { api, type StaffCase } from '../api';

export interface CaseData {
  c: StaffCase;
  version: MatterVersion;
  departments: Department[];
  audit: AuditEvent[];
}

export function useCase(caseNo: string): { data?: CaseData; error?: unknown; loading: boolean; reload(): void } {
  const [data, setData] = useState<CaseData>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    (async () => {
      const c = await api.caseOf(caseNo);
      const [version, departments, audit] = await Promise.all([api.version(c.matterCode, c.matterVersion), api.departments().catch(() => []), api.audit(caseNo).catch(() => [])]);
      return { c, version, departments, audit };
    })()
      .then((d) => live && (setData(d), setError(undefined)))
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [caseNo, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
