/** The notice of `kind` for a loaded case: the case, the matter version it runs on and the issuing department. */
import { useMemo } from 'react';
import type { CaseData } from '../case/use-case';
import { buildNotice, type NoticeDocument, type NoticeKind } from './notice-texts';

export function useNotice(data: CaseData | undefined, kind: NoticeKind | undefined): NoticeDocument | undefined {
  return useMemo(() => {
    if (!data || !kind) return undefined;
    const def = data.version.definition;
    const department = data.departments.find((d) => d.id === (data.c.departmentId ?? def.departmentId)) ?? { name: def.implementingBody ?? def.departmentId };
    return buildNotice({
      kind,
      case: data.c,
      matter: { name: def.name, promisedDays: def.promisedDays, implementingBody: def.implementingBody, materials: def.materials, result: def.result, typeCode: def.type?.code },
      department,
      now: new Date().toISOString(),
    });
  }, [data, kind]);
}
