/** Department and matter names for labels (public endpoints); a code stands in until they load or when unknown. */
import { useEffect, useMemo, useState } from 'react';
import { fetchDepartments, fetchMatters } from './supervision-api';

export interface CatalogNames {
  departments: Array<{ id: string; name: string; windows?: Array<{ id: string; name: string }> }>;
  matters: Array<{ code: string; name: string; departmentId: string }>;
  department(id: string | null | undefined): string;
  matter(code: string): string;
  /** A hall window's name (the department's window list), its id until known. */
  window(departmentId: string, windowId: string): string;
}

export function useCatalogNames(noDepartment: string): CatalogNames {
  const [departments, setDepartments] = useState<CatalogNames['departments']>([]);
  const [matters, setMatters] = useState<CatalogNames['matters']>([]);
  useEffect(() => {
    fetchDepartments().then(setDepartments, () => undefined);
    fetchMatters().then((r) => setMatters(r.items), () => undefined);
  }, []);
  return useMemo(() => {
    const d = new Map(departments.map((x) => [x.id, x.name]));
    const m = new Map(matters.map((x) => [x.code, x.name]));
    return {
      departments,
      matters,
      department: (id) => (id ? (d.get(id) ?? id) : noDepartment),
      matter: (code) => m.get(code) ?? code,
      window: (departmentId, windowId) => departments.find((x) => x.id === departmentId)?.windows?.find((w) => w.id === windowId)?.name ?? windowId,
    };
  }, [departments, matters, noDepartment]);
}
