/**
 * The matters the signed-in desk may register (intake-model `mayTake`): its department's own, and
 * for a front desk those naming it in `frontDesks` or listed by its windows. The catalogue's list
 * carries each matter's `frontDesks` (GET /api/matters summaries), so no definition is read here.
 */
import type { Department } from '../../../../schemas/types.generated.js';
import type { SessionUser } from '../../shared/http';
import { api, type MatterSummary } from '../api';
import { useLoaded, type Loaded } from '../use-loaded';
import { mayTake } from './intake-model';

export interface IntakeMatters {
  matters: MatterSummary[];
  departments: Department[];
}

export function useIntakeMatters(user: SessionUser): Loaded<IntakeMatters> {
  return useLoaded(user.username, async () => {
    const [page, departments] = await Promise.all([api.matters(), api.departments()]);
    return { matters: page.items.filter((m) => mayTake(m, user, departments)), departments };
  });
}
