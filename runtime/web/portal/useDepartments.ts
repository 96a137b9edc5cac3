/**
 * The departments (names for cards and guides, choices for the filter), fetched once per page load
 * and shared by every page: they change rarely and the catalogue and guide both need them.
 */
import { useEffect, useState } from 'react';
import type { Department } from '../../../schemas/types.generated.js';
import { departments } from './portal-api';

let cached: Promise<Department[]> | undefined;

export function useDepartments(): { list: Department[]; nameOf: (id: string) => string } {
  const [list, setList] = useState<Department[]>([]);
  useEffect(() => {
    let live = true;
    cached ??= departments().catch((err: unknown) => {
      cached = undefined; // try again on the next page
      throw err;
    });
    cached.then((d) => live && setList(d), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return { list, nameOf: (id) => list.find((d) => d.id === id)?.name ?? id };
}
