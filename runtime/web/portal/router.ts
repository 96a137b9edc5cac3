/**
 * The portal's routes (base ''): `/` catalogue, `/matters/<code>` guide, `/matters/<code>/apply`,
 * `/track?caseNo=&queryCode=`, `/complaint`.
 */
import { createRouter } from '../shared/router';

export const portalRouter = createRouter('');
export const { navigate, usePath, href } = portalRouter;
