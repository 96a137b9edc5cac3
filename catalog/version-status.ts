import type { MatterVersion } from '../schemas/types.generated.js';
import type { MatterHead } from './storage/catalog.store.js';

/**
 * The displayed status of a stored published version. Stored versions never change, so whether one
 * is live, superseded or retired is read off the matter's head.
 */
export function withDerivedStatus(version: MatterVersion, head: MatterHead): MatterVersion {
  let status: MatterVersion['status'] = 'superseded';
  if (version.version === head.liveVersion) status = 'published';
  else if (head.liveVersion === null && version.version === head.latestVersion && head.retiredAt) status = 'retired';
  return { ...version, status, ...(status === 'retired' ? { retiredAt: head.retiredAt } : {}) };
}
