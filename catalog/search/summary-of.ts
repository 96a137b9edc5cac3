import type { MatterVersion } from '../../schemas/types.generated.js';
import type { MatterSummary } from '../storage/catalog.store.js';

/**
 * The listing entry of a published version: just what a catalogue page shows and filters on, so
 * search results stay small however large the form and flow are.
 */
export function summaryOf(version: MatterVersion): MatterSummary {
  const d = version.definition;
  return {
    code: version.code,
    name: d.name,
    version: version.version,
    departmentId: d.departmentId,
    type: { ...d.type },
    serviceObjects: [...d.serviceObjects],
    themes: [...(d.themes ?? [])],
    handlingType: d.handlingType,
    statutoryDays: d.statutoryDays,
    promisedDays: d.promisedDays,
    onSiteVisits: d.onSiteVisits,
    onlineDepth: d.onlineDepth,
    frontDesks: [...(d.frontDesks ?? [])],
  };
}

/**
 * A summary as stored (PostgreSQL `matters.summary` jsonb): a row written before summaries carried
 * `frontDesks` — it is rebuilt only when a version is published — reads as naming no front desk.
 */
export function storedSummary(stored: Omit<MatterSummary, 'frontDesks'> & { frontDesks?: string[] }): MatterSummary {
  return { ...stored, frontDesks: stored.frontDesks ?? [] };
}
