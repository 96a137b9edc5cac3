/**
 * The list of JSON Schema documents that make up Matterflow's contracts, in dependency order.
 * Shared by the ajv setup, the type generator and the OpenAPI builder so all three see the same set.
 */
export const SCHEMA_BASE = 'https://schemas.matterflow.local/';

export const SCHEMA_NAMES = [
  'common',
  'department',
  'account',
  'material',
  'shared-material',
  'form',
  'flow',
  'matter-definition',
  'matter-version',
  'calendar',
  'case',
  'task',
  'audit-event',
] as const;

export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const schemaId = (name: SchemaName): string => `${SCHEMA_BASE}${name}.schema.json`;
