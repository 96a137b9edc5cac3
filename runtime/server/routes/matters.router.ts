/**
 * The matter catalogue over HTTP: public reads of published versions (search, guide, form, metrics,
 * compare) and the staff life cycle (draft → review → publish / reject → retire).
 */
import type { Request } from 'express';
import { compareVersions } from '../../../catalog/metrics/version-compare.js';
import { matterMetrics } from '../../../catalog/metrics/matter-metrics.js';
import { MATTER_TYPES } from '../../../catalog/matter-types.js';
import { NotFoundError, ValidationError } from '../../../schemas/errors.js';
import { canSeeDrafts } from '../../../catalog/permissions.js';
import { formTypeScript } from '../form-typescript.js';
import { ApiRoutes, ref } from '../http/api-routes.js';
import { bodyObject, bodyString, queryEnum, queryInt, queryString } from '../http/request-input.js';
import { requireActor } from '../http/request-actor.js';
import type { ServerDeps } from '../server-deps.js';
import { codeParam, parseVersionRef, resolveVersion } from './matter-refs.js';

const HEAD_SCHEMA = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    departmentId: { type: 'string' },
    name: { type: 'string' },
    status: { enum: ['draft', 'in_review', 'rejected', 'published', 'retired'] },
    liveVersion: { type: ['integer', 'null'] },
    latestVersion: { type: ['integer', 'null'] },
    draft: { oneOf: [ref('MatterVersion'), { type: 'null' }] },
    revision: { type: 'integer' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};
const DRAFT_BODY = {
  type: 'object',
  required: ['definition'],
  properties: {
    definition: ref('MatterDefinition'),
    changeSummary: { type: 'string', maxLength: 2000 },
    revision: { type: 'integer', description: 'the head revision you edited; a stale one gets 409' },
  },
};
const CODE_PATH = '/matters/:code';

