/** POST /api/files: a material's file, checked by its bytes (not its name), stored with its sha256. */
import { rateLimit } from 'express-rate-limit';
import { NotFoundError } from '../../../schemas/errors.js';
import { uploadHandler } from '../../files/upload.js';
import { requireActor } from '../http/request-actor.js';
import { assertStaffMaySee } from './case-access.js';
import { ApiRoutes } from '../http/api-routes.js';
import { errorBody } from '../http/error-handler.js';
import type { ServerDeps } from '../server-deps.js';

export function fileRoutes(api: ApiRoutes, deps: ServerDeps): void {
  api.router.post(
    '/files',
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.publicRateLimit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => void res.status(429).json(errorBody('RATE_LIMITED', 'too many uploads from this address; wait a minute')),
    }),
  );
  api.add(
    {
      method: 'post',
      path: '/files',
      tag: 'cases',
      access: 'public',
      summary: 'Upload one material file (multipart field `file`, ≤ 10 MiB; pdf, jpg, png, ofd, docx, xlsx, zip by content)',
      status: 201,
      response: { type: 'object', properties: { id: { type: 'string' }, sha256: { type: 'string' }, size: { type: 'integer' }, mediaType: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' } } },
    },
    uploadHandler({ store: deps.caseStore }),
  );

  api.add(
    {
      method: 'get',
      path: '/cases/:caseNo/files/:fileId',
      tag: 'cases',
      access: 'staff',
      summary: 'A material file of a case, for staff who may see the case (inline, sandboxed)',
      produces: 'application/octet-stream',
    },
    async (req, res) => {
      const actor = requireActor(req);
      const stored = await deps.cases.getCase(String(req.params.caseNo));
      assertStaffMaySee(actor, stored);
      const fileId = String(req.params.fileId);
      // Only files the case cites: a file id alone opens nothing.
      if (!stored.case.materials.some((m) => m.fileIds?.includes(fileId))) throw new NotFoundError(`file ${fileId} of case ${stored.case.caseNo}`);
      const file = await deps.caseStore.getFile(fileId);
      if (!file) throw new NotFoundError(`file ${fileId}`);
      res
        .type(file.mediaType)
        .set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .set('Content-Security-Policy', 'sandbox')
        .set('Cache-Control', 'private, max-age=3600')
        .send(Buffer.from(file.bytes));
    },
  );
}
