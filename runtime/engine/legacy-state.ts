/**
 * Reading case documents written before issue 8: their rights notice was one English sentence
 * (`{ administrativeReview, litigation, basis }`). The new shape is optional-field only, so
 * nothing else needs a migration; this turns the old notice into the Chinese one the API
 * returns, so no applicant ever sees the English text.
 */
import { remedyText } from '../../catalog/remedies.js';
import type { CaseState, RightsNotice } from './case-state.js';
import type { EngineDefinition } from './engine-definition.js';

/**
 * The state with a pre-issue-8 rights notice rewritten in Chinese (the matter's text or its
 * type's default — those cases were all licences: 行政许可 when the type is unknown); any other
 * state is returned as it is.
 * @example res.json(upgradeRightsNotice(stored.state, def).rightsNotice)
 */
export function upgradeRightsNotice(state: CaseState, def?: Pick<EngineDefinition, 'matterType' | 'remedies'>): CaseState {
  const old = state.rightsNotice as (RightsNotice & { administrativeReview?: unknown }) | undefined;
  if (old === undefined || typeof old.kind === 'string') return state;
  const kind: RightsNotice['kind'] = state.outcome === 'refused' ? 'refusal' : 'denial';
  const remedy = remedyText(def?.matterType?.code ?? 'XK', kind, def?.remedies);
  const notice: RightsNotice = { kind, remedies: remedy.text, ...(remedy.basis !== '' ? { basis: remedy.basis } : {}) };
  return { ...state, rightsNotice: notice };
}
