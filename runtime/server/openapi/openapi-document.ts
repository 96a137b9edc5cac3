/**
 * Builds the OpenAPI 3.1 document from the JSON Schemas (the same documents ajv compiles) and the
 * route table the server registered. OpenAPI 3.1 speaks JSON Schema 2020-12, so the schemas are
 * embedded as they are; only their cross-document `$ref`s are rewritten to component pointers.
 */
import { SCHEMA_DOCUMENTS } from '../../../schemas/schema-documents.js';
import { SCHEMA_NAMES, type SchemaName } from '../../../schemas/schema-files.js';
import type { RouteSpec } from '../http/api-routes.js';

/** Component name of a schema document: its title (Department, MatterDefinition …). */
export const componentName = (name: SchemaName): string => String(SCHEMA_DOCUMENTS[name].title);

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', description: 'stable error code, see README "Errors"' },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

export function buildOpenApi(routes: RouteSpec[], version: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = { Error: ERROR_SCHEMA };
  for (const name of SCHEMA_NAMES) schemas[componentName(name)] = rewriteRefs(SCHEMA_DOCUMENTS[name], name);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    (paths[path] ??= {})[r.method] = operation(r);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Matterflow API',
      version,
      description:
        'Matter catalogue and process configuration for government service centres. Staff sign in with POST /api/auth/login and send `Authorization: Bearer <token>` (or the session cookie plus `X-CSRF-Token`). Errors always have the shape of the Error schema.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'mf_session' },
      },
    },
    paths,
  };
}

function operation(r: RouteSpec): Record<string, unknown> {
  const params = [
    ...[...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
    ...(r.query ?? []).map((q) => ({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: q.schema })),
  ];
  const status = String(r.status ?? 200);
  const ok = r.response
    ? { description: 'success', content: { [r.produces ?? 'application/json']: { schema: r.response } } }
    : { description: 'success', ...(r.produces ? { content: { [r.produces]: { schema: { type: 'string' } } } } : {}) };
  const errorRef = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    summary: r.summary,
    description: r.description ?? `Access: ${r.access}.`,
    tags: [r.tag],
    operationId: `${r.method}${r.path.replace(/[/:.-]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    ...(params.length ? { parameters: params } : {}),
    ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
    ...(r.access === 'public' ? {} : { security: [{ bearer: [] }, { cookie: [] }] }),
    responses: { [status]: ok, '4XX': errorRef },
  };
}

/** Rewrites `#/...` and `other.schema.json#/...` references to pointers into components. */
function rewriteRefs(doc: unknown, self: SchemaName): unknown {
  if (Array.isArray(doc)) return doc.map((d) => rewriteRefs(d, self));
  if (doc === null || typeof doc !== 'object') return doc;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === '$id' || k === '$schema') continue;
    if (k === '$ref' && typeof v === 'string') {
      const [file, pointer = ''] = v.split('#');
      const target = file ? (file.replace('.schema.json', '') as SchemaName) : self;
      out.$ref = `#/components/schemas/${componentName(target)}${pointer}`;
    } else out[k] = rewriteRefs(v, self);
  }
  return out;
}