export function matterRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const { catalog } = deps;

  api.add(
    {
      method: 'get',
      path: '/matters',
      tag: 'matters',
      access: 'public',
      summary: 'Search the published catalogue (Chinese, pinyin or initials)',
      query: [
        { name: 'q', description: 'keyword: 食品经营, shipin, spjy or a matter code', schema: { type: 'string', maxLength: 100 } },
        { name: 'department', description: 'department id', schema: { type: 'string' } },
        { name: 'type', description: 'matter type code (XK 行政许可 …)', schema: { enum: MATTER_TYPES.map((t) => t.code) } },
        { name: 'serviceObject', description: 'individual or legal_person', schema: { enum: ['individual', 'legal_person'] } },
        { name: 'onlineDepth', description: '1–4', schema: { type: 'integer', minimum: 1, maximum: 4 } },
        { name: 'theme', description: 'theme, e.g. 开办企业', schema: { type: 'string' } },
        { name: 'page', description: '1-based page', schema: { type: 'integer', minimum: 1, default: 1 } },
        { name: 'pageSize', description: 'items per page, at most 100', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      ],
      response: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' } } },
    },
    async (req, res) => {
      res.json(
        await catalog.search({
          q: queryString(req, 'q', 100),
          departmentId: queryString(req, 'department', 64),
          typeCode: queryEnum(req, 'type', MATTER_TYPES.map((t) => t.code)),
          serviceObject: queryEnum(req, 'serviceObject', ['individual', 'legal_person'] as const),
          onlineDepth: queryInt(req, 'onlineDepth', { min: 1, max: 4 }),
          theme: queryString(req, 'theme', 50),
          page: queryInt(req, 'page', { min: 1, max: 100000, default: 1 })!,
          pageSize: queryInt(req, 'pageSize', { min: 1, max: 100, default: 20 })!,
        }),
      );
    },
  );

  api.add(
    { method: 'post', path: '/matters', tag: 'matters', access: 'staff', summary: 'Create a new matter as a draft (editor of its department, or admin)', status: 201, body: DRAFT_BODY, response: HEAD_SCHEMA },
    async (req, res) => {
      const actor = requireActor(req, 'editor', 'admin');
      const body = bodyObject(req);
      const head = await catalog.createMatter(actor, { definition: body.definition, changeSummary: bodyString(body, 'changeSummary', { max: 2000 }) });
      res.status(201).location(`/api/matters/${head.code}/draft`).json(head);
    },
  );

  api.add(
    { method: 'get', path: CODE_PATH, tag: 'matters', access: 'public', summary: 'The live version of a matter', response: ref('MatterVersion') },
    async (req, res) => {
      res.json(await catalog.live(codeParam(req)));
    },
  );

  api.add(
    { method: 'get', path: `${CODE_PATH}/versions`, tag: 'matters', access: 'public', summary: 'Every published version, oldest first', response: { type: 'array', items: ref('MatterVersion') } },
    async (req, res) => {
      res.json(await catalog.versions(codeParam(req)));
    },
  );

  api.add(
    { method: 'get', path: `${CODE_PATH}/versions/:n`, tag: 'matters', access: 'public', summary: 'One version (a number; `draft` for staff who may see it)', response: ref('MatterVersion') },
    async (req, res) => {
      const ref = parseVersionRef(String(req.params.n), ':n')!;
      res.json(await resolveVersion(catalog, req.actor, codeParam(req), ref));
    },
  );

  api.add(
    { method: 'get', path: `${CODE_PATH}/versions/:n/metrics`, tag: 'matters', access: 'public', summary: 'Simplification metrics of a version', response: { type: 'object' } },
    async (req, res) => {
      const version = await resolveVersion(catalog, req.actor, codeParam(req), parseVersionRef(String(req.params.n), ':n')!);
      res.json({ code: version.code, version: version.version, status: version.status, metrics: matterMetrics(version.definition) });
    },
  );

  api.add(
    {
      method: 'get',
      path: `${CODE_PATH}/compare`,
      tag: 'matters',
      access: 'public',
      summary: 'The simplification report between two versions',
      query: [
        { name: 'from', description: 'version number, live or draft (default: the version before `to`)', schema: { type: 'string' } },
        { name: 'to', description: 'version number, live or draft (default: the draft if you may see it, else live)', schema: { type: 'string' } },
      ],
      response: { type: 'object' },
    },
    async (req, res) => {
      const code = codeParam(req);
      const head = await catalog.head(code);
      const toRef = parseVersionRef(queryString(req, 'to', 20), '?to') ?? (req.actor && head.draft ? 'draft' : 'live');
      const to = await resolveVersion(catalog, req.actor, code, toRef);
      const fromRef = parseVersionRef(queryString(req, 'from', 20), '?from') ?? defaultFrom(to.version, to.status === 'published', head.liveVersion, to.basedOn);
      if (fromRef === undefined) throw new NotFoundError(`an earlier version of matter ${code} to compare with`);
      const from = await resolveVersion(catalog, req.actor, code, fromRef);
      res.json({
        code,
        from: { version: from.version, status: from.status },
        to: { version: to.version, status: to.status },
        ...compareVersions(from.definition, to.definition),
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: `${CODE_PATH}/form`,
      tag: 'matters',
      access: 'public',
      summary: "The live form's JSON Schema with its UI annotations, situations and materials",
      response: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, form: ref('FormDefinition'), situations: { type: 'array' }, materials: { type: 'array', items: ref('Material') } } },
    },
    async (req, res) => {
      const live = await catalog.live(codeParam(req));
      const d = live.definition;
      res.json({ code: live.code, version: live.version, name: d.name, form: d.form, situations: d.situations, materials: d.materials });
    },
  );

  api.add(
    { method: 'get', path: `${CODE_PATH}/form.d.ts`, tag: 'matters', access: 'public', summary: "TypeScript types of the live form's data", produces: 'application/typescript' },
    async (req, res) => {
      const live = await catalog.live(codeParam(req));
      const ts = await formTypeScript(live.code, live.version, live.definition.name, live.definition.form);
      res.type('application/typescript; charset=utf-8').send(ts);
    },
  );

  lifeCycleRoutes(api, deps);
}

function defaultFrom(toVersion: number, toIsPublished: boolean, live: number | null, basedOn: number | undefined) {
  if (!toIsPublished) return basedOn ?? live ?? undefined; // a draft compares against what it replaces
  return toVersion > 1 ? toVersion - 1 : undefined;
}

