import type { Request } from 'express';
import type { Actor } from '../../../catalog/actor.js';
import type { Role } from '../../../schemas/types.generated.js';
import { ForbiddenError, UnauthorizedError } from '../../../schemas/errors.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The signed-in staff member, set by `authenticate`; undefined for the public. */
      actor?: Actor;
    }
  }
}

/** The signed-in staff member, or 401; with roles given, 403 unless the actor has one of them. */
export function requireActor(req: Request, ...roles: Role[]): Actor {
  const actor = req.actor;
  if (!actor) throw new UnauthorizedError();
  if (roles.length > 0 && !roles.includes(actor.role)) {
    throw new ForbiddenError(`this needs the role ${roles.join(' or ')}; you are ${actor.role}`);
  }
  return actor;
}
