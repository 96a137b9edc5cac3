import type { Request } from 'express';
import type { Actor } from '../../../catalog/actor.js';
import type { CatalogService } from '../../../catalog/catalog.service.js';
import { canSeeDrafts } from '../../../catalog/permissions.js';
import { BadRequestError, NotFoundError } from '../../../schemas/errors.js';
import type { MatterVersion } from '../../../schemas/types.generated.js';

/** A version reference in a URL: a number, `live`, or `draft` (staff who may see the draft only). */
export type VersionRef = number | 'live' | 'draft';

export function parseVersionRef(raw: string | undefined, name: string): VersionRef | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'live' || raw === 'draft') return raw;
  if (/^\d{1,9}$/.test(raw) && Number(raw) >= 1) return Number(raw);
  throw new BadRequestError(`${name} must be a version number, "live" or "draft"`, [{ path: name, message: 'must be a version number, "live" or "draft"' }]);
}

/**
 * Resolves a version reference to a version the caller may see. Drafts are visible only to staff of
 * the owning department, admin and supervisors; to anyone else a draft does not exist (404, not 403,
 * so drafts' existence does not leak).
 */
export async function resolveVersion(catalog: CatalogService, actor: Actor | undefined, code: string, ref: VersionRef): Promise<MatterVersion> {
  if (ref === 'live') return catalog.live(code);
  if (ref === 'draft') {
    const head = await catalog.head(code);
    if (!actor || !canSeeDrafts(actor, head.departmentId) || !head.draft) throw new NotFoundError(`draft of matter ${code}`);
    return head.draft;
  }
  return catalog.version(code, ref);
}

export const codeParam = (req: Request): string => String(req.params.code);