/** Draft, submit, publish, reject, retire, lint. */
function lifeCycleRoutes(api: ApiRoutes, deps: ServerDeps): void {
  const { catalog } = deps;
  const summary = (req: Request) => bodyString(bodyObject(req), 'changeSummary', { max: 2000 });

  api.add(
    { method: 'get', path: `${CODE_PATH}/draft`, tag: 'life cycle', access: 'staff', summary: 'The working draft and the head revision to send back when saving', response: { type: 'object', properties: { draft: ref('MatterVersion'), revision: { type: 'integer' } } } },
    async (req, res) => {
      res.json(await catalog.draft(requireActor(req), codeParam(req)));
    },
  );

  api.add(
    { method: 'post', path: `${CODE_PATH}/draft`, tag: 'life cycle', access: 'staff', summary: 'Start a draft from the live version', status: 201, response: HEAD_SCHEMA },
    async (req, res) => {
      const actor = requireActor(req, 'editor', 'admin');
      const body = req.body === undefined ? {} : bodyObject(req);
      res.status(201).json(await catalog.startDraft(actor, codeParam(req), bodyString(body, 'changeSummary', { max: 2000 })));
    },
  );

  api.add(
    { method: 'put', path: `${CODE_PATH}/draft`, tag: 'life cycle', access: 'staff', summary: "Replace the draft's definition", body: DRAFT_BODY, response: HEAD_SCHEMA },
    async (req, res) => {
      const actor = requireActor(req, 'editor', 'admin');
      const body = bodyObject(req);
      const revision = body.revision;
      if (revision !== undefined && !Number.isInteger(revision)) {
        throw new ValidationError('revision must be an integer', [{ path: '/revision', message: 'must be an integer' }]);
      }
      res.json(await catalog.saveDraft(actor, codeParam(req), { definition: body.definition, changeSummary: bodyString(body, 'changeSummary', { max: 2000 }), revision: revision as number | undefined }));
    },
  );

  api.add(
    { method: 'post', path: `${CODE_PATH}/draft/submit`, tag: 'life cycle', access: 'staff', summary: 'Submit the draft for review (422 listing lint errors)', response: HEAD_SCHEMA },
    async (req, res) => {
      const actor = requireActor(req, 'editor', 'admin');
      res.json(await catalog.submit(actor, codeParam(req), req.body === undefined ? undefined : summary(req)));
    },
  );

  api.add(
    { method: 'post', path: `${CODE_PATH}/draft/publish`, tag: 'life cycle', access: 'admin', summary: 'Publish the reviewed draft as the next version (422 listing lint errors)', response: HEAD_SCHEMA },
    async (req, res) => {
      res.json(await catalog.publish(requireActor(req, 'admin'), codeParam(req)));
    },
  );

  api.add(
    {
      method: 'post',
      path: `${CODE_PATH}/draft/reject`,
      tag: 'life cycle',
      access: 'admin',
      summary: 'Reject the reviewed draft with a reason',
      body: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } } },
      response: HEAD_SCHEMA,
    },
    async (req, res) => {
      const actor = requireActor(req, 'admin');
      const reason = bodyString(bodyObject(req), 'reason', { required: true, max: 2000 })!;
      res.json(await catalog.reject(actor, codeParam(req), reason));
    },
  );

  api.add(
    { method: 'post', path: `${CODE_PATH}/retire`, tag: 'life cycle', access: 'admin', summary: 'Retire a published matter', response: HEAD_SCHEMA },
    async (req, res) => {
      res.json(await catalog.retire(requireActor(req, 'admin'), codeParam(req)));
    },
  );

  api.add(
    {
      method: 'get',
      path: `${CODE_PATH}/lint`,
      tag: 'life cycle',
      access: 'public',
      summary: 'Lint findings of a version (default: the draft when you may see it, else live)',
      query: [{ name: 'version', description: 'version number, live or draft', schema: { type: 'string' } }],
      response: { type: 'object', properties: { ok: { type: 'boolean' }, errors: { type: 'array' }, warnings: { type: 'array' } } },
    },
    async (req, res) => {
      const code = codeParam(req);
      const head = await catalog.head(code);
      const wanted = parseVersionRef(queryString(req, 'version', 20), '?version');
      const mayDraft = req.actor && head.draft && canSeeDrafts(req.actor, head.departmentId);
      const version = await resolveVersion(catalog, req.actor, code, wanted ?? (mayDraft ? 'draft' : 'live'));
      res.json({ code, version: version.version, status: version.status, ...(await catalog.lint(version.definition)) });
    },
  );
}
