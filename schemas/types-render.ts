import { compile } from 'json-schema-to-typescript';
import { SCHEMA_DOCUMENTS } from './schema-documents.js';
import { SCHEMA_BASE, SCHEMA_NAMES } from './schema-files.js';

const HEADER =
  '// GENERATED FILE: do not edit. Regenerate with `npm run gen:types` from schemas/json/*.schema.json.\n';

/**
 * Renders the TypeScript types of every schema as one module, each named type declared once.
 * References between documents are resolved from memory, never fetched.
 */
export async function renderTypes(): Promise<string> {
  const root = {
    title: 'MatterflowSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      SCHEMA_NAMES.filter((n) => n !== 'common').map((n) => [n, { $ref: `${SCHEMA_BASE}${n}.schema.json` }]),
    ),
  };
  const byUrl = new Map(SCHEMA_NAMES.map((n) => [`${SCHEMA_BASE}${n}.schema.json`, SCHEMA_DOCUMENTS[n]]));
  const body = await compile(root as never, 'MatterflowSchemas', {
    bannerComment: '',
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: false,
    strictIndexSignatures: false,
    format: true,
    $refOptions: {
      resolve: {
        file: false,
        http: {
          order: 1,
          canRead: (f: { url: string }) => f.url.startsWith(SCHEMA_BASE),
          read: (f: { url: string }) => {
            const doc = byUrl.get(f.url.split('#')[0]);
            if (!doc) throw new Error(`unknown schema ${f.url}`);
            return JSON.stringify(doc);
          },
        },
      },
    } as never,
  });
  return HEADER + body;
}
