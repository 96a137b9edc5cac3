/**
 * The matters the signed-in desk may register (intake-model `mayTake`): its department's own, and
 * for a front desk those naming it in `frontDesks` or listed by its windows. The catalogue's list
 * may not carry `frontDesks`; then a front desk reads the other matters' live definitions.
 */
import type { Department } from '../../../../schemas/types.generated.js';
import type { SessionUser } from '../../shared/http';
import { api, type MatterSummary } from '../api';
import { useLoaded, type Loaded } from '../use-loaded';
import { isFrontDesk, mayTake } from './intake-model';

export interface IntakeMatters {
  matters: MatterSummary[];
  departments: Department[];
}

export function useIntakeMatters(user: SessionUser): Loaded<IntakeMatters> {
  return useLoaded(user.username, async () => {
    const [page, departments] = await Promise.all([api.matters(), api.departments()]);
    let list = page.items;
    if (isFrontDesk(user, departments) && list.some((m) => m.frontDesks === undefined && m.departmentId !== user.departmentId)) {
      list = await Promise.all(
        list.map(async (m) => (m.frontDesks !== undefined || m.departmentId === user.departmentId ? m : api.liveMatter(m.code).then((v) => ({ ...m, frontDesks: v.definition.frontDesks ?? [] }), () => m))),
      );
    }
    return { matters: list.filter((m) => mayTake(m, user, departments)), departments };
  });
}
